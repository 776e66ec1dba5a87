package org.pacta.followup;

import static org.pacta.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsOf;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** Joining late: a monitor or an item that arrives inside a lead window hears the latest rung, once. */
@QuarkusTest
class SubscriptionTimingScenarioTest {

    private static final LocalDate DUE = LocalDate.of(2026, 9, 10); // ends 2026-09-10T21:00Z in Minsk

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String partyCode;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-09-08T10:00:00Z")); // two days before, after the 3-day morning reminder
        partyCode = party("Europe/Minsk");
    }

    private static List<String> headlines(String address) {
        return SmtpServer.subjectsTo(address).stream().map(s -> s.substring("[Pacta] ".length(), s.indexOf(": "))).toList();
    }

    @Test
    void subscriptionCreatedInsideTheLeadWindowGetsTheLatestRungOnce() {
        long agreementId = agreement(partyCode).remindOwners(false).create();
        long commitmentId = commitment(agreementId, partyCode).dueDate(DUE).create();
        String monitor = email("monitor");
        driver.sweepAndSendAt(clock.instant());

        subscribe(Map.of("scope", Map.of("agreementId", agreementId), "channel", "email", "email", monitor));
        driver.sweepAndSendAt(clock.instant());
        driver.sweepAndSendAt(clock.instant().plusSeconds(120));

        assertEquals(List.of("Due in 2 days"), headlines(monitor));
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsOf(commitmentId)));

        driver.sweepAndSendAt(Instant.parse("2026-09-09T05:00:00Z"));
        assertEquals(List.of("Due in 2 days", "Due tomorrow"), headlines(monitor));
    }

    @Test
    void commitmentCreatedTwoDaysBeforeItsDeadlineRemindsItsOwnerOnceNotThreeTimes() {
        long agreementId = agreement(partyCode).create();
        String owner = email("owner");
        long commitmentId = commitment(agreementId, partyCode).owner("Owner", owner).dueDate(DUE).create();

        driver.sweepAndSendAt(clock.instant());
        driver.sweepAndSendAt(clock.instant().plusSeconds(60));

        assertEquals(List.of("Due in 2 days"), headlines(owner));
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsOf(commitmentId)));
    }

    @Test
    void subscriptionFarFromAnyDeadlineWaitsForItsFirstRung() {
        long agreementId = agreement(partyCode).remindOwners(false).create();
        long commitmentId = commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 12, 31)).create();
        String monitor = email("monitor");
        Map<String, Object> body = Map.of("scope", Map.of("commitmentId", commitmentId), "email", monitor,
                "leadTimes", List.of("P7D"));
        subscribe(body);

        driver.sweepAndSendAt(Instant.parse("2026-12-24T04:59:00Z"));
        assertEquals(List.of(), headlines(monitor));
        driver.sweepAndSendAt(Instant.parse("2026-12-24T05:00:00Z"));
        assertEquals(List.of("Due in 7 days"), headlines(monitor));
    }

    @Test
    void changedAddressReceivesTheReminderThatWasWaitingForTheOldOne() {
        long agreementId = agreement(partyCode).remindOwners(false).create();
        long commitmentId = commitment(agreementId, partyCode).dueDate(DUE).create();
        String before = email("before");
        String after = email("after");
        Map<String, Object> created = subscribe(Map.of("scope", Map.of("commitmentId", commitmentId), "email", before));
        driver.sweep();
        assertEquals(List.of("DUE_SOON:P3D PENDING"), stagesAndStatuses(notificationsTo(before)));

        given().contentType(ContentType.JSON).header("If-Match", "\"" + created.get("version") + "\"")
                .body(Map.of("scope", Map.of("commitmentId", commitmentId), "email", after))
                .put("/api/subscriptions/" + created.get("id")).then().statusCode(200);
        driver.sweepAndSendAt(clock.instant());

        assertEquals(List.of(), SmtpServer.messagesTo(before));
        assertEquals(List.of("Due in 2 days"), headlines(after));
    }
}
