package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.progress;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** When a subscriber hears: once a day in a digest, or not during the night. */
@QuarkusTest
class DigestAndQuietHoursScenarioTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String monitor;
    private long agreementId;
    private String partyCode;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-12-01T10:00:00Z")); // 13:00 in Minsk
        monitor = email("monitor");
        partyCode = party("Europe/Minsk");
        agreementId = agreement(partyCode).remindOwners(false).create();
    }

    private Map<String, Object> oneDayAhead(Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", Map.of("agreementId", agreementId));
        body.put("email", monitor);
        body.put("leadTimes", List.of("P1D"));
        body.put("onDue", false);
        body.put("escalateEvery", "none");
        body.putAll(extra);
        return subscribe(body);
    }

    private static String text(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    @Test
    void aRussianDigestCountsItsItemsAndHoursByRussianPluralRules() throws Exception {
        oneDayAhead(Map.of("delivery", "daily-digest", "digestAt", "08:00", "timeZone", "Europe/Minsk", "language", "ru"));
        String first = "Sign the protocol " + partyCode;
        String second = "Open the trade house " + partyCode;
        commitment(agreementId, partyCode).title(first).dueAt(Instant.parse("2026-12-02T14:00:00Z")).create();
        commitment(agreementId, partyCode).title(second).dueAt(Instant.parse("2026-12-03T03:00:00Z")).create();
        driver.sweepAndSendAt(Instant.parse("2026-12-01T14:00:00Z"));
        driver.sweepAndSendAt(Instant.parse("2026-12-02T03:00:00Z"));

        clock.set(Instant.parse("2026-12-02T05:00:00Z"));
        driver.digests();
        driver.send();

        List<MimeMessage> mails = SmtpServer.awaitMessagesTo(monitor, 1);
        assertEquals(List.of("[Pacta] Ежедневная сводка: 2 пункта"), SmtpServer.subjectsTo(monitor));
        String body = text(mails.get(0));
        assertTrue(body.startsWith("Ваша сводка Pacta"), body);
        assertTrue(body.contains("- Срок через 9 часов: " + first), body);
        assertTrue(body.contains("- Срок через 22 часа: " + second), body);
        assertTrue(body.contains("Вы получаете это письмо, потому что подписались в Pacta на соглашение."), body);
    }

    @Test
    void remindersOfADayArriveTogetherAtTheLocalDigestTime() throws Exception {
        oneDayAhead(Map.of("delivery", "daily-digest", "digestAt", "08:00", "timeZone", "Europe/Minsk"));
        String first = "Sign the protocol " + partyCode;
        String second = "Open the trade house " + partyCode;
        commitment(agreementId, partyCode).title(first).dueAt(Instant.parse("2026-12-02T14:00:00Z")).create();
        commitment(agreementId, partyCode).title(second).dueAt(Instant.parse("2026-12-02T18:00:00Z")).create();

        driver.sweepAndSendAt(Instant.parse("2026-12-01T14:00:00Z"));
        driver.sweepAndSendAt(Instant.parse("2026-12-01T18:00:00Z"));
        assertEquals(List.of("DUE_SOON:P1D HELD", "DUE_SOON:P1D HELD"), stagesAndStatuses(notificationsTo(monitor)));
        assertEquals("2026-12-02T05:00:00Z", notificationsTo(monitor).get(0).get("notBefore"), "08:00 in Minsk");

        clock.set(Instant.parse("2026-12-02T04:59:00Z"));
        driver.digests();
        driver.send();
        assertEquals(List.of(), SmtpServer.messagesTo(monitor));

        clock.set(Instant.parse("2026-12-02T05:00:00Z"));
        driver.digests();
        driver.digests();
        driver.send();

        List<Map<String, Object>> rows = notificationsTo(monitor);
        assertEquals(List.of("DUE_SOON:P1D DIGESTED", "DUE_SOON:P1D DIGESTED", "DIGEST SENT"), stagesAndStatuses(rows));
        assertEquals(rows.get(2).get("id"), rows.get(0).get("digestId"));
        assertEquals(rows.get(2).get("id"), rows.get(1).get("digestId"));
        List<MimeMessage> mails = SmtpServer.awaitMessagesTo(monitor, 1);
        assertEquals(List.of("[Pacta] Daily digest: 2 items"), SmtpServer.subjectsTo(monitor));
        String body = text(mails.get(0));
        assertTrue(body.contains("- Due in 9 hours: " + first), body);
        assertTrue(body.contains("- Due in 13 hours: " + second), body);
    }

    @Test
    void reminderWrittenJustAfterTheDigestWasBuiltGoesInTheNextOne() {
        oneDayAhead(Map.of("delivery", "daily-digest", "digestAt", "08:00", "timeZone", "Europe/Minsk"));
        commitment(agreementId, partyCode).title("First " + partyCode).dueAt(Instant.parse("2026-12-02T14:00:00Z")).create();
        driver.sweepAndSendAt(Instant.parse("2026-12-01T14:00:00Z"));
        clock.set(Instant.parse("2026-12-02T05:00:00Z"));
        driver.digests();
        driver.send();
        assertEquals(List.of("[Pacta] Daily digest: 1 item"), SmtpServer.subjectsTo(monitor));

        // A sweep that read the clock at 07:59:30 and wrote its rows after the 08:00 digest had been built.
        clock.set(Instant.parse("2026-12-02T04:59:30Z"));
        String late = "Late " + partyCode;
        commitment(agreementId, partyCode).title(late).dueAt(Instant.parse("2026-12-03T04:59:00Z")).create();
        driver.sweep();
        clock.set(Instant.parse("2026-12-02T05:01:00Z"));
        driver.digests();
        driver.send();

        List<String> subjects = SmtpServer.subjectsTo(monitor);
        assertEquals(List.of("[Pacta] Daily digest: 1 item", "[Pacta] Daily digest: 1 item"), subjects);
        assertEquals(List.of("DUE_SOON:P1D DIGESTED", "DIGEST SENT", "DUE_SOON:P1D DIGESTED", "DIGEST SENT"),
                stagesAndStatuses(notificationsTo(monitor)));
    }

    @Test
    void digestLeavesOutWhatWasDoneBeforeItWentOut() throws Exception {
        oneDayAhead(Map.of("delivery", "daily-digest", "timeZone", "Europe/Minsk"));
        String kept = "Still open " + partyCode;
        commitment(agreementId, partyCode).title(kept).dueAt(Instant.parse("2026-12-02T14:00:00Z")).create();
        long done = commitment(agreementId, partyCode).title("Done early").dueAt(Instant.parse("2026-12-02T15:00:00Z")).create();
        driver.sweepAndSendAt(Instant.parse("2026-12-01T16:00:00Z"));

        progress(done, "DONE", 100, "https://example.org/signed");
        clock.set(Instant.parse("2026-12-02T05:00:00Z"));
        driver.digests();
        driver.send();

        assertEquals(List.of("[Pacta] Daily digest: 1 item"), SmtpServer.subjectsTo(monitor));
        String body = text(SmtpServer.awaitMessagesTo(monitor, 1).get(0));
        assertTrue(body.contains(kept), body);
        assertTrue(!body.contains("Done early"), body);
    }

    @Test
    void reminderDecidedAtNightWaitsForTheEndOfQuietHours() {
        Map<String, Object> quiet = new LinkedHashMap<>();
        quiet.put("timeZone", "Europe/Minsk");
        quiet.put("quietHours", Map.of("from", "22:00", "to", "07:00"));
        oneDayAhead(quiet);
        commitment(agreementId, partyCode).dueAt(Instant.parse("2026-12-02T20:00:00Z")).create();

        driver.sweepAndSendAt(Instant.parse("2026-12-01T20:00:00Z")); // 23:00 in Minsk
        driver.sendAfter(java.time.Duration.ofHours(7)); // 06:00
        assertEquals(List.of(), SmtpServer.messagesTo(monitor));
        assertEquals("2026-12-02T04:00:00Z", notificationsTo(monitor).get(0).get("notBefore"));

        driver.sendAfter(java.time.Duration.ofHours(1)); // 07:00

        assertEquals(1, SmtpServer.awaitMessagesTo(monitor, 1).size());
        assertTrue(SmtpServer.subjectsTo(monitor).get(0).startsWith("[Pacta] Due in 16 hours: "));
    }
}
