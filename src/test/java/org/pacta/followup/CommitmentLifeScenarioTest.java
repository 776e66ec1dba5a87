package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.deleteSubscription;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsOf;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;
import static org.pacta.testsupport.FollowupFixtures.webhookSubscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;
import org.pacta.testsupport.WebhookReceiver;

/**
 * One commitment from twenty days before its deadline to its third escalation, with its owner (email, default
 * ladder), a webhook subscriber (three days ahead, escalations, coordinators after two) and a coordinator.
 */
@QuarkusTest
class CommitmentLifeScenarioTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 21);
    private static final Instant DUE_AT = Instant.parse("2026-04-21T21:00:00Z"); // midnight in Minsk
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private WebhookReceiver hook;
    private String owner;
    private String coordinator;
    private String partyCode;
    private String agreementTitle;
    private String title;
    private long commitmentId;
    private long subscriptionId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-04-01T09:00:00Z"));
        hook = new WebhookReceiver();
        owner = email("owner");
        coordinator = email("coord");
        partyCode = party("Europe/Minsk");
        agreementTitle = "Roadmap on customs " + partyCode;
        title = "Exchange customs data " + partyCode;
        long agreementId = agreement(partyCode).title(agreementTitle).coordinators(coordinator).create();
        commitmentId = commitment(agreementId, partyCode).title(title).owner("A. Owner", owner).dueDate(DUE).create();
        Map<String, Object> body = webhookSubscription(Map.of("commitmentId", commitmentId), hook.url());
        body.put("leadTimes", List.of("P3D"));
        body.put("onDue", false);
        body.put("escalateEvery", "P7D");
        body.put("escalateAfter", 2);
        Map<String, Object> created = subscribe(body);
        subscriptionId = ((Number) created.get("id")).longValue();
        hook.secret((String) created.get("secret"));
    }

    @AfterEach
    void tearDown() {
        // Later tests move the clock on; a removed subscription does not keep calling a closed port.
        deleteSubscription(subscriptionId);
        hook.close();
    }

    private record Rung(Instant at, String ownerHeadline, String webhookStage, boolean coordinator) {
    }

    @Test
    void everyoneHearsEachRungOnceAtItsMomentAndNotBefore() throws Exception {
        List<Rung> ladder = List.of(
                new Rung(Instant.parse("2026-04-07T05:00:00Z"), "Due in 14 days", null, false),
                new Rung(Instant.parse("2026-04-18T05:00:00Z"), "Due in 3 days", "DUE_SOON:P3D", false),
                new Rung(Instant.parse("2026-04-20T05:00:00Z"), "Due tomorrow", null, false),
                new Rung(Instant.parse("2026-04-21T05:00:00Z"), "Due today", null, false),
                new Rung(DUE_AT, "Overdue", "OVERDUE", false),
                new Rung(DUE_AT.plus(Duration.ofDays(7)), "Still overdue after 8 days (escalation 1)", "ESCALATION:P7D:1", false),
                new Rung(DUE_AT.plus(Duration.ofDays(14)), "Still overdue after 15 days (escalation 2)", "ESCALATION:P7D:2", false),
                new Rung(DUE_AT.plus(Duration.ofDays(21)), "Still overdue after 22 days (escalation 3)", "ESCALATION:P7D:3", true));

        List<String> ownerSubjects = new ArrayList<>();
        List<String> hookIds = new ArrayList<>();
        int coordinatorMails = 0;
        for (Rung rung : ladder) {
            driver.sweepAndSendAt(rung.at().minus(Duration.ofMinutes(1)));
            assertEquals(ownerSubjects.size(), SmtpServer.messagesTo(owner).size(), "nothing early before " + rung);
            assertEquals(hookIds, hook.acceptedIds(), "no webhook early before " + rung);

            driver.sweepAndSendAt(rung.at());
            ownerSubjects.add("[Pacta] " + rung.ownerHeadline() + ": " + title + " — " + agreementTitle + " (" + partyCode + ")");
            assertEquals(ownerSubjects, SmtpServer.subjectsTo(owner));
            if (rung.webhookStage() != null) {
                hookIds.add("commitment:" + commitmentId + ":" + DUE_AT.getEpochSecond() + ":" + rung.webhookStage()
                        + ":sub:" + subscriptionId);
            }
            assertEquals(hookIds, hook.acceptedIds());
            if (rung.coordinator()) {
                coordinatorMails++;
            }
            assertEquals(coordinatorMails, SmtpServer.messagesTo(coordinator).size());
        }

        assertEquals(List.of("[Pacta] Still overdue after 22 days (escalation 3): " + title + " — " + agreementTitle
                + " (" + partyCode + ")"), SmtpServer.subjectsTo(coordinator));
        assertTrue(hook.deliveries().stream().allMatch(WebhookReceiver.Delivery::signatureValid),
                "every webhook verifies with the subscription's secret");
        JsonNode overdue = JSON.readTree(hook.deliveries().get(1).body());
        assertEquals("commitment.overdue", overdue.get("type").asText());
        assertEquals(hookIds.get(1), overdue.get("idempotencyKey").asText());
        assertEquals(commitmentId, overdue.at("/data/reminder/commitmentId").asLong());
        assertEquals(partyCode, overdue.at("/data/reminder/responsibleParty").asText());

        List<Map<String, Object>> rows = notificationsOf(commitmentId);
        assertEquals(14, rows.size(), "8 to the owner, 5 to the webhook, 1 to the coordinator: " + stagesAndStatuses(rows));
        assertTrue(rows.stream().allMatch(r -> "SENT".equals(r.get("status"))), stagesAndStatuses(rows).toString());
    }

    @Test
    void reminderEmailCarriesItsKeyUnsubscribeHeadersAndBothBodies() throws Exception {
        driver.sweepAndSendAt(Instant.parse("2026-04-18T05:00:00Z"));

        MimeMessage mail = SmtpServer.awaitMessagesTo(owner, 1).get(0);
        String key = "commitment:" + commitmentId + ":" + DUE_AT.getEpochSecond() + ":DUE_SOON:P3D:owner:" + owner;
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        assertEquals("<" + HexFormat.of().formatHex(hash, 0, 20) + "@pacta.local>", mail.getMessageID());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe.matches("<http://localhost:8080/unsubscribe/[A-Za-z0-9_.-]+>"), unsubscribe);

        Multipart parts = (Multipart) mail.getContent();
        String text = null;
        String html = null;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
        assertTrue(text != null && html != null, "a plain and an HTML part");
        assertTrue(text.contains("Due in 3 days: " + title), text);
        assertTrue(text.contains("by the end of Tue 21 Apr 2026 (Europe/Minsk)"), text);
        assertTrue(text.contains("you are named as the owner"), text);
        assertTrue(text.contains(unsubscribe.substring(1, unsubscribe.length() - 1)), "the footer links to the same page");
        assertTrue(html.contains("<h2 style=\"margin: 0 0 8px;\">Due in 3 days: " + title + "</h2>"), html);
    }

    @Test
    void sweepingTwiceAtTheSameInstantCreatesAndSendsNothingNew() {
        Instant threeDaysAhead = Instant.parse("2026-04-18T05:00:00Z");
        driver.sweepAndSendAt(threeDaysAhead);
        List<String> first = stagesAndStatuses(notificationsOf(commitmentId));

        driver.sweepAndSendAt(threeDaysAhead);
        driver.sweepAndSendAt(threeDaysAhead.plusSeconds(30));

        assertEquals(List.of("DUE_SOON:P3D SENT", "DUE_SOON:P3D SENT"), first);
        assertEquals(first, stagesAndStatuses(notificationsOf(commitmentId)));
        assertEquals(1, SmtpServer.awaitMessagesTo(owner, 1).size());
        assertEquals(1, hook.acceptedIds().size());
    }
}
