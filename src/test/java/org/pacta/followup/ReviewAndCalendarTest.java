package org.pacta.followup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.notify.Dispatcher;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Mailbox;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/** Reviews at the agreed moments, with their briefings; calendars that a calendar application can read. */
@QuarkusTest
class ReviewAndCalendarTest {

    static final Mailbox MAIL = new Mailbox();

    @Inject
    MutableClock clock;

    @Inject
    ReviewService reviews;

    @Inject
    Dispatcher dispatcher;

    @BeforeAll
    static void start() {
        MAIL.start();
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @BeforeEach
    void reset() {
        clock.set(TestClockProducer.START);
    }

    @Test
    void aScheduledReviewBriefsTheAgreementsMonitorsOnceAndIsRecorded() {
        String monitor = "monitor-" + unique("m").substring(2).replace(" ", "") + "@example.org";
        String party = party("UTC");
        // Monthly reviews anchored on 10 January at 09:00 UTC: the next one after 1 March is 10 March.
        long agreementId = agreement(agreementBody(party).with("signedOn", "2026-01-10")
                .with("reviewSchedule", "FREQ=MONTHLY").with("remindOwners", false));
        json().get("/api/agreements/{id}", agreementId).then().body("nextReviewAt", equalTo("2026-03-10T09:00:00Z"));
        long late = commitment(agreementId, commitmentBody(party).with("title", "Late one").with("dueAt", "2026-03-05T00:00:00Z"));
        commitment(agreementId, commitmentBody(party).with("title", "Soon one").with("dueAt", "2026-03-20T00:00:00Z"));
        json().body(Body.of("scope", Map.of("agreementId", agreementId), "channel", "email", "email", monitor,
                "leadTimes", List.of(), "onDue", false, "onOverdue", false, "escalateEvery", "none"))
                .post("/api/subscriptions").then().statusCode(201);

        clock.set(Instant.parse("2026-03-10T09:00:30Z"));
        reviews.runDue();
        reviews.runDue();
        dispatcher.runOnce();

        assertThat(MAIL.to(monitor), hasSize(1));
        assertThat(Mailbox.subject(MAIL.to(monitor).get(0)), startsWith("[Pacta] Review of "));
        assertThat(Mailbox.text(MAIL.to(monitor).get(0)), containsString("Late one"));
        json().get("/api/agreements/{id}/reviews", agreementId).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].occurrence", equalTo("2026-03-10T09:00:00Z"))
                .body("items[0].briefing.counts.overdue", equalTo(1))
                .body("items[0].briefing.overdue[0].id", equalTo((int) late))
                .body("items[0].briefing.dueBeforeNextReview[0].title", equalTo("Soon one"))
                .body("items[0].nextReview", equalTo("2026-04-10T09:00:00Z"));

        long reviewId = json().get("/api/agreements/{id}/reviews", agreementId).then().extract().jsonPath().getLong("items[0].id");
        json().body(Body.of("reviewId", reviewId, "notes", "Ministries to report on the rail link by April"))
                .post("/api/agreements/{id}/reviews", agreementId).then().statusCode(201)
                .body("notes[0].text", equalTo("Ministries to report on the rail link by April"))
                .body("notes[0].author", equalTo("Administrator"));
    }

    @Test
    void afterDowntimeOnlyTheLatestMissedReviewIsHeld() {
        String party = party("UTC");
        long agreementId = agreement(agreementBody(party).with("signedOn", "2026-01-10").with("reviewSchedule", "FREQ=WEEKLY"));
        clock.set(Instant.parse("2026-04-01T00:00:00Z"));
        reviews.runDue();
        json().get("/api/agreements/{id}/reviews", agreementId).then()
                .body("total", equalTo(1))
                .body("items[0].occurrence", equalTo("2026-03-28T09:00:00Z"));
        json().get("/api/agreements/{id}", agreementId).then().body("nextReviewAt", equalTo("2026-04-04T09:00:00Z"));
    }

