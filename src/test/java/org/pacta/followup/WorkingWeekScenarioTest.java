package org.pacta.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.Api.given;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.random;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.SmtpServer;

/** Reminders and digests wait for the recipient's working morning: Fridays and Nowruz in Tehran, 3 July in Minsk. */
@QuarkusTest
class WorkingWeekScenarioTest {

    private static final String ICS_BELARUS = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Test//Belarus//EN\r
            BEGIN:VEVENT\r
            UID:independence@example.org\r
            DTSTAMP:20260101T000000Z\r
            DTSTART;VALUE=DATE:20260703\r
            RRULE:FREQ=YEARLY\r
            SUMMARY:Independence Day\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    /** Iran: Saturday to Wednesday, Thursday until 12:00, Friday off; Nowruz 1-4 Farvardin every year. */
    private static String iran() {
        String code = "W" + random(11);
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Iran " + code, "timeZone", "Asia/Tehran",
                "workingDays", List.of("SATURDAY", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY"),
                "shortDay", Map.of("day", "THURSDAY", "until", "12:00")))
                .post("/api/parties").then().statusCode(201)
                .body("workingDays", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "SATURDAY", "SUNDAY")))
                .body("shortDay.day", equalTo("THURSDAY")).body("shortDay.until", equalTo("12:00"))
                .body("workingMorning", equalTo("08:00"));
        given().contentType(ContentType.JSON).body(Map.of("every", "01-01", "through", "01-04", "calendar", "solar-hijri",
                "name", "Nowruz")).post("/api/parties/{code}/holidays", code).then().statusCode(201).body("added", equalTo(4));
        return code;
    }

    private static String belarus() {
        String code = "B" + random(11);
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Belarus " + code, "timeZone", "Europe/Minsk"))
                .post("/api/parties").then().statusCode(201)
                .body("workingDays", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")));
        given().contentType("text/calendar").body(ICS_BELARUS).post("/api/parties/{code}/holidays", code).then()
                .statusCode(201).body("added", equalTo(1)).body("holidays[0].kind", equalTo("yearly"))
                .body("holidays[0].date", equalTo("07-03")).body("holidays[0].name", equalTo("Independence Day"));
        return code;
    }

    /** An official of {@code party} subscribes to the agreement's reminders one day ahead, in a digest at 08:00 Tehran. */
    private static String digestOfOfficial(String party, long agreementId) {
        Accounts.Account official = Accounts.official(party);
        String mailbox = SmtpServer.mailbox(official.email());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", Map.of("agreementId", agreementId));
        body.put("email", mailbox);
        body.put("leadTimes", List.of("P1D"));
        body.put("onDue", false);
        body.put("onOverdue", false);
        body.put("escalateEvery", "none");
        body.put("delivery", "daily-digest");
        body.put("digestAt", "08:00");
        body.put("timeZone", "Asia/Tehran");
        official.json().body(body).post("/api/subscriptions").then().statusCode(201);
        return mailbox;
    }

    @Test
    void aTehranDigestDueOnFridayGoesOutOnSaturdayMorning() {
        clock.set(Instant.parse("2026-04-01T08:00:00Z"));
        String ir = iran();
        long agreementId = agreement(ir).remindOwners(false).create();
        String official = digestOfOfficial(ir, agreementId);
        // Due Friday 3 April 18:00 Tehran: "due in a day" on Thursday 18:00, for the digest of Friday 08:00.
        commitment(agreementId, ir).title("Sign the customs protocol").dueAt(Instant.parse("2026-04-03T14:30:00Z")).create();

        driver.sweepAndSendAt(Instant.parse("2026-04-02T14:30:00Z"));
        assertEquals(List.of("DUE_SOON:P1D HELD"), stagesAndStatuses(notificationsTo(official)));
        assertEquals("2026-04-04T04:30:00Z", notificationsTo(official).get(0).get("notBefore"), "Saturday 08:00 in Tehran");

        clock.set(Instant.parse("2026-04-03T04:30:00Z")); // Friday 08:00 in Tehran
        driver.digests();
        driver.send();
        assertEquals(List.of(), SmtpServer.messagesTo(official));

        clock.set(Instant.parse("2026-04-04T04:30:00Z"));
        driver.digests();
        driver.send();
        assertEquals(List.of("[Pacta] Daily digest: 1 item"), SmtpServer.subjectsTo(official));
        assertEquals(List.of("DUE_SOON:P1D DIGESTED", "DIGEST SENT"), stagesAndStatuses(notificationsTo(official)));
    }

    @Test
    void aTehranDigestDuringNowruzWaitsUntilTheFifthOfFarvardin() {
        clock.set(Instant.parse("2026-03-18T08:00:00Z"));
        String ir = iran();
        long agreementId = agreement(ir).remindOwners(false).create();
        String official = digestOfOfficial(ir, agreementId);
        // "Due in a day" on Friday 20 March 20:00 Tehran; the next digest, Saturday 1 Farvardin 1405, is Nowruz.
        commitment(agreementId, ir).title("Open the trade house").dueAt(Instant.parse("2026-03-21T16:30:00Z")).create();

        driver.sweepAndSendAt(Instant.parse("2026-03-20T16:30:00Z"));
        assertEquals("2026-03-25T04:30:00Z", notificationsTo(official).get(0).get("notBefore"),
                "Wednesday 5 Farvardin, 08:00 in Tehran");
        clock.set(Instant.parse("2026-03-21T04:30:00Z"));
        driver.digests();
        driver.send();
        assertEquals(List.of(), SmtpServer.messagesTo(official));
        clock.set(Instant.parse("2026-03-25T04:30:00Z"));
        driver.digests();
        driver.send();
        assertEquals(List.of("[Pacta] Daily digest: 1 item"), SmtpServer.subjectsTo(official));
    }

    @Test
    void aBelarusianReminderOnIndependenceDayGoesOutOnTheNextWorkingMorning() {
        clock.set(Instant.parse("2026-06-20T08:00:00Z"));
        String by = belarus();
        long agreementId = agreement(by).remindOwners(false).create();
        String monitor = email("monitor");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", Map.of("agreementId", agreementId));
        body.put("email", monitor);
        body.put("leadTimes", List.of("P4D"));
        body.put("onDue", false);
        body.put("onOverdue", false);
        body.put("escalateEvery", "none");
        body.put("timeZone", "Europe/Minsk");
        subscribe(body);
        // Due Tuesday 7 July: "due in 4 days" on the morning of Friday 3 July, Independence Day.
        commitment(agreementId, by).title("Ratify the border treaty").dueDate(LocalDate.of(2026, 7, 7)).create();

        driver.sweepAndSendAt(Instant.parse("2026-07-03T05:00:00Z"));
        assertEquals(List.of("DUE_SOON:P4D PENDING"), stagesAndStatuses(notificationsTo(monitor)));
        assertEquals("2026-07-06T05:00:00Z", notificationsTo(monitor).get(0).get("notBefore"), "Monday 08:00 in Minsk");
        driver.sweepAndSendAt(Instant.parse("2026-07-05T05:00:00Z"));
        assertEquals(List.of(), SmtpServer.messagesTo(monitor));

        driver.sweepAndSendAt(Instant.parse("2026-07-06T05:00:00Z"));
        SmtpServer.awaitMessagesTo(monitor, 1);
        assertEquals(List.of("DUE_SOON:P4D SENT"), stagesAndStatuses(notificationsTo(monitor)));
    }

    @Test
    void aDeadlineOnADayOffIsAcceptedWithAWarning() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        String ir = iran();
        long agreementId = agreement(ir).create();
        Map<String, Object> body = Map.of("title", "Hand over the list", "responsibleParty", ir, "dueDate", "2026-03-21");
        long id = given().contentType(ContentType.JSON).body(body).post("/api/agreements/{id}/commitments", agreementId)
                .then().statusCode(201).body("warnings[0].code", equalTo("non-working-day"))
                .body("warnings[0].message", equalTo("2026-03-21 is a holiday for " + ir
                        + " (Nowruz); the deadline falls on a day off."))
                .extract().jsonPath().getLong("id");
        // A Friday in Tehran, through the deadline change.
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2026-04-03", "reason", "Postponed"))
                .post("/api/commitments/{id}/deadline", id).then().statusCode(200)
                .body("warnings[0].message", equalTo("2026-04-03 is not a working day for " + ir
                        + "; the deadline falls on a day off."));
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2026-04-04", "reason", "A Saturday"))
                .post("/api/commitments/{id}/deadline", id).then().statusCode(200).body("warnings", empty());

        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2026-03-22", "reason", "Nowruz again"))
                .post("/api/commitments/{id}/deadline", id).then().statusCode(200);
        PageSession admin = PageSession.signedIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        assertTrue(admin.acceptLanguage("en").page("/commitments/" + id).contains("is a holiday for " + ir + " (Nowruz)"));
        assertTrue(admin.acceptLanguage("ru").page("/commitments/" + id).contains("праздник у стороны " + ir + " (Nowruz)"));
        assertTrue(admin.acceptLanguage("fa").page("/commitments/" + id).contains("برای \u2068" + ir + "\u2069 تعطیل است (\u2068Nowruz\u2069)"));
    }

    @Test
    void aBadWorkingWeekOrHolidayIsRefusedAndNothingIsStored() {
        String code = "V" + random(11);
        Map<String, Object> party = new LinkedHashMap<>(Map.of("code", code, "name", "Party " + code, "timeZone", "Asia/Tehran"));
        party.put("workingDays", List.of("SATURDAY", "FUNDAY"));
        given().contentType(ContentType.JSON).body(party).post("/api/parties").then().statusCode(422)
                .body("errors.message", hasItem(containsString("\"FUNDAY\" is not a day of the week")));
        party.put("workingDays", List.of());
        given().contentType(ContentType.JSON).body(party).post("/api/parties").then().statusCode(422)
                .body("errors.message", hasItem("A working week needs at least one working day."));
        party.put("workingDays", List.of("SATURDAY"));
        party.put("shortDay", Map.of("day", "THURSDAY", "until", "25:00"));
        given().contentType(ContentType.JSON).body(party).post("/api/parties").then().statusCode(422)
                .body("errors.field", hasItem("shortDay.until"));
        party.put("shortDay", Map.of("day", "SATURDAY", "until", "12:00"));
        given().contentType(ContentType.JSON).body(party).post("/api/parties").then().statusCode(422)
                .body("errors.message", hasItem(containsString("SATURDAY is already a full working day")));
        given().get("/api/parties/{code}", code).then().statusCode(404);

        String by = belarus();
        given().contentType(ContentType.JSON).body(Map.of("every", "13-01", "name", "Nothing"))
                .post("/api/parties/{code}/holidays", by).then().statusCode(422)
                .body("errors.message", hasItem(containsString("\"13-01\" is not a day of the gregorian year")));
        given().contentType(ContentType.JSON).body(Map.of("every", "12-31", "calendar", "solar-hijri", "name", "Nothing"))
                .post("/api/parties/{code}/holidays", by).then().statusCode(422);
        given().contentType("text/calendar").body("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026\r\n")
                .post("/api/parties/{code}/holidays", by).then().statusCode(422)
                .body("errors.message", hasItem(containsString("The calendar file cannot be read")));
        long id = given().get("/api/parties/{code}/holidays", by).then().statusCode(200)
                .body("date", equalTo(List.of("07-03"))).extract().jsonPath().getLong("[0].id");
        given().delete("/api/holidays/{id}", id).then().statusCode(204);
        given().delete("/api/holidays/{id}", id).then().statusCode(404);
        given().get("/api/parties/{code}/holidays", by).then().statusCode(200).body("date", empty());
    }

    @Test
    void escalationsCountWorkingDaysWhereTheAgreementSaysSo() {
        clock.set(Instant.parse("2026-06-25T08:00:00Z"));
        String by = belarus();
        long agreementId = given().contentType(ContentType.JSON).body(Map.of("title", "Roadmap " + random(6),
                "parties", List.of(by), "remindOwners", false, "escalationInWorkingDays", true))
                .post("/api/agreements").then().statusCode(201).body("escalationInWorkingDays", equalTo(true))
                .extract().jsonPath().getLong("id");
        String monitor = email("monitor");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", Map.of("agreementId", agreementId));
        body.put("email", monitor);
        body.put("leadTimes", List.of());
        body.put("onDue", false);
        body.put("onOverdue", false);
        body.put("escalateEvery", "P1D");
        body.put("timeZone", "Europe/Minsk");
        subscribe(body);
        // Overdue from Thursday 2 July 12:00 Minsk; a working day later is Monday 6 July (3 July is Independence Day).
        commitment(agreementId, by).title("Open the consulate").dueAt(Instant.parse("2026-07-02T09:00:00Z")).create();

        driver.sweepAndSendAt(Instant.parse("2026-07-03T09:00:00Z"));
        driver.sweepAndSendAt(Instant.parse("2026-07-05T09:00:00Z"));
        assertEquals(List.of(), stagesAndStatuses(notificationsTo(monitor)));
        driver.sweepAndSendAt(Instant.parse("2026-07-06T09:00:00Z"));
        assertEquals(List.of("ESCALATION:P1D:1 SENT"), stagesAndStatuses(notificationsTo(monitor)));
    }
}
