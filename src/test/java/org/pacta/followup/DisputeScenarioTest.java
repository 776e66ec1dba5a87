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
import jakarta.mail.internet.MimeMessage;
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
 * The story, as the people in it read it in their mail: Belarus reports a commitment done with evidence, Iran
 * disputes it, Belarus answers with more evidence, Iran confirms. Each side hears what it must, when it must, once.
 */
@QuarkusTest
class DisputeScenarioTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String by;
    private String ir;
    private Account byOfficial;
    private Account irOfficial;
    private String coordinator;
    private long commitmentId;
    private String title;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-10-01T06:00:00Z"));
        by = party("Europe/Minsk");
        ir = party("Asia/Tehran");
        byOfficial = Accounts.official(by);
        irOfficial = Accounts.official(ir);
        coordinator = email("coordinator");
        long agreementId = agreement(by, ir).coordinators(coordinator).create();
        title = "Open the joint trade house " + by;
        commitmentId = commitment(agreementId, by).title(title).dueDate(LocalDate.of(2026, 12, 31)).create();
    }

    private static Map<String, Object> said(String verdict, String note, String... evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (verdict != null) {
            body.put("verdict", verdict);
        }
        body.put("note", note);
        body.put("evidence", List.of(evidence));
        return body;
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private static String text(MimeMessage m) {
        return SmtpServer.part(m, "text/plain");
    }

    @Test
    void reportedDisputedAnsweredConfirmed() {
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("status", "DONE");
        done.put("note", "The trade house opened on 1 October.");
        done.put("evidence", List.of("https://example.org/opening-decree.pdf"));
        byOfficial.json().body(done).post("/api/commitments/" + commitmentId + "/updates").then().statusCode(201);
        driver.sweepAndSendAt(Instant.parse("2026-10-01T06:01:00Z"));
        assertEquals(1, SmtpServer.awaitMessagesTo(irOfficial.email(), 1).size(), "Iran is asked to confirm");

        at("2026-10-03T09:00:00Z");
        irOfficial.json().body(said("DISPUTED", "The decree names another building; nothing is open there."))
                .post("/api/commitments/" + commitmentId + "/confirmation").then().statusCode(201);
        byOfficial.json().body(said("CONFIRMED", "We confirm our own work."))
                .post("/api/commitments/" + commitmentId + "/confirmation").then().statusCode(403);
        driver.sweepAndSendAt(Instant.parse("2026-10-03T09:01:00Z"));

        MimeMessage dispute = SmtpServer.awaitMessagesTo(byOfficial.email(), 1).get(0);
        assertTrue(SmtpServer.subject(dispute).startsWith("[Pacta] Completion disputed by " + ir + ": " + title),
                SmtpServer.subject(dispute));
        assertTrue(text(dispute).contains("The decree names another building; nothing is open there."), text(dispute));
        assertEquals(1, SmtpServer.awaitMessagesTo(coordinator, 1).size(), "the coordinator hears of the dispute");
        assertEquals(List.of("DUE_SOON:P14D SENT"), stagesAndStatuses(notificationsTo(irOfficial.email())),
                "no reminder to confirm while the dispute stands");

        at("2026-10-06T07:00:00Z");
        byOfficial.json().body(said(null, "Photos of the open premises and the lease.", "https://example.org/premises-photos",
                "https://example.org/lease.pdf")).post("/api/commitments/" + commitmentId + "/confirmation/answer")
                .then().statusCode(201);
        driver.sweepAndSendAt(Instant.parse("2026-10-06T07:01:00Z"));

        List<MimeMessage> toIran = SmtpServer.awaitMessagesTo(irOfficial.email(), 2);
        MimeMessage answer = toIran.get(1);
        assertTrue(SmtpServer.subject(answer).startsWith("[Pacta] Dispute answered by " + by + ": " + title), SmtpServer.subject(answer));
        assertTrue(text(answer).contains("https://example.org/lease.pdf"), text(answer));

        at("2026-10-07T07:00:00Z");
        irOfficial.json().body(said("CONFIRMED", "Seen on site."))
                .post("/api/commitments/" + commitmentId + "/confirmation").then().statusCode(201);
        driver.sweepAndSendAt(Instant.parse("2026-10-07T07:01:00Z"));

        List<MimeMessage> toBelarus = SmtpServer.awaitMessagesTo(byOfficial.email(), 2);
        assertTrue(SmtpServer.subject(toBelarus.get(1)).startsWith("[Pacta] Completion confirmed by " + ir + ": " + title),
                SmtpServer.subject(toBelarus.get(1)));

        Map<String, Object> thread = irOfficial.given().get("/api/commitments/" + commitmentId + "/confirmation").then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertEquals("CONFIRMED", thread.get("state"));
        assertEquals(List.of("DISPUTED", "ANSWERED", "CONFIRMED"),
                ((List<?>) thread.get("steps")).stream().map(s -> ((Map<?, ?>) s).get("act")).toList());

        // A month on: nothing more for anyone: the completion is confirmed.
        driver.sweepAndSendAt(Instant.parse("2026-11-07T07:01:00Z"));
        assertEquals(2, SmtpServer.messagesTo(irOfficial.email()).size());
        assertEquals(2, SmtpServer.messagesTo(byOfficial.email()).size());
        assertEquals(1, SmtpServer.messagesTo(coordinator).size());
    }
}
