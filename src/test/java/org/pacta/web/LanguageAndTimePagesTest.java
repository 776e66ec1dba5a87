package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;
import org.pacta.testsupport.TestClockProducer;

/**
 * Pages speak the reader's language (their choice, kept in a cookie and on their account, else the browser's
 * Accept-Language): Persian right to left, Russian in Cyrillic, English otherwise. Times read in the reader's own
 * zone, and a deadline also names the responsible party's zone.
 */
@QuarkusTest
class LanguageAndTimePagesTest {

    static final String HTML_FA = "<html lang=\"fa\" dir=\"rtl\">";
    static final String HTML_RU = "<html lang=\"ru\" dir=\"ltr\">";
    static final String HTML_EN = "<html lang=\"en\" dir=\"ltr\">";

    @Inject
    MutableClock clock;

    @BeforeEach
    void itIsTheFirstOfMarch() {
        clock.set(TestClockProducer.START);
    }

    @Test
    void theBrowsersLanguageChoosesThePagesLanguage() {
        String fa = PageSession.anonymous().acceptLanguage("fa-IR,fa;q=0.9,en;q=0.5").page("/");
        assertThat(fa, startsWith("<!DOCTYPE html>\n" + HTML_FA));
        assertThat(fa, containsString("<title>داشبورد — Pacta</title>"));
        assertThat(fa, containsString("<h1>داشبورد</h1>"));
        assertThat(fa, containsString(">توافق‌نامه‌ها</a>"));
        assertThat(fa, containsString(">پرش به محتوا</a>"));
        assertThat(fa, not(containsString(">Agreements</a>")));

        String ru = PageSession.anonymous().acceptLanguage("ru-RU,ru;q=0.9").page("/agreements");
        assertThat(ru, containsString(HTML_RU));
        assertThat(ru, containsString("<h1>Соглашения</h1>"));
        assertThat(ru, containsString(">Просрочено</a>"));
        assertThat(ru, containsString(">Войти</a>"));

        assertThat(PageSession.anonymous().acceptLanguage("ru;q=0.2, fa;q=0.8").page("/"), containsString(HTML_FA));
        assertThat(PageSession.anonymous().acceptLanguage("de-DE,de;q=0.9").page("/"), containsString(HTML_EN));
        // A malformed header is ignored: the page answers, in English.
        for (String header : new String[] {";;;q=x", "zz;q=5, fa;q=NaN, *;q=-1"}) {
            Response malformed = PageSession.anonymous().acceptLanguage(header).get("/");
            assertThat(header, malformed.statusCode(), is(200));
            assertThat(malformed.asString(), containsString(HTML_EN));
        }
        assertThat(PageSession.anonymous().page("/"), containsString(HTML_EN));
    }

    @Test
    void theLanguageSwitchGoesBackToThePageAndIsRememberedInACookie() {
        PageSession visitor = PageSession.anonymous().acceptLanguage("fa");
        Response r = visitor.get("/lang/ru?back=%2Freports%2Foverdue%3FminDaysOverdue%3D3");
        assertThat(r.statusCode(), equalTo(303));
        assertThat(r.header("Location"), endsWith("/reports/overdue?minDaysOverdue=3"));
        Cookie cookie = r.getDetailedCookie("pacta-lang");
        assertThat(cookie.getValue(), equalTo("ru"));
        assertThat(cookie.getPath(), equalTo("/"));
        assertThat(cookie.isHttpOnly(), equalTo(true));
        assertThat(cookie.getMaxAge() > 300L * 24 * 3600, equalTo(true));

        // The choice outweighs the browser's Accept-Language.
        String page = visitor.page("/reports/overdue?minDaysOverdue=3");
        assertThat(page, containsString(HTML_RU));
        assertThat(page, containsString("<h1>Отчёт о просрочках</h1>"));
        assertThat(page, containsString("lang=\"ru\" aria-current=\"true\">Русский</a>"));
        // Every page offers the way back, to the same address.
        assertThat(page, containsString("href=\"/lang/en?back=%2Freports%2Foverdue%3FminDaysOverdue%3D3\""));

        visitor.get("/lang/fa?back=%2F");
        assertThat(visitor.page("/"), containsString(HTML_FA));
    }

    @Test
    void theSwitchNeverSendsTheReaderToAnotherSite() {
        for (String back : new String[] {"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example%2F", "%2F%5Cevil.example",
                "javascript%3Aalert(1)", ""}) {
            Response r = PageSession.anonymous().get("/lang/fa?back=" + back);
            assertThat(back, r.statusCode(), equalTo(303));
            assertThat(back, r.header("Location"), not(containsString("evil.example")));
            assertThat(back, r.header("Location"), endsWith("/"));
        }
        Response unknown = PageSession.anonymous().get("/lang/xx?back=%2F");
        assertThat(unknown.getDetailedCookie("pacta-lang").getValue(), equalTo("en"));
    }

    @Test
    void aFormSentWithAMalformedLanguageHeaderIsSavedAndAnswered() {
        Persona official = Personas.official(Api.party("Europe/Minsk"));
        PageSession session = official.session().acceptLanguage("zz;q=5, fa;q=NaN, *;q=-1");
        session.page("/account");
        Response made = session.submit("/account/tokens", Map.of("tokenName", "Nightly export", "expiresOn", "2026-06-30"));
        // The page shows the new token's secret once, in English.
        assertThat(made.statusCode(), is(200));
        assertThat(made.asString(), containsString(HTML_EN));
        assertThat(session.page("/account"), containsString("Nightly export"));
    }

