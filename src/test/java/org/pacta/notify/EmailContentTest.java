package org.pacta.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.random;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/**
 * What officials type arrives intact: any script in the subject, markup shown as text in the HTML part; and a
 * subscriber reads the whole email in the subscription's language.
 */
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

    /** A commitment due in two days (Tehran) that only the new subscriber hears of; answers the subscriber's address. */
    private static String subscribedIn(String language, String title) {
        String partyCode = party("Asia/Tehran");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        long commitmentId = commitment(agreementId, partyCode).title(title).dueDate(LocalDate.of(2026, 10, 12)).create();
        String monitor = email("monitor-" + language);
        Map<String, Object> created = subscribe(Map.of("scope", Map.of("commitmentId", commitmentId), "email", monitor,
                "language", language));
        assertEquals(language, created.get("language"));
        return monitor;
    }

    @Test
    void aRussianSubscriberReadsRussianWithRussianPlurals() throws Exception {
        String title = "Rail corridor " + random(8);
        String monitor = subscribedIn("ru", title);

        driver.sweepAndSendAt(clock.instant());

        MimeMessage mail = SmtpServer.awaitMessagesTo(monitor, 1).get(0);
        assertTrue(mail.getSubject().startsWith("[Pacta] Срок через 2 дня: " + title), mail.getSubject());
        String text = SmtpServer.part(mail, "text/plain");
        assertTrue(text.contains("Соглашение: "), text);
        assertTrue(text.contains("Статус: Запланировано, выполнено на 0%"), text);
        assertTrue(text.contains("до конца дня 12 октября 2026\u202fг. (Asia/Tehran)"), text);
        assertTrue(text.contains("Вы получаете это письмо, потому что подписались в Pacta на обязательство."), text);
        assertTrue(text.contains("Отписаться от этих писем: http"), text);
        assertTrue(SmtpServer.part(mail, "text/html").contains("<html lang=\"ru\">"));
    }

    @Test
    void aPersianSubscriberReadsRightToLeftPersianWithSolarHijriDatesAndPersianDigits() throws Exception {
        String title = "Rail corridor " + random(8);
        String monitor = subscribedIn("fa", title);

        driver.sweepAndSendAt(clock.instant());

        MimeMessage mail = SmtpServer.awaitMessagesTo(monitor, 1).get(0);
        assertTrue(mail.getSubject().startsWith("[Pacta] ۲ روز تا موعد: \u2068" + title + "\u2069"), mail.getSubject());
        String html = SmtpServer.part(mail, "text/html");
        assertTrue(html.contains("<html lang=\"fa\" dir=\"rtl\">"), html);
        assertTrue(html.contains("<bdi>" + title + "</bdi>"), "an English title is isolated: " + html);
        assertTrue(html.contains("تا پایان ۲۰ مهر ۱۴۰۵ (Asia/Tehran)"), "12 October 2026 is 20 Mehr 1405: " + html);
        assertTrue(html.contains("این پیام را دریافت می‌کنید چون در Pacta مشترک یک تعهد شده‌اید."), html);
        String text = SmtpServer.part(mail, "text/plain");
        assertTrue(text.contains("توافق: ") && text.contains("۰٪ انجام شده"), text);
    }

    @Test
    void aLanguagePactaDoesNotWriteIsRefusedAndNothingIsStored() {
        String partyCode = party("Europe/Minsk");
        long agreementId = agreement(partyCode).create();
        String monitor = email("monitor-xx");
        org.pacta.testsupport.Api.json().body(Map.of("scope", Map.of("agreementId", agreementId), "email", monitor,
                "language", "de")).post("/api/subscriptions").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("language"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("\"de\" is not a language Pacta writes in"));
        org.pacta.testsupport.Api.given().get("/api/subscriptions?size=200").then().statusCode(200)
                .body("items.email", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(monitor)));
    }

    @Test
    void withoutALanguageASubscriptionTakesTheAgreementsFirstParty() {
        String code = "L" + random(8);
        org.pacta.testsupport.Api.json().body(Map.of("code", code, "name", "Party " + code, "timeZone", "Asia/Tehran",
                "language", "fa")).post("/api/parties").then().statusCode(201).body("language", org.hamcrest.Matchers.equalTo("fa"));
        long agreementId = agreement(code).create();
        Map<String, Object> created = subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", email("m")));
        assertEquals("fa", created.get("language"));
        Map<String, Object> english = subscribe(Map.of("scope", Map.of("all", true), "email", email("m")));
        assertEquals("en", english.get("language"));
        org.pacta.testsupport.Api.given().delete("/api/subscriptions/" + created.get("id"));
        org.pacta.testsupport.Api.given().delete("/api/subscriptions/" + english.get("id"));
    }
}
