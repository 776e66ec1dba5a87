package org.pacta.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.party;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** What officials type arrives intact: any script in the subject, markup shown as text in the HTML part. */
@QuarkusTest
class EmailContentTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-10-10T09:00:00Z"));
    }

    @Test
    void persianAndCyrillicTitlesSurviveTheSubjectAndMarkupIsEscapedInHtml() throws Exception {
        String partyCode = party("Asia/Tehran");
        String agreementTitle = "Дорожная карта " + partyCode;
        String title = "راه‌اندازی خط ریلی <b>Tehran & Minsk</b>";
        String owner = email("owner");
        long agreementId = agreement(partyCode).title(agreementTitle).create();
        commitment(agreementId, partyCode).title(title).owner("Owner", owner).dueDate(LocalDate.of(2026, 10, 12)).create();

        driver.sweepAndSendAt(clock.instant());

        MimeMessage mail = SmtpServer.awaitMessagesTo(owner, 1).get(0);
        assertEquals("[Pacta] Due in 2 days: " + title + " — " + agreementTitle + " (" + partyCode + ")", mail.getSubject());
        assertTrue(SmtpServer.part(mail, "text/plain").startsWith("Due in 2 days: " + title), SmtpServer.part(mail, "text/plain"));
        String html = SmtpServer.part(mail, "text/html");
        assertTrue(html.contains("&lt;b&gt;Tehran &amp; Minsk&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>Tehran"), "a title cannot inject markup");
    }
}
