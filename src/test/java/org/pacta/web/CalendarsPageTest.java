package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Html.attr;
import static org.pacta.testsupport.Html.tag;
import static org.pacta.testsupport.Html.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.TestClockProducer;

/**
 * Persian pages read dates in the Solar Hijri calendar unless the reader chose Gregorian on their account; date
 * fields take either calendar in any digits; day counts follow each language's plural rules (ICU).
 */
@QuarkusTest
class CalendarsPageTest {

    @Inject
    MutableClock clock;

    @BeforeEach
    void itIsTheFirstOfMarch() {
        clock.set(TestClockProducer.START);
    }

    @Test
    void aPersianReaderReadsSolarHijriUntilChoosingGregorian() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(Api.agreementBody(tehran).with("signedOn", "2026-01-15"));
        long c = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "2026-02-25"));
        PageSession reader = Personas.official(tehran).session().acceptLanguage("fa");

        // 2026-02-25 is 6 Esfand 1404, 2026-01-15 is 25 Dey 1404.
        String commitment = reader.page("/commitments/" + c);
        assertThat(commitment, containsString("۶ اسفند ۱۴۰۴"));
        assertThat(commitment, not(containsString("فوریهٔ")));
        String agreementPage = reader.page("/agreements/" + agreement);
        assertThat(agreementPage, containsString("۲۵ دی ۱۴۰۴"));
        // The timeline's axis marks Solar Hijri months: 1 Esfand 1404 is 20 February 2026.
        assertThat(agreementPage, containsString("class=\"axis-label\">اسفند ۱۴۰۴</text>"));

        // A plan's Gregorian month stays that month, its last day following in the reader's calendar.
        long december = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "2026-12-10")
                .with("duePrecision", "MONTH"));
        assertThat(reader.page("/commitments/" + december), containsString("دسامبر ۲۰۲۶ (تا ۱۰ دی ۱۴۰۵)"));

        reader.page("/account");
        assertThat(reader.submit("/account/calendar", Map.of("calendar", "gregorian")).statusCode(), equalTo(303));
        assertThat(reader.page("/commitments/" + c), containsString("۲۵ فوریهٔ ۲۰۲۶"));
        String account = reader.page("/account");
        assertThat(account, containsString("<option value=\"gregorian\" selected>"));
        assertThat(reader.page("/agreements/" + agreement), containsString("class=\"axis-label\">مارس ۲۰۲۶</text>"));

        // An English reader may read Solar Hijri too, with ICU's English month names.
        PageSession english = Personas.official(tehran).session().acceptLanguage("en");
        english.page("/account");
        assertThat(english.submit("/account/calendar", Map.of("calendar", "persian")).statusCode(), equalTo(303));
        assertThat(english.page("/commitments/" + c), containsString("Esfand 6, 1404 AP"));
        assertThat(english.submit("/account/calendar", Map.of("calendar", "lunar")).statusCode(), equalTo(422));
    }

    @Test
    void aPersianReadersCalendarPageIsASolarHijriMonthFromSaturday() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(Api.agreementBody(tehran));
        String title = "Nowruz " + Api.uniqueCode();
        Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("title", title).with("dueDate", "2026-03-25"));
        PageSession reader = Personas.official(tehran).session().acceptLanguage("fa");

        // 1 March 2026 is 10 Esfand 1404: the page opens on Esfand, and Farvardin 1405 begins on 21 March.
        String now = reader.page("/calendar");
        assertThat(now, containsString("<h1>تقویم: اسفند ۱۴۰۴</h1>"));
        assertThat(now, containsString("href=\"/calendar?month=1405-01\" rel=\"next\""));
        String farvardin = reader.page("/calendar?month=۱۴۰۵-۰۱");
        assertThat(farvardin, containsString("<h1>تقویم: فروردین ۱۴۰۵</h1>"));
        List<String> days = days(farvardin);
        assertThat("the first row starts on Saturday 21 March, 1 Farvardin", days.get(0), equalTo("2026-03-21|۱"));
        assertThat(days.get(days.size() - 1), equalTo("2026-04-24|۴"));
        assertThat(farvardin, containsString(title));
        assertThat(farvardin, containsString("href=\"/calendar?month=1404-12\" rel=\"prev\""));
        assertThat(reader.get("/calendar?month=1405-13").statusCode(), equalTo(422));

        // A Gregorian month asked for by address stays Gregorian; English readers see Gregorian months from Monday.
        assertThat(reader.page("/calendar?month=2026-03"), containsString("مارس ۲۰۲۶"));
        List<String> english = days(Personas.official(tehran).session().acceptLanguage("en").page("/calendar?month=2026-03"));
        assertThat(english.get(0), equalTo("2026-02-23|23"));
    }

    /** The grid's days as "iso|number shown", in order. */
    private static List<String> days(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<time datetime=\"([0-9-]+)\" class=\"daynum\">([^<]+)</time>")
                .matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + "|" + m.group(2));
        }
        return out;
    }

    @Test
    void dayCountsFollowEachLanguagesPluralRules() {
        String minsk = Api.party("Europe/Minsk");
        long agreement = Api.agreement(minsk);
        PageSession reader = Personas.official(minsk).session();
        Map<Integer, String> russian = Map.of(1, "просрочено на 1 день", 2, "просрочено на 2 дня", 5, "просрочено на 5 дней",
                21, "просрочено на 21 день");
        for (var expected : russian.entrySet()) {
            long c = Api.commitment(agreement, Api.commitmentBody(minsk).with("dueAt",
                    TestClockProducer.START.minus(Duration.ofDays(expected.getKey() - 1)).minus(Duration.ofHours(1)).toString()));
            assertThat(Api.getCommitment(c).getLong("daysOverdue"), equalTo((long) expected.getKey()));
            assertThat(reader.acceptLanguage("ru").page("/commitments/" + c), containsString(expected.getValue()));
            if (expected.getKey() == 2) {
                assertThat(reader.acceptLanguage("en").page("/commitments/" + c), containsString(">2 days overdue<"));
                assertThat(reader.acceptLanguage("fa").page("/commitments/" + c), containsString(">۲ روز تأخیر<"));
            }
            if (expected.getKey() == 1) {
                assertThat(reader.acceptLanguage("en").page("/commitments/" + c), containsString(">1 day overdue<"));
            }
        }
        long soon = Api.commitment(agreement, Api.commitmentBody(minsk).with("dueAt",
                TestClockProducer.START.plus(Duration.ofDays(3)).toString()));
        assertThat(reader.acceptLanguage("en").page("/commitments/" + soon), containsString("(due in 3 days)"));
        assertThat(reader.acceptLanguage("ru").page("/commitments/" + soon), containsString("(срок через 3 дня)"));
        assertThat(reader.acceptLanguage("fa").page("/commitments/" + soon), containsString("(سررسید ۳ روز دیگر)"));
    }

    @Test
    void aPersianFormTakesSolarHijriDatesInPersianDigits() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(tehran);
        PageSession official = Personas.official(tehran).session().acceptLanguage("fa");
        String form = official.page("/agreements/" + agreement + "/commitments/new");
        assertThat(attr(tag(form, "dueDate"), "type"), equalTo("text"));
        assertThat(attr(tag(form, "dueDate"), "inputmode"), equalTo("numeric"));
        assertThat(attr(tag(form, "dueDate"), "placeholder"), equalTo("۱۴۰۳/۱۰/۱۱"));

        // 1404 is a common year: Esfand has 29 days.
        Response impossible = official.submit("/agreements/" + agreement + "/commitments/new",
                Map.of("title", "Exchange customs data", "responsibleParty", tehran, "dueDate", "۱۴۰۴/۱۲/۳۰"));
        assertThat(impossible.statusCode(), equalTo(422));
        assertThat(text(impossible.asString(), "dueDate-error"), containsString("تاریخ نیست"));
        assertThat(Api.commitmentCount(agreement), equalTo(0L));

        Response made = official.submit("/agreements/" + agreement + "/commitments/new",
                Map.of("title", "Exchange customs data", "responsibleParty", tehran, "dueDate", "۱۴۰۵/۰۷/۲۳",
                        "startOn", "2026-03-10"));
        assertThat(made.statusCode(), equalTo(303));
        String location = made.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(Api.getCommitment(id).getString("dueDate"), equalTo("2026-10-15"));
        assertThat(Api.getCommitment(id).getString("startOn"), equalTo("2026-03-10"));
        // The edit form shows them again as the reader writes them.
        String edit = official.page("/commitments/" + id + "/edit");
        assertThat(attr(tag(edit, "dueDate"), "value"), equalTo("۱۴۰۵/۰۷/۲۳"));
        assertThat(attr(tag(edit, "startOn"), "value"), equalTo("۱۴۰۴/۱۲/۱۹"));
        // An English reader keeps the browser's date picker.
        String english = Personas.official(tehran).session().acceptLanguage("en").page("/commitments/" + id + "/edit");
        assertThat(attr(tag(english, "dueDate"), "type"), equalTo("date"));
        assertThat(attr(tag(english, "dueDate"), "value"), equalTo("2026-10-15"));
    }

    @Test
    void theApiTakesSolarHijriDatesAndAnswersIso() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(tehran);
        long id = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "۱۴۰۵/۰۷/۲۳")
                .with("startOn", "١٤٠٤/١٢/١٩"));
        assertThat(Api.getCommitment(id).getString("dueDate"), equalTo("2026-10-15"));
        assertThat(Api.getCommitment(id).getString("startOn"), equalTo("2026-03-10"));

        Api.json().body(Api.commitmentBody(tehran).without("dueAt").with("dueDate", "1403/13/01"))
                .post("/api/agreements/{id}/commitments", agreement)
                .then().spec(Api.problem(400))
                .body("detail", containsString("\"1403/13/01\" is not a valid date"))
                .body("detail", containsString("Solar Hijri YYYY/MM/DD"))
                .body("errors[0].field", equalTo("dueDate"));
        assertThat(Api.commitmentCount(agreement), equalTo(1L));

        // Query parameters too: 1 Esfand 1404 is 20 February 2026.
        Api.given().get("/api/reports/scorecard?from=1404/12/01&to=۱۴۰۴/۱۲/۱۰").then().statusCode(200)
                .body("from", equalTo("2026-02-20")).body("to", equalTo("2026-03-01"));
    }
}
