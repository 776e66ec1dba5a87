package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;

/**
 * A party's page, for administrators: its language, its working week and its holidays, kept as the API keeps them,
 * in the reader's language; a mistake comes back beside its field and changes nothing.
 */
@QuarkusTest
class PartyPagesTest {

    @Test
    void anAdministratorGivesAPartyItsLanguageWorkingWeekAndHolidays() {
        PageSession admin = Personas.admin().session();
        admin.page("/parties");
        String code = Api.uniqueCode();
        Response created = admin.submit("/parties", Map.of("code", code, "name", "Ministry of Roads", "timeZone", "Asia/Tehran",
                "language", "fa"));
        assertThat(created.statusCode(), equalTo(303));
        assertThat(created.header("Location"), containsString("/parties/" + code));
        assertThat(Api.get("/api/parties/" + code).getString("language"), equalTo("fa"));

        String page = admin.page("/parties/" + code);
        assertThat(page, containsString("<option value=\"fa\" lang=\"fa\" selected>"));
        assertThat("a new party works Monday to Friday", page, containsString("Monday, Tuesday, Wednesday, Thursday, Friday, from 08:00"));

        Response saved = admin.submit("/parties/" + code, Map.of("name", "Ministry of Roads", "timeZone", "Asia/Tehran",
                "language", "fa", "version", Api.get("/api/parties/" + code).getLong("version"),
                "workingDays", List.of("SATURDAY", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY"),
                "shortDay", "THURSDAY", "shortUntil", "12:00", "workingMorning", "07:30"));
        assertThat(saved.statusCode(), equalTo(303));
        JsonPath party = Api.get("/api/parties/" + code);
        assertThat(party.getList("workingDays"), equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "SATURDAY", "SUNDAY")));
        assertThat(party.getString("shortDay.day"), equalTo("THURSDAY"));
        assertThat(party.getString("shortDay.until"), equalTo("12:00"));
        assertThat(party.getString("workingMorning"), equalTo("07:30"));
        assertThat(admin.page("/parties"), containsString("Thursday until 12:00, from 07:30"));

        admin.page("/parties/" + code);
        assertThat(admin.submit("/parties/" + code + "/holidays", Map.of("every", "01-01", "through", "01-04",
                "calendar", "solar-hijri", "name", "Nowruz")).statusCode(), equalTo(303));
        List<Map<String, Object>> days = Api.get("/api/parties/" + code + "/holidays").getList("");
        assertThat("Farvardin 1 to 4", days, hasSize(4));
        String withHolidays = admin.page("/parties/" + code);
        assertThat(withHolidays, containsString("every Solar Hijri year on 01-04"));

        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a@test\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20260703\r\nSUMMARY:Independence Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Response imported = admin.request().multiPart(PageSession.CSRF_FIELD, admin.csrfToken())
                .multiPart(new MultiPartSpecBuilder(ics.getBytes(StandardCharsets.UTF_8)).controlName("file")
                        .fileName("holidays.ics").mimeType("text/calendar").build())
                .post("/parties/" + code + "/holidays/import");
        assertThat(imported.statusCode(), equalTo(200));
        assertThat(imported.asString(), containsString("1 holiday added."));
        assertThat(imported.asString(), containsString("Independence Day"));
        assertThat(Api.get("/api/parties/" + code + "/holidays").getList(""), hasSize(5));

        Object dated = Api.get("/api/parties/" + code + "/holidays").getList("findAll { it.kind == 'dated' }.id").get(0);
        admin.page("/parties/" + code);
        assertThat(admin.submit("/parties/" + code + "/holidays/" + dated + "/remove", Map.of()).statusCode(), equalTo(303));
        assertThat(admin.page("/parties/" + code), not(containsString("Independence Day")));
    }

    @Test
    void aWeekWithoutWorkingDaysOrABrokenFileIsRefusedBesideItsFieldAndChangesNothing() {
        String code = Api.party("Europe/Minsk");
        PageSession admin = Personas.admin().session();
        long version = Api.get("/api/parties/" + code).getLong("version");
        admin.page("/parties/" + code);
        Response refused = admin.submit("/parties/" + code, Map.of("name", "Renamed", "timeZone", "Europe/Minsk",
                "version", version, "shortDay", "FRIDAY", "shortUntil", "25:00"));
        assertThat(refused.statusCode(), equalTo(422));
        assertThat(refused.asString(), containsString("id=\"workingDays-error\""));
        assertThat(refused.asString(), containsString("id=\"shortUntil-error\""));
        assertThat(Api.get("/api/parties/" + code).getString("name"), not(equalTo("Renamed")));
        assertThat(Api.get("/api/parties/" + code).getLong("version"), equalTo(version));

        admin.page("/parties/" + code);
        Response broken = admin.request().multiPart(PageSession.CSRF_FIELD, admin.csrfToken())
                .multiPart(new MultiPartSpecBuilder("this is not a calendar".getBytes(StandardCharsets.UTF_8))
                        .controlName("file").fileName("x.ics").mimeType("text/calendar").build())
                .post("/parties/" + code + "/holidays/import");
        assertThat(broken.statusCode(), equalTo(422));
        assertThat(broken.asString(), containsString("id=\"h-file-error\""));
        assertThat(Api.get("/api/parties/" + code + "/holidays").getList(""), hasSize(0));

        assertThat(admin.get("/parties/NOSUCHPARTY").statusCode(), equalTo(404));
    }

    @Test
    void aPersianReaderReadsTheWeekInPersian() {
        String code = Api.party("Asia/Tehran");
        PageSession admin = Personas.admin().session().acceptLanguage("fa");
        String page = admin.page("/parties/" + code);
        assertThat(page, containsString("دوشنبه"));
        assertThat(page, containsString("۰۸:۰۰"));
        assertThat(page, containsString("هفتهٔ کاری"));
    }

    @Test
    void theAgreementFormSaysWhetherEscalationsCountWorkingDays() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(Api.agreementBody(tehran));
        PageSession admin = Personas.admin().session();
        String form = admin.page("/agreements/" + agreement + "/edit");
        assertThat(form, containsString("<input type=\"checkbox\" name=\"escalationInWorkingDays\" >"));
        JsonPath before = Api.get("/api/agreements/" + agreement);
        Response saved = admin.submit("/agreements/" + agreement + "/edit", Map.of("title", before.getString("title"),
                "status", before.getString("status"), "parties", List.of(tehran), "version", before.getLong("version"),
                "escalationInWorkingDays", "on"));
        assertThat(saved.statusCode(), equalTo(303));
        assertThat(Api.get("/api/agreements/" + agreement).getBoolean("escalationInWorkingDays"), equalTo(true));
        assertThat(admin.page("/agreements/" + agreement + "/edit"),
                containsString("<input type=\"checkbox\" name=\"escalationInWorkingDays\" checked>"));
    }
}