    @Test
    void aSubscriptionsCalendarFeedHoldsEachDeadlineWithAlarmsAndKeepsItsUidAcrossChanges() throws Exception {
        String party = party("Asia/Tehran");
        long agreementId = agreement(agreementBody(party).with("signedOn", "2026-01-10").with("reviewSchedule", "FREQ=MONTHLY;INTERVAL=3"));
        long id = commitment(agreementId, commitmentBody(party).without("dueAt").with("dueDate", "2026-04-30")
                .with("title", "Agree tariffs"));
        String calendarUrl = json().body(Body.of("scope", Map.of("agreementId", agreementId), "channel", "email",
                "email", "cal@example.org", "leadTimes", List.of("P7D", "P1D"))).post("/api/subscriptions").then()
                .statusCode(201).extract().path("calendarUrl");
        String path = calendarUrl.substring(calendarUrl.indexOf("/api/calendar/"));

        Calendar first = parse(Api.anonymous().get(path).then().statusCode(200)
                .header("Content-Type", startsWith("text/calendar")).extract().asString());
        VEvent deadline = event(first, "commitment-" + id + "@pacta");
        assertThat(deadline.getSummary().getValue(), containsString("Agree tariffs"));
        assertThat(deadline.getDateTimeStart().getValue(), equalTo("20260430"));
        assertThat(deadline.getAlarms(), hasSize(2));
        VEvent review = event(first, "review-agreement-" + agreementId + "@pacta");
        assertThat(review.getProperty("RRULE").get().getValue(), equalTo("FREQ=MONTHLY;INTERVAL=3"));

        json().body(Body.of("dueDate", "2026-05-31", "reason", "Waiting for the other side")).post("/api/commitments/{id}/deadline", id)
                .then().statusCode(200);
        Calendar second = parse(Api.anonymous().get(path).then().statusCode(200).extract().asString());
        VEvent moved = event(second, "commitment-" + id + "@pacta");
        assertThat(moved.getDateTimeStart().getValue(), equalTo("20260531"));
        assertThat(Integer.parseInt(moved.getProperty("SEQUENCE").get().getValue())
                > Integer.parseInt(deadline.getProperty("SEQUENCE").get().getValue()), is(true));

        Api.anonymous().get("/api/calendar/{token}.ics", "not-a-token").then().statusCode(404);
    }

    @Test
    void subscriptionsRefuseWhatCannotWorkAndChangeNothing() {
        long before = json().get("/api/subscriptions").then().extract().jsonPath().getLong("total");
        String party = party("UTC");
        long agreementId = agreement(party);
        List<Body> bad = List.of(
                Body.of("scope", Map.of("agreementId", 999_999_999), "channel", "email", "email", "a@example.org"),
                Body.of("scope", Map.of("agreementId", agreementId, "party", party), "channel", "email", "email", "a@example.org"),
                Body.of("scope", Map.of("all", true), "channel", "email"),
                Body.of("scope", Map.of("all", true), "channel", "pigeon", "email", "a@example.org"),
                Body.of("scope", Map.of("all", true), "channel", "email", "email", "a@example.org", "leadTimes", List.of("3 days")),
                Body.of("scope", Map.of("all", true), "channel", "email", "email", "a@example.org", "timeZone", "Mars/Base"),
                Body.of("scope", Map.of("all", true), "channel", "email", "email", "a@example.org", "escalateEvery", "PT1S"),
                Body.of("scope", Map.of("all", true), "channel", "webhook", "url", "ftp://example.org/x"));
        for (Body b : bad) {
            json().body(b).post("/api/subscriptions").then().statusCode(422)
                    .contentType("application/problem+json").body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        json().get("/api/subscriptions").then().body("total", equalTo((int) before));
    }

    @Test
    void theFollowupStatusAndMetricsTellWhatTheJobsDid() {
        json().get("/api/followup/status").then().statusCode(200).body("notifications.keySet()", hasItem("PENDING"));
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pacta_overdue_commitments"));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar c, String uid) {
        return c.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }
}
