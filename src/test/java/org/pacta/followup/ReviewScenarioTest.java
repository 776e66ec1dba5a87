package org.pacta.followup;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** An agreement reviewed on the signing day of each month at 09:00 in Tehran. */
@QuarkusTest
class ReviewScenarioTest {

    private static final Instant FIRST_REVIEW = Instant.parse("2026-03-10T05:30:00Z");

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String monitor;
    private String coordinator;
    private String title;
    private long agreementId;
    private String overdueTitle;
    private String soonTitle;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-03-01T09:00:00Z"));
        monitor = email("monitor");
        coordinator = email("coord");
        String partyCode = party("Asia/Tehran");
        title = "Roadmap " + partyCode;
        agreementId = agreement(partyCode).title(title).signedOn("2026-01-10").reviewSchedule("FREQ=MONTHLY")
                .coordinators(coordinator).remindOwners(false).create();
        // A monitor of reviews only: no deadline reminders.
        subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", monitor, "leadTimes", List.of(),
                "onDue", false, "onOverdue", false, "escalateEvery", "none"));
        overdueTitle = "Late " + partyCode;
        soonTitle = "Soon " + partyCode;
        commitment(agreementId, partyCode).title(overdueTitle).dueDate(LocalDate.of(2026, 2, 20)).create();
        long soon = commitment(agreementId, partyCode).title(soonTitle).dueDate(LocalDate.of(2026, 3, 25)).create();
        commitment(agreementId, partyCode).title("Later " + partyCode).dueDate(LocalDate.of(2026, 9, 1)).create();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS", "percentComplete", 40, "note", "Pilot started"))
                .post("/api/commitments/" + soon + "/updates").then().statusCode(201);
    }

    private JsonPath reviews() {
        return given().get("/api/agreements/" + agreementId + "/reviews").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void reviewIsHeldAtItsMomentWithABriefingSentToMonitorsAndCoordinators() throws Exception {
        assertEquals(FIRST_REVIEW.toString(), given().get("/api/agreements/" + agreementId).then().extract().path("nextReviewAt"));
        String persian = email("monitor-fa");
        subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", persian, "leadTimes", List.of(),
                "onDue", false, "onOverdue", false, "escalateEvery", "none", "language", "fa"));
        clock.set(FIRST_REVIEW.minusSeconds(60));
        driver.reviews();
        assertEquals(0, reviews().getInt("total"));

        clock.set(FIRST_REVIEW);
        driver.reviews();
        driver.reviews();
        driver.send();

        JsonPath r = reviews();
        assertEquals(1, r.getInt("total"));
        assertEquals(FIRST_REVIEW.toString(), r.getString("items[0].occurrence"));
        assertEquals(true, r.getBoolean("items[0].scheduled"));
        assertEquals("2026-04-10T05:30:00Z", r.getString("items[0].nextReview"));
        assertEquals(Map.of("total", 3, "done", 0, "open", 3, "overdue", 1), r.getMap("items[0].briefing.counts"));
        assertEquals(List.of(overdueTitle), r.getList("items[0].briefing.overdue.title"));
        assertEquals(List.of(soonTitle), r.getList("items[0].briefing.dueBeforeNextReview.title"));
        assertEquals(List.of("progress: IN_PROGRESS, 40% — Pilot started"), r.getList("items[0].briefing.changes.what"));

        String subject = "[Pacta] Review of " + title + ": 1 overdue, 1 due before the next review";
        assertEquals(List.of(subject), SmtpServer.subjectsTo(monitor));
        assertEquals(List.of(subject), SmtpServer.subjectsTo(coordinator));
        assertEquals(List.of("REVIEW SENT"), stagesAndStatuses(notificationsTo(monitor)));
        Multipart parts = (Multipart) SmtpServer.awaitMessagesTo(coordinator, 1).get(0).getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        assertTrue(text.contains("3 commitments: 0 done, 3 open, 1 overdue."), text);
        assertTrue(text.contains("- " + overdueTitle + " ("), text);
        assertTrue(text.contains("you coordinate this agreement"), text);

        jakarta.mail.internet.MimeMessage briefing = SmtpServer.awaitMessagesTo(persian, 1).get(0);
        assertEquals("[Pacta] بازبینی «\u2068" + title + "\u2069»: معوق ۱، سررسید تا بازبینی بعدی ۱", briefing.getSubject());
        String persianText = SmtpServer.part(briefing, "text/plain");
        assertTrue(persianText.contains("تعهدها: ۳؛ انجام‌شده: ۰، باز: ۳، معوق: ۱."), persianText);
        assertTrue(persianText.contains("بازبینی بعدی: ۲۱ فروردین ۱۴۰۵"), "10 April 2026 in Solar Hijri: " + persianText);
        assertTrue(persianText.contains("در حال انجام، ۴۰٪"), persianText);
        assertTrue(persianText.contains("پیشرفت: در حال انجام، ۴۰٪ — \u2068Pilot started\u2069"),
                "what changed, in Persian: " + persianText);
        assertTrue(SmtpServer.part(briefing, "text/html").contains("<html lang=\"fa\" dir=\"rtl\">"));
    }

    @Test
    void aDeadlineMovedSinceTheLastReviewIsToldInTheReadersLanguage() {
        org.pacta.notify.Briefing.Change moved = org.pacta.notify.Briefing.Change.deadline(1, "Rail", FIRST_REVIEW, "Ali",
                Instant.parse("2026-03-25T20:30:00Z"), null, Instant.parse("2026-04-30T19:30:00Z"), "Rain");
        assertEquals("deadline moved from 2026-03-25T20:30:00Z to 2026-04-30T19:30:00Z: Rain",
                org.pacta.notify.MailWords.of("en").change(moved), "English keeps the API's words");
        String russian = org.pacta.notify.MailWords.of("ru").change(moved);
        assertTrue(russian.startsWith("срок перенесён с 25 марта 2026") && russian.endsWith(": Rain"), russian);
        String persian = org.pacta.notify.MailWords.of("fa").change(moved);
        assertTrue(persian.startsWith("موعد از ۵ فروردین ۱۴۰۵") && persian.endsWith(": \u2068Rain\u2069"), persian);
        org.pacta.notify.Briefing.Change dated = org.pacta.notify.Briefing.Change.deadline(1, "Rail", FIRST_REVIEW, "Ali",
                null, "after the summit", Instant.parse("2026-04-30T19:30:00Z"), "Agreed");
        assertTrue(org.pacta.notify.MailWords.of("ru").change(dated).startsWith("назначена первая дата (было без даты: after the summit)"));
    }

    @Test
    void afterMonthsOfDowntimeOnlyTheLatestMissedReviewIsHeld() {
        clock.set(Instant.parse("2026-06-20T00:00:00Z"));
        driver.reviews();
        driver.send();

        JsonPath r = reviews();
        assertEquals(1, r.getInt("total"));
        assertEquals("2026-06-10T05:30:00Z", r.getString("items[0].occurrence"));
        assertEquals("2026-07-10T05:30:00Z", r.getString("items[0].nextReview"));
        assertEquals("2026-07-10T05:30:00Z", given().get("/api/agreements/" + agreementId).then().extract().path("nextReviewAt"));
        assertEquals(1, SmtpServer.messagesTo(monitor).size());
    }

    @Test
    void officialsAddNotesToAHeldReviewOrRecordAMeetingOutsideTheSchedule() {
        clock.set(FIRST_REVIEW);
        driver.reviews();
        long reviewId = reviews().getLong("items[0].id");
        clock.set(Instant.parse("2026-03-11T10:00:00Z"));

        given().contentType(ContentType.JSON).body(Map.of("reviewId", reviewId, "notes", "Speed up customs data", "author", "Secretariat"))
                .post("/api/agreements/" + agreementId + "/reviews").then().statusCode(201)
                .body("id", equalTo((int) reviewId)).body("notes[0].text", equalTo("Speed up customs data"))
                .body("notes[0].author", equalTo("Administrator"));
        given().contentType(ContentType.JSON).body(Map.of("notes", "Extra meeting in Minsk"))
                .post("/api/agreements/" + agreementId + "/reviews").then().statusCode(201)
                .body("scheduled", equalTo(false)).body("occurrence", equalTo("2026-03-11T10:00:00Z"))
                .body("notes[0].author", equalTo("Administrator")).body("briefing.counts.total", equalTo(3));

        assertEquals(2, reviews().getInt("total"));
    }

    @Test
    void badNotesAreRefusedAndChangeNothing() {
        clock.set(FIRST_REVIEW);
        driver.reviews();

        given().contentType(ContentType.JSON).body(Map.of("notes", " ")).post("/api/agreements/" + agreementId + "/reviews")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("notes"));
        given().contentType(ContentType.JSON).body(Map.of("notes", "x", "reviewId", 999999999))
                .post("/api/agreements/" + agreementId + "/reviews").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("notes", "x")).post("/api/agreements/999999999/reviews")
                .then().statusCode(404);

        assertEquals(1, reviews().getInt("total"));
        assertEquals(List.of(), reviews().getList("items[0].notes"));
    }

    @Test
    void reviewZoneOverridesTheFirstPartysZone() {
        String partyCode = party("Asia/Tehran");
        long berlin = agreement(partyCode).signedOn("2026-03-30").reviewSchedule("FREQ=WEEKLY").reviewZone("Europe/Berlin").create();

        assertEquals("2026-03-30T07:00:00Z", given().get("/api/agreements/" + berlin).then().extract().path("nextReviewAt"),
                "09:00 in Berlin, summer time");
    }
}
