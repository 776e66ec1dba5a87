package org.pacta.notify;

import static org.pacta.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.progress;
import static org.pacta.testsupport.FollowupFixtures.reviseDeadline;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.MutableClock;

/** The ICS feeds, read back with ical4j as a calendar application would. */
@QuarkusTest
class CalendarFeedTest {

    @Inject
    MutableClock clock;

    private String partyCode;
    private long agreementId;
    private long dated;
    private long timed;
    private long milestone;
    private String datedTitle;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-04-01T09:00:00Z"));
        partyCode = party("Asia/Tehran");
        agreementId = agreement(partyCode).title("Roadmap " + partyCode).signedOn("2026-01-10").reviewSchedule("FREQ=MONTHLY;INTERVAL=3")
                .remindOwners(false).create();
        datedTitle = "Customs data " + partyCode;
        dated = commitment(agreementId, partyCode).title(datedTitle).owner("Owner", email("owner"))
                .dueDate(LocalDate.of(2026, 4, 21)).create();
        timed = commitment(agreementId, partyCode).title("Rail timetable " + partyCode)
                .dueAt(Instant.parse("2026-05-10T15:00:00Z")).create();
        milestone = given().contentType(ContentType.JSON).body(Map.of("title", "Draft exchanged", "dueDate", "2026-04-10"))
                .post("/api/commitments/" + dated + "/milestones").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Calendar parse(String path) throws Exception {
        String ics = given().get(path).then().statusCode(200).contentType("text/calendar").extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar, String uid) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid + " in " + events.stream().map(e -> value(e, Property.UID)).toList()));
    }

    private static String value(Component c, String property) {
        Optional<Property> p = c.getProperty(property);
        return p.map(Property::getValue).orElse(null);
    }

    private static List<String> uids(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().map(e -> value(e, Property.UID)).toList();
    }

    private static List<String> alarmTriggers(VEvent e) {
        return e.getAlarms().stream().map(a -> value(a, Property.TRIGGER)).toList();
    }

    @Test
    void subscriptionFeedHasEachDeadlineAndMilestoneWithAlarmsAtTheLeadTimesAndTheRecurringReview() throws Exception {
        Map<String, Object> sub = subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", email("monitor"),
                "leadTimes", List.of("P1D", "P3D")));
        String path = ((String) sub.get("calendarUrl")).replace("http://localhost:8080", "");
        assertTrue(path.matches("/api/calendar/[A-Za-z0-9_-]+\\.ics"), path);

        Calendar calendar = parse(path);

        assertEquals(List.of("commitment-" + dated + "@pacta", "commitment-" + timed + "@pacta",
                "milestone-" + milestone + "@pacta", "review-agreement-" + agreementId + "@pacta"), uids(calendar));
        VEvent d = event(calendar, "commitment-" + dated + "@pacta");
        assertEquals("Due: " + datedTitle + " (" + partyCode + ")", value(d, Property.SUMMARY));
        assertEquals("20260421", value(d, Property.DTSTART), "an all-day event on the date");
        assertEquals("20260422", value(d, Property.DTEND));
        assertEquals(List.of("-P3D", "-P1D"), alarmTriggers(d));
        assertEquals("http://localhost:8080/commitments/" + dated, value(d, Property.URL), "the page, not the JSON API");
        VEvent t = event(calendar, "commitment-" + timed + "@pacta");
        assertEquals("20260510T150000Z", value(t, Property.DTSTART));
        VEvent m = event(calendar, "milestone-" + milestone + "@pacta");
        assertEquals("Milestone: Draft exchanged (" + datedTitle + ")", value(m, Property.SUMMARY));
        assertEquals("20260410", value(m, Property.DTSTART));
        VEvent review = event(calendar, "review-agreement-" + agreementId + "@pacta");
        assertEquals("FREQ=MONTHLY;INTERVAL=3", value(review, Property.RRULE));
        assertEquals("20260110T090000", value(review, Property.DTSTART));
        assertEquals("Asia/Tehran", review.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue());
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
    }

    @Test
    void anAgreementsFeedSpeaksTheLanguageAskedElseItsFirstPartys() throws Exception {
        String feed = "/api/calendar/agreements/" + agreementId + ".ics";
        VEvent russian = event(parse(feed + "?lang=ru"), "commitment-" + dated + "@pacta");
        assertEquals("Срок: " + datedTitle + " (" + partyCode + ")", value(russian, Property.SUMMARY));
        String persianAsked = given().header("Accept-Language", "fa").get(feed).then().statusCode(200).extract().asString();
        assertTrue(persianAsked.contains("SUMMARY:موعد"), persianAsked);
        assertEquals("Due: " + datedTitle + " (" + partyCode + ")", value(event(parse(feed), "commitment-" + dated + "@pacta"),
                Property.SUMMARY));
        given().contentType(ContentType.JSON).body(Map.of("code", partyCode, "name", "Party " + partyCode,
                "timeZone", "Asia/Tehran", "language", "ru")).header("If-Match", "\"" + given().get("/api/parties/" + partyCode)
                .then().extract().jsonPath().getLong("version") + "\"").put("/api/parties/" + partyCode).then().statusCode(200);
        assertEquals("Срок: " + datedTitle + " (" + partyCode + ")", value(event(parse(feed), "commitment-" + dated + "@pacta"),
                Property.SUMMARY), "the first party's language, when the request names none");
        given().get(feed + "?lang=xx").then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("lang"));
    }

    @Test
    void aRussianSubscriptionsFeedSpeaksRussian() throws Exception {
        Map<String, Object> sub = subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", email("monitor"),
                "leadTimes", List.of("P1D"), "language", "ru"));
        Calendar calendar = parse(((String) sub.get("calendarUrl")).replace("http://localhost:8080", ""));

        VEvent d = event(calendar, "commitment-" + dated + "@pacta");
        assertEquals("Срок: " + datedTitle + " (" + partyCode + ")", value(d, Property.SUMMARY));
        assertTrue(value(d, Property.DESCRIPTION).startsWith("Соглашение: Roadmap " + partyCode + "\nСтатус: Запланировано, выполнено на 0%"),
                value(d, Property.DESCRIPTION));
        assertEquals(List.of("Pacta: " + datedTitle + " — скоро срок"),
                d.getAlarms().stream().map(a -> value(a, Property.DESCRIPTION)).toList());
        assertEquals("Этап: Draft exchanged (" + datedTitle + ")", value(event(calendar, "milestone-" + milestone + "@pacta"),
                Property.SUMMARY));
        assertEquals("Обзор: Roadmap " + partyCode, value(event(calendar, "review-agreement-" + agreementId + "@pacta"),
                Property.SUMMARY));
    }

    @Test
    void eventKeepsItsUidWhenTheDeadlineMovesAndLosesItsAlarmsWhenDone() throws Exception {
        Map<String, Object> sub = subscribe(Map.of("scope", Map.of("commitmentId", dated), "email", email("monitor")));
        String path = ((String) sub.get("calendarUrl")).replace("http://localhost:8080", "");
        VEvent before = event(parse(path), "commitment-" + dated + "@pacta");

        reviseDeadline(dated, LocalDate.of(2026, 5, 5), "Software vendor delayed");
        VEvent moved = event(parse(path), "commitment-" + dated + "@pacta");
        progress(dated, "DONE", 100, "https://example.org/done");
        VEvent done = event(parse(path), "commitment-" + dated + "@pacta");

        assertEquals("20260421", value(before, Property.DTSTART));
        assertEquals("20260505", value(moved, Property.DTSTART));
        assertTrue(Integer.parseInt(value(moved, Property.SEQUENCE)) > Integer.parseInt(value(before, Property.SEQUENCE)),
                "a calendar replaces the event instead of adding one");
        assertEquals(List.of("-P2W", "-P3D", "-P1D"), alarmTriggers(moved)); // 14 days, as iCalendar writes it
        assertEquals("DONE: " + datedTitle + " (" + partyCode + ")", value(done, Property.SUMMARY));
        assertEquals(List.of(), alarmTriggers(done));
    }

    @Test
    void agreementAndPartyFeedsShowTheirOwnItems() throws Exception {
        String other = party("Europe/Minsk");
        long otherAgreement = agreement(other).create();
        long elsewhere = commitment(otherAgreement, other).dueDate(LocalDate.of(2026, 4, 30)).create();

        Calendar byAgreement = parse("/api/calendar/agreements/" + agreementId + ".ics");
        Calendar byParty = parse("/api/calendar/parties/" + partyCode + ".ics");
        Calendar otherParty = parse("/api/calendar/parties/" + other + ".ics");

        List<String> mine = List.of("commitment-" + dated + "@pacta", "commitment-" + timed + "@pacta",
                "milestone-" + milestone + "@pacta", "review-agreement-" + agreementId + "@pacta");
        assertEquals(mine, uids(byAgreement));
        assertEquals(mine, uids(byParty));
        assertEquals(List.of("commitment-" + elsewhere + "@pacta"), uids(otherParty));
        assertEquals(List.of(), alarmTriggers(event(byAgreement, "commitment-" + dated + "@pacta")));
    }

    @Test
    void unknownFeedsAreNotFound() {
        given().get("/api/calendar/not-a-real-token.ics").then().statusCode(404);
        given().get("/api/calendar/agreements/999999999.ics").then().statusCode(404);
        given().get("/api/calendar/parties/NOSUCHPARTY99.ics").then().statusCode(404);
    }
}
