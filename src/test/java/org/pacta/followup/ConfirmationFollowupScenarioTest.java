package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/**
 * A completion the other party does not confirm is followed up like a deadline that falls 14 days after it was
 * reported: the other party's officials are asked at once, told when the wait is over, and reminded every week after.
 */
@QuarkusTest
class ConfirmationFollowupScenarioTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String by;
    private String ir;
    private Account byOfficial;
    private Account irOfficial;
    private String owner;
    private long commitmentId;
    private long agreementId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-09-01T06:00:00Z"));
        by = party("Europe/Minsk");
        ir = party("Asia/Tehran");
        byOfficial = Accounts.official(by);
        irOfficial = Accounts.official(ir);
        owner = email("owner");
        agreementId = agreement(by, ir).create();
        commitmentId = commitment(agreementId, by).title("Open the joint trade house " + by).owner("Owner", owner)
                .dueDate(LocalDate.of(2026, 12, 31)).create();
    }

    private void reportDone(Account who) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "DONE");
        body.put("note", "Opened on 1 September.");
        body.put("evidence", List.of("https://example.org/decree-17.pdf"));
        who.json().body(body).post("/api/commitments/" + commitmentId + "/updates").then().statusCode(201);
    }

    private void progress(Account who, String status) {
        who.json().body(Map.of("status", status, "percentComplete", 90)).post("/api/commitments/" + commitmentId + "/updates")
                .then().statusCode(201);
    }

    @Test
    void theOtherPartyIsAskedThenRemindedThenEscalatedAndTheReportingSideIsNot() {
        reportDone(byOfficial);
        driver.sweepAndSendAt(Instant.parse("2026-09-01T06:01:00Z"));

        assertEquals(List.of("DUE_SOON:P14D SENT"), stagesAndStatuses(notificationsTo(irOfficial.email())));
        List<String> asked = SmtpServer.subjectsTo(irOfficial.email());
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.get(0).startsWith("[Pacta] Completion awaits your confirmation (reported today): Open the joint trade house"),
                asked.toString());

        for (String at : List.of("2026-09-12T06:01:00Z", "2026-09-14T06:01:00Z", "2026-09-15T06:01:00Z", "2026-09-22T06:01:00Z")) {
            driver.sweepAndSendAt(Instant.parse(at));
        }

        assertEquals(List.of("DUE_SOON:P14D SENT", "DUE_SOON:P3D SENT", "DUE_SOON:P1D SENT", "OVERDUE SENT", "ESCALATION:P7D:1 SENT"),
                stagesAndStatuses(notificationsTo(irOfficial.email())));
        List<String> subjects = SmtpServer.subjectsTo(irOfficial.email());
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("[Pacta] Completion unconfirmed for 14 days: please confirm or dispute it")),
                subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("[Pacta] Completion still unconfirmed after 21 days (escalation 1)")),
                subjects.toString());
        assertEquals(List.of(), notificationsTo(byOfficial.email()), "the side that reported is not asked to confirm itself");
        assertTrue(notificationsTo(owner).stream().noneMatch(n -> "CONFIRMATION".equals(n.get("kind"))),
                "the owner is on the reporting side");
    }

    @Test
    void aCompletionTakenBackStopsTheRemindersAndAsksAgainWhenReportedAgain() {
        reportDone(byOfficial);
        driver.sweepAndSendAt(Instant.parse("2026-09-01T06:01:00Z"));
        clock.set(Instant.parse("2026-09-05T06:00:00Z"));
        progress(byOfficial, "IN_PROGRESS");
        driver.sweepAndSendAt(Instant.parse("2026-10-01T06:00:00Z"));

        assertEquals(List.of("DUE_SOON:P14D SENT"), stagesAndStatuses(notificationsTo(irOfficial.email())));

        clock.set(Instant.parse("2026-10-02T06:00:00Z"));
        reportDone(byOfficial);
        driver.sweepAndSendAt(Instant.parse("2026-10-02T06:01:00Z"));

        assertEquals(List.of("DUE_SOON:P14D SENT", "DUE_SOON:P14D SENT"), stagesAndStatuses(notificationsTo(irOfficial.email())));
    }

    @Test
    void aDigestSubscriberReadsTheDisputeAndNotTheReminderItOutdated() throws Exception {
        String monitor = email("monitor");
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("scope", Map.of("agreementId", agreementId));
        subscription.put("email", monitor);
        subscription.put("leadTimes", List.of("P1D"));
        subscription.put("onDue", false);
        subscription.put("escalateEvery", "none");
        subscription.put("delivery", "daily-digest");
        subscription.put("digestAt", "08:00");
        subscription.put("timeZone", "Europe/Minsk");
        org.pacta.testsupport.FollowupFixtures.subscribe(subscription);
        reportDone(byOfficial);

        driver.sweepAndSendAt(Instant.parse("2026-09-14T06:01:00Z"));
        assertEquals(List.of("DUE_SOON:P1D HELD"), stagesAndStatuses(notificationsTo(monitor)), "a day before the wait ends");
        clock.set(Instant.parse("2026-09-14T07:00:00Z"));
        irOfficial.json().body(Map.of("verdict", "DISPUTED", "note", "The premises are still closed."))
                .post("/api/commitments/" + commitmentId + "/confirmation").then().statusCode(201);
        clock.set(Instant.parse("2026-09-15T05:00:00Z"));
        driver.digests();
        driver.send();

        assertEquals(List.of("DUE_SOON:P1D CANCELLED", "DISPUTED DIGESTED", "DIGEST SENT"),
                stagesAndStatuses(notificationsTo(monitor)));
        String digest = SmtpServer.part(SmtpServer.awaitMessagesTo(monitor, 1).get(0), "text/plain");
        assertTrue(digest.contains("Completion disputed by " + ir + ": Open the joint trade house " + by), digest);
        assertTrue(!digest.contains("awaits your confirmation"), digest);
    }
}