    @Test
    void aSignedInReadersChoiceFollowsThemToTheirNextSession() {
        Persona official = Personas.official(Api.party("Asia/Tehran"));
        PageSession first = official.session();
        first.get("/lang/fa?back=%2F");
        assertThat(first.page("/"), containsString(HTML_FA));

        // A new sign-in, from a browser without the cookie and asking for English.
        String again = official.session().acceptLanguage("en").page("/account");
        assertThat(again, containsString(HTML_FA));
        assertThat(again, containsString("<h1>حساب شما</h1>"));
    }

    @Test
    void errorPagesSpeakTheReadersLanguage() {
        // Signed in: a visitor is asked to sign in instead (PageAccessTest).
        Response ru = Personas.monitor().session().acceptLanguage("ru").get("/commitments/999999999");
        assertThat(ru.statusCode(), equalTo(404));
        assertThat(ru.asString(), containsString(HTML_RU));
        assertThat(ru.asString(), containsString("<h1>Не найдено</h1>"));

        Response fa = Personas.monitor().session().acceptLanguage("fa").get("/parties");
        assertThat(fa.statusCode(), equalTo(403));
        assertThat(fa.asString(), containsString(HTML_FA));
        assertThat(fa.asString(), containsString("<h1>دسترسی مجاز نیست</h1>"));
    }

    @Test
    void theCommitmentPageInPersianAndRussian() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(tehran);
        long c = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "2026-02-25"));
        PageSession official = Personas.official(tehran).session();

        String fa = official.acceptLanguage("fa").page("/commitments/" + c);
        assertThat(fa, containsString(HTML_FA));
        assertThat(fa, containsString("<summary>ثبت پیشرفت</summary>"));
        assertThat(fa, containsString("<summary>تغییر سررسید</summary>"));
        assertThat(fa, containsString("روز تأخیر"));
        // Persian pages write every number Pacta shows in Persian digits, dates included.
        assertThat(fa, containsString("۶ اسفند ۱۴۰۴"));
        assertThat(fa, containsString("به وقت شما"));

        String ru = official.acceptLanguage("ru").page("/commitments/" + c);
        assertThat(ru, containsString(HTML_RU));
        assertThat(ru, containsString("<summary>Отметить ход выполнения</summary>"));
        assertThat(ru, containsString("<summary>Перенести срок</summary>"));
        assertThat(ru, containsString("февр. 2026"));
        assertThat(ru, containsString("по вашему времени"));
    }

    @Test
    void timesReadInTheReadersZoneAndADeadlineNamesThePartysZone() {
        String tehran = Api.party("Asia/Tehran");
        String minsk = Api.party("Europe/Minsk");
        long agreement = Api.agreement(Api.agreementBody(tehran, minsk).with("public", true));
        long inTehran = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "2026-03-31"));
        long inMinsk = Api.commitment(agreement, Api.commitmentBody(minsk).without("dueAt").with("dueDate", "2026-03-31"));
        Api.progress(inTehran, Body.of("status", "IN_PROGRESS", "note", "Started"));

        // A visitor reads in UTC: due by the end of 31 March in Tehran, 20:30 UTC.
        String visitor = normalized(PageSession.anonymous().page("/commitments/" + inTehran));
        assertThat(visitor, containsString("<time datetime=\"2026-03-31T20:30:00Z\">Mar 31, 2026, 11:59 PM Tehran</time>"
                + " — Mar 31, 2026, 8:29 PM your time"));
        assertThat(visitor, containsString("Times are shown in UTC."));

        // An official in Minsk sets their zone on their account page, and reads 23:29 for the same deadline.
        PageSession official = Personas.official(minsk).session();
        official.page("/account");
        Response zone = official.submit("/account/zone", Map.of("timeZone", "Europe/Minsk"));
        assertThat(zone.statusCode(), equalTo(303));
        String tehranPage = normalized(official.page("/commitments/" + inTehran));
        assertThat(tehranPage, containsString("<time datetime=\"2026-03-31T20:30:00Z\">Mar 31, 2026, 11:59 PM Tehran</time>"
                + " — Mar 31, 2026, 11:29 PM your time"));
        assertThat(tehranPage, containsString("Times are shown in Europe/Minsk."));
        // The progress update was recorded at 09:00 UTC: noon in Minsk.
        assertThat(tehranPage, containsString(">Mar 1, 2026, 12:00 PM</time>"));

        // A deadline in the reader's own zone needs no second reading.
        String minskPage = normalized(official.page("/commitments/" + inMinsk));
        assertThat(minskPage, containsString(">Mar 31, 2026, 11:59 PM Minsk</time> <span class=\"meta\">(due in 30 days)</span></dd>"));
        assertThat(minskPage, not(containsString("your time")));

        // Lists read the same way.
        String list = normalized(official.page("/agreements/" + agreement));
        assertThat(list, containsString("Mar 31, 2026, 11:59 PM Tehran</time><br><span class=\"meta\">Mar 31, 2026, 11:29 PM your time"));
    }

    /** The JDK may separate the time from AM/PM with a narrow no-break space. */
    private static String normalized(String html) {
        return html.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
