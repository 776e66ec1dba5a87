package org.pacta.followup;

import static org.pacta.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsOf;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.progress;
import static org.pacta.testsupport.FollowupFixtures.reviseDeadline;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** What happens to reminders already decided on when the commitment changes under them. */
@QuarkusTest
class DeadlineChangeScenarioTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 20);
    private static final Instant THREE_DAYS_BEFORE = Instant.parse("2026-06-17T05:00:00Z"); // 08:00 Minsk

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String owner;
    private String partyCode;
    private long agreementId;
    private long commitmentId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        owner = email("owner");
        partyCode = party("Europe/Minsk");
        agreementId = agreement(partyCode).create();
        commitmentId = commitment(agreementId, partyCode).owner("Owner", owner).dueDate(DUE).create();
    }

    /** Decides the three-day reminder without sending it yet: it waits in the outbox. */
    private void reminderWaiting() {
        clock.set(THREE_DAYS_BEFORE);
        driver.sweep();
        assertEquals(List.of("DUE_SOON:P3D PENDING"), stagesAndStatuses(notificationsOf(commitmentId)));
    }

    @Test
    void revisedDeadlineCancelsTheWaitingReminderAndTheNewDeadlinesLadderFollows() {
        reminderWaiting();

        reviseDeadline(commitmentId, LocalDate.of(2026, 7, 10), "Vendor delayed");
        driver.send();

        List<Map<String, Object>> rows = notificationsOf(commitmentId);
        assertEquals(List.of("DUE_SOON:P3D CANCELLED"), stagesAndStatuses(rows));
        assertEquals("The deadline changed; this reminder no longer applies.", rows.get(0).get("lastError"));
        assertEquals(List.of(), SmtpServer.messagesTo(owner));

        // New deadline: end of 10 July in Minsk; its 14-day reminder is on the morning of 26 June.
        driver.sweepAndSendAt(Instant.parse("2026-06-26T04:59:00Z"));
        assertEquals(List.of(), SmtpServer.messagesTo(owner));
        driver.sweepAndSendAt(Instant.parse("2026-06-26T05:00:00Z"));

        assertEquals(1, SmtpServer.awaitMessagesTo(owner, 1).size());
        assertTrue(SmtpServer.subjectsTo(owner).get(0).startsWith("[Pacta] Due in 14 days: "));
        rows = notificationsOf(commitmentId);
        assertEquals(List.of("DUE_SOON:P3D CANCELLED", "DUE_SOON:P14D SENT"), stagesAndStatuses(rows));
        assertEquals(Instant.parse("2026-07-10T21:00:00Z").toString(), rows.get(1).get("occurrence"));
    }

    @Test
    void deadlineBroughtForwardIntoTheWindowIsRemindedAtOnce() {
        // Nothing ran since 1 June: on 10 June the 14-day reminder (6 June) is the latest rung, sent once.
        driver.sweepAndSendAt(Instant.parse("2026-06-10T09:00:00Z"));

        reviseDeadline(commitmentId, LocalDate.of(2026, 6, 11), "Ministers asked for it earlier");
        driver.sweepAndSendAt(clock.instant());

        assertEquals(List.of("[Pacta] Due in 10 days", "[Pacta] Due tomorrow"), SmtpServer.subjectsTo(owner).stream()
                .map(s -> s.substring(0, s.indexOf(':'))).toList());
        assertEquals(List.of("DUE_SOON:P14D SENT", "DUE_SOON:P1D SENT"), stagesAndStatuses(notificationsOf(commitmentId)));
    }

    @Test
    void doneStopsEverythingForTheCommitment() {
        reminderWaiting();

        progress(commitmentId, "DONE", 100, "https://example.org/decree");
        for (int week = 0; week < 6; week++) {
            driver.sweepAndSendAt(THREE_DAYS_BEFORE.plus(Duration.ofDays(7L * week + 1)));
        }

        List<Map<String, Object>> rows = notificationsOf(commitmentId);
        assertEquals(List.of("DUE_SOON:P3D CANCELLED"), stagesAndStatuses(rows));
        assertEquals("The commitment is DONE; this reminder no longer applies.", rows.get(0).get("lastError"));
        assertEquals(List.of(), SmtpServer.messagesTo(owner));
    }

    @Test
    void cancelledCommitmentIsNotChasedAnyMore() {
        reminderWaiting();

        progress(commitmentId, "CANCELLED", 0);
        driver.sweepAndSendAt(Instant.parse("2026-07-15T00:00:00Z"));

        assertEquals(List.of("DUE_SOON:P3D CANCELLED"), stagesAndStatuses(notificationsOf(commitmentId)));
        assertEquals(List.of(), SmtpServer.messagesTo(owner));
    }

    @Test
    void deletedCommitmentTakesItsWaitingRemindersWithIt() {
        reminderWaiting();

        given().delete("/api/commitments/" + commitmentId).then().statusCode(204);
        driver.sweepAndSendAt(Instant.parse("2026-07-15T00:00:00Z"));

        assertEquals(List.of(), notificationsOf(commitmentId));
        assertEquals(List.of(), SmtpServer.messagesTo(owner));
    }

    @Test
    void dispatcherChecksAgainAtSendTimeThatTheOwnerStillWantsReminders() {
        reminderWaiting();

        // Switching owner reminders off on the agreement touches no commitment: only the send-time check catches it.
        Map<String, Object> agreementJson = given().get("/api/agreements/" + agreementId).then().statusCode(200)
                .extract().jsonPath().getMap("");
        agreementJson.put("remindOwners", false);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + agreementJson.get("version") + "\"")
                .body(agreementJson).put("/api/agreements/" + agreementId).then().statusCode(200);
        driver.send();

        List<Map<String, Object>> rows = notificationsOf(commitmentId);
        assertEquals(List.of("DUE_SOON:P3D CANCELLED"), stagesAndStatuses(rows));
        assertEquals("The owner's reminders were turned off or the owner changed.", rows.get(0).get("lastError"));
        assertEquals(List.of(), SmtpServer.messagesTo(owner));
    }

    @Test
    void deadlineRevisedAndThenRestoredStillGetsItsReminder() {
        reminderWaiting();

        reviseDeadline(commitmentId, LocalDate.of(2026, 7, 10), "Typed the wrong month");
        reviseDeadline(commitmentId, DUE, "Back to the agreed date");
        driver.sweepAndSendAt(THREE_DAYS_BEFORE.plusSeconds(60));

        assertEquals(1, SmtpServer.awaitMessagesTo(owner, 1).size(), "the reminder owed for the restored deadline goes out");
        assertTrue(SmtpServer.subjectsTo(owner).get(0).startsWith("[Pacta] Due in 3 days: "));
    }
}
