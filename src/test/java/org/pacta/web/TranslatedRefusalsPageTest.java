package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Html.attr;
import static org.pacta.testsupport.Html.tag;
import static org.pacta.testsupport.Html.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
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
 * What Pacta says when it refuses a form speaks the page's language: the services' own checks (an unknown party,
 * a stale version, the password policy), the field checks of the inputs (a party code of the wrong shape, a
 * deadline moved without a reason), the CSV import's lines and the error pages. The API keeps its English.
 */
@QuarkusTest
class TranslatedRefusalsPageTest {

    @Inject
    MutableClock clock;

    private String tehran;
    private long agreement;
    private Persona official;

    @BeforeEach
    void anOfficialOfAnAgreement() {
        clock.set(TestClockProducer.START);
        tehran = Api.party("Asia/Tehran");
        agreement = Api.agreement(tehran, Api.party("Europe/Minsk"));
        official = Personas.official(tehran);
    }

    @Test
    void anUnknownPartyOnTheCommitmentFormIsNamedInRussianAndTheRestIsKept() {
        PageSession ru = official.session().acceptLanguage("ru");
        ru.page("/agreements/" + agreement + "/commitments/new");
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("title", "Открыть прямое грузовое сообщение");
        typed.put("responsibleParty", "NOSUCHPARTY");
        typed.put("dueDate", "2026-04-30");
        typed.put("ownerName", "Али Резаи");
        Response r = ru.submit("/agreements/" + agreement + "/commitments/new", typed);

        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(text(html, "responsibleParty-error"), equalTo("Стороны с кодом «NOSUCHPARTY» нет."));
        assertThat(attr(tag(html, "responsibleParty"), "aria-invalid"), equalTo("true"));
        assertThat(attr(tag(html, "title"), "value"), equalTo("Открыть прямое грузовое сообщение"));
        assertThat(attr(tag(html, "dueDate"), "value"), equalTo("2026-04-30"));
        assertThat(attr(tag(html, "ownerName"), "value"), equalTo("Али Резаи"));
        assertThat(html, not(containsString("There is no party")));
        assertThat(Api.commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void aPartyOutsideTheAgreementIsExplainedInPersian() {
        String outsider = Api.party("UTC");
        PageSession fa = official.session().acceptLanguage("fa");
        fa.page("/agreements/" + agreement + "/commitments/new");
        Response r = fa.submit("/agreements/" + agreement + "/commitments/new",
                Map.of("title", "تبادل داده‌های گمرکی", "responsibleParty", outsider, "dueDate", "2026-04-30"));

        assertThat(r.statusCode(), equalTo(422));
        assertThat(text(r.asString(), "responsibleParty-error"),
                containsString("طرف " + outsider + " از طرف‌های این توافق‌نامه نیست"));
        assertThat(attr(tag(r.asString(), "title"), "value"), equalTo("تبادل داده‌های گمرکی"));
    }

    @Test
    void aPartyCodeOfTheWrongShapeIsRefusedInPersianAndInRussian() {
        PageSession fa = Personas.admin().session().acceptLanguage("fa");
        fa.page("/parties");
        Response persian = fa.submit("/parties", Map.of("code", "x!", "name", "وزارت راه و شهرسازی", "timeZone", "Asia/Tehran"));
        assertThat(persian.statusCode(), equalTo(422));
        String html = persian.asString();
        assertThat(text(html, "code-error"), equalTo("باید ۲ تا ۱۶ نویسه از حروف و رقم‌های لاتین، «-» یا «_» باشد"));
        assertThat(attr(tag(html, "code"), "value"), equalTo("x!"));
        assertThat(attr(tag(html, "name"), "value"), equalTo("وزارت راه و شهرسازی"));
        assertThat(attr(tag(html, "timeZone"), "value"), equalTo("Asia/Tehran"));

        PageSession ru = Personas.admin().session().acceptLanguage("ru");
        ru.page("/parties");
        Response russian = ru.submit("/parties", Map.of("code", "x!", "name", "Министерство транспорта", "timeZone", "Asia/Atlantis"));
        assertThat(russian.statusCode(), equalTo(422));
        assertThat(text(russian.asString(), "code-error"), equalTo("должно содержать от 2 до 16 латинских букв, цифр, «-» или «_»"));
        assertThat(attr(tag(russian.asString(), "name"), "value"), equalTo("Министерство транспорта"));
    }

    @Test
    void aDeadlineMovedWithoutAReasonIsRefusedInPersianAndRussianKeepingTheNewDate() {
        long c = Api.commitment(agreement, tehran);
        PageSession fa = official.session().acceptLanguage("fa");
        fa.page("/commitments/" + c);
        Response persian = fa.submit("/commitments/" + c + "/deadline", Map.of("dueDate", "2026-05-15", "reason", " "));
        assertThat(persian.statusCode(), equalTo(422));
        assertThat(text(persian.asString(), "dl-reason-error"), equalTo("برای تغییر سررسید دلیلی لازم است"));
        assertThat(attr(tag(persian.asString(), "dl-date"), "value"), equalTo("2026-05-15"));

        PageSession ru = official.session().acceptLanguage("ru");
        ru.page("/commitments/" + c);
        Response russian = ru.submit("/commitments/" + c + "/deadline", Map.of("dueDate", "2026-05-16", "reason", ""));
        assertThat(text(russian.asString(), "dl-reason-error"), equalTo("для переноса срока нужна причина"));
        assertThat(attr(tag(russian.asString(), "dl-date"), "value"), equalTo("2026-05-16"));
        assertThat(Api.getCommitment(c).getString("dueAt"), equalTo(Api.daysAfterStart(30).toString()));
    }

    @Test
    void aPercentOutOfRangeIsRefusedWithPersianDigits() {
        long c = Api.commitment(agreement, tehran);
        PageSession fa = official.session().acceptLanguage("fa");
        fa.page("/commitments/" + c);
        Response r = fa.submit("/commitments/" + c + "/progress",
                Map.of("status", "IN_PROGRESS", "percentComplete", "150", "note", "جلسهٔ کارگروه برگزار شد"));
        assertThat(r.statusCode(), equalTo(422));
        assertThat(text(r.asString(), "pr-percent-error"), equalTo("باید بین ۰ و ۱۰۰ باشد"));
        assertThat(attr(tag(r.asString(), "pr-percent"), "value"), equalTo("150"));
        assertThat(text(r.asString(), "pr-note"), equalTo("جلسهٔ کارگروه برگزار شد"));
    }

    @Test
    void thePasswordPolicySpeaksRussianAndPersian() {
        PageSession ru = official.session().acceptLanguage("ru");
        ru.page("/account/password");
        Response shortOne = ru.submit("/account/password", Map.of("currentPassword", official.password(), "newPassword", "короткий"));
        assertThat(shortOne.statusCode(), equalTo(422));
        assertThat(text(shortOne.asString(), "newPassword-error"),
                equalTo("должен быть не короче 12 символов; хороший пароль — несколько слов подряд."));

        PageSession fa = official.session().acceptLanguage("fa");
        fa.page("/account/password");
        Response common = fa.submit("/account/password", Map.of("currentPassword", official.password(), "newPassword", "password1234"));
        assertThat(common.statusCode(), equalTo(422));
        assertThat(text(common.asString(), "newPassword-error"), containsString("جزو رایج‌ترین گذرواژه‌هاست"));
        Response wrong = fa.submit("/account/password",
                Map.of("currentPassword", "not the password", "newPassword", "tidal basin lantern night"));
        assertThat(text(wrong.asString(), "currentPassword-error"), equalTo("گذرواژهٔ فعلی درست نیست."));
    }

    @Test
    void aStaleEditIsAConflictSaidInPersianWithPersianDigits() {
        long c = Api.commitment(agreement, tehran);
        PageSession fa = official.session().acceptLanguage("fa");
        fa.page("/commitments/" + c + "/edit");
        Api.progress(c, Body.of("status", "IN_PROGRESS", "note", "Someone else got there first"));
        Response r = fa.submit("/commitments/" + c + "/edit", Map.of("title", "عنوان تازه", "responsibleParty", tehran,
                "dueDate", "2026-03-31", "deadlineChangeReason", "تأخیر در گمرک", "priority", "NORMAL", "status", "PLANNED",
                "version", "0"));
        assertThat(r.statusCode(), equalTo(422));
        assertThat(r.asString(), containsString("<p class=\"error\" role=\"alert\">کسی دیگر این مورد را تغییر داده است"
                + " (شما نسخهٔ ۰ را فرستادید، اکنون نسخهٔ ۱ است)."));
        assertThat(attr(tag(r.asString(), "title"), "value"), equalTo("عنوان تازه"));
    }

    @Test
    void csvImportProblemsAreListedByLineInRussian() {
        PageSession ru = official.session().acceptLanguage("ru");
        String page = ru.page("/agreements/" + agreement + "/import");
        String csv = "title,responsibleParty,dueDate\nОбмен данными,NOSUCHPARTY,2026-04-30\nГрафик поездов," + tehran + ",2026-02-30\n";
        Response r = ru.request().multiPart("document", csv, "text/plain; charset=UTF-8").multiPart(PageSession.CSRF_FIELD, ru.csrfToken())
                .post("/agreements/" + agreement + "/import");
        assertThat(page, containsString("<h1>Импорт обязательств (CSV)</h1>"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(html, containsString("Ничего не импортировано — проблем: 2."));
        assertThat(html, containsString("<code>строка 2, responsibleParty</code>: Стороны с кодом «NOSUCHPARTY» нет."));
        assertThat(html, containsString("<code>строка 3, dueDate</code>: «2026-02-30» — не дата вида 2026-03-31."));
        assertThat(Api.commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void aFileThatCannotBeReadIsDescribedInPactasWordsNotTheLibrarys() {
        PageSession ru = official.session().acceptLanguage("ru");
        ru.page("/agreements/" + agreement + "/import");
        String csv = "title,responsibleParty,dueDate\nГрафик,\"" + tehran + ",2026-04-30\n";
        String csvPage = ru.request().multiPart("document", csv, "text/plain; charset=UTF-8").multiPart(PageSession.CSRF_FIELD, ru.csrfToken())
                .post("/agreements/" + agreement + "/import").then().statusCode(422).extract().asString();
        assertThat(csvPage, containsString("Строка 2: значение в кавычках не закрыто"));

        ru.page("/import");
        String roadmap = "{\"format\": \"pacta.roadmap.v1\", \"agreement\": {\"title\": \"Дорожная карта\", \"signedOn\": \"2026-02-30\","
                + " \"parties\": [\"" + tehran + "\"]}}";
        String roadmapPage = ru.request().multiPart("document", roadmap, "text/plain; charset=UTF-8").multiPart(PageSession.CSRF_FIELD, ru.csrfToken())
                .post("/import").then().statusCode(422).extract().asString();
        assertThat(roadmapPage, containsString("agreement.signedOn: &quot;2026-02-30&quot; is not a valid date (ISO-8601, e.g. 2026-03-31, or Solar Hijri YYYY/MM/DD, e.g. 1405/07/23)"));
        for (String html : List.of(csvPage, roadmapPage)) {
            assertThat(html, not(containsString("org.apache")));
            assertThat(html, not(containsString("java.")));
            assertThat(html, not(containsString("deserialize")));
            assertThat(html, not(containsString("encapsulated")));
        }
        assertThat(Api.commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void errorPagesSayWhatWentWrongInTheReadersLanguage() {
        // Signed in: a visitor is asked to sign in instead (PageAccessTest).
        PageSession reader = Personas.monitor().session();
        Response missing = reader.acceptLanguage("ru").get("/commitments/999999999");
        assertThat(missing.statusCode(), equalTo(404));
        assertThat(missing.asString(), containsString("<p role=\"alert\">Обязательство 999999999 не существует.</p>"));
        Response persian = reader.acceptLanguage("fa").get("/commitments/999999999");
        assertThat(persian.asString(), containsString("<p role=\"alert\">تعهد ۹۹۹۹۹۹۹۹۹ وجود ندارد.</p>"));
        Response nowhere = PageSession.anonymous().acceptLanguage("fa").get("/no/such/page");
        assertThat(nowhere.statusCode(), equalTo(404));
        assertThat(nowhere.asString(), containsString("<p role=\"alert\">در این نشانی چیزی وجود ندارد.</p>"));

        long c = Api.commitment(agreement, tehran);
        Response refused = Personas.official(Api.party("UTC")).session().acceptLanguage("fa").get("/commitments/" + c + "/edit");
        assertThat(refused.statusCode(), equalTo(403));
        assertThat(refused.asString(), containsString("<p role=\"alert\">فقط مدیر یا مقام مسئولِ " + tehran
                + " (طرف مسئول) می‌تواند این را تغییر دهد.</p>"));
        Response byRole = Personas.monitor().session().acceptLanguage("ru").get("/parties");
        assertThat(byRole.statusCode(), equalTo(403));
        assertThat(byRole.asString(), containsString("<p role=\"alert\">Роль вашей учётной записи не позволяет это сделать.</p>"));

        Response filter = PageSession.anonymous().acceptLanguage("ru").get("/reports/overdue?party=NOSUCHPARTY&minDaysOverdue=3");
        assertThat(filter.statusCode(), equalTo(422));
        assertThat(filter.asString(), containsString("<li><code>party</code>: Стороны с кодом «NOSUCHPARTY» нет.</li>"));
    }

    @Test
    void theApiAnswersInTheLanguageAskedAndKeepsItsFieldNamesAndTypes() {
        Api.json().header("Accept-Language", "fa").body(Api.commitmentBody("NOSUCHPARTY"))
                .post("/api/agreements/{id}/commitments", agreement).then().statusCode(422).contentType(Api.PROBLEM_JSON)
                .header("Content-Language", "fa")
                .body("type", equalTo("urn:pacta:problem:validation"))
                .body("detail", equalTo("طرفی با کد «\u2068NOSUCHPARTY\u2069» وجود ندارد."))
                .body("errors[0].field", equalTo("responsibleParty"))
                .body("errors[0].message", equalTo("طرفی با کد «\u2068NOSUCHPARTY\u2069» وجود ندارد."))
                .body("errors[0].phrase", org.hamcrest.Matchers.nullValue())
                .body("phrase", org.hamcrest.Matchers.nullValue());
        Api.anonymous().accept(ContentType.JSON).header("Accept-Language", "ru").get("/api/commitments/999999999")
                .then().statusCode(404).header("Content-Language", "ru")
                .body("detail", equalTo("Обязательство 999999999 не существует."));
        Api.anonymous().accept(ContentType.JSON).get("/api/commitments/999999999")
                .then().statusCode(404).header("Content-Language", "en").body("detail", equalTo("Commitment 999999999 does not exist."));
    }
}
