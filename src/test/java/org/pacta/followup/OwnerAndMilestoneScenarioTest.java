package org.pacta.followup;

import static org.pacta.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.list;
import static org.pacta.testsupport.FollowupFixtures.notificationsOf;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** The owner's reminders without subscribing: for the commitment, for its milestones, and when the agreement says no. */
@QuarkusTest
class OwnerAndMilestoneScenarioTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String partyCode;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-09-01T06:00:00Z"));
        partyCode = party("Asia/Tehran");
    }

    private long milestone(long commitmentId, String title, String dueDate) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "dueDate", dueDate))
                .post("/api/commitments/" + commitmentId + "/milestones").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void ownerHearsAboutEachMilestoneAndAReachedOneFallsSilent() {
        String owner = email("owner");
        long agreementId = agreement(partyCode).create();
        String title = "Launch the trade house " + partyCode;
        long commitmentId = commitment(agreementId, partyCode).title(title).owner("Owner", owner)
                .dueDate(LocalDate.of(2026, 12, 31)).create();
        long draft = milestone(commitmentId, "Draft charter", "2026-09-05");
        long premises = milestone(commitmentId, "Premises leased", "2026-09-06");

        // 08:00 Tehran on 4 September: the one-day reminder of the first milestone, the three-day one of the second.
        driver.sweepAndSendAt(Instant.parse("2026-09-04T04:30:00Z"));

        assertEquals(List.of("DUE_SOON:P1D SENT"), stagesAndStatuses(list("milestone", Long.toString(draft))));
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(list("milestone", Long.toString(premises))));
        List<String> subjects = SmtpServer.subjectsTo(owner);
        assertEquals(2, subjects.size(), subjects.toString());
        assertTrue(subjects.contains("[Pacta] Due tomorrow: Draft charter — " + agreementTitle(agreementId) + " (" + partyCode + ")"),
                subjects.toString());
        String text = SmtpServer.awaitMessagesTo(owner, 2).stream().map(m -> {
            try {
                return ((jakarta.mail.Multipart) m.getContent()).getBodyPart(0).getContent().toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(t -> t.startsWith("Due tomorrow")).findFirst().orElseThrow();
        assertTrue(text.contains("Milestone of: " + title), text);

        Map<String, Object> reached = given().get("/api/commitments/" + commitmentId + "/milestones").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.id == " + draft + " }");
        reached.put("completed", true);
        clock.set(Instant.parse("2026-09-05T04:30:00Z"));
        driver.sweep(); // the due-day reminder of the draft is decided...
        given().contentType(ContentType.JSON).header("If-Match", "\"" + reached.get("version") + "\"").body(reached)
                .put("/api/milestones/" + draft).then().statusCode(200);
        driver.send(); // ...but the milestone was reached before it went out
        driver.sweepAndSendAt(Instant.parse("2026-09-20T00:00:00Z"));

        assertEquals(List.of("DUE_SOON:P1D SENT", "DUE_TODAY CANCELLED"), stagesAndStatuses(list("milestone", Long.toString(draft))));
        assertEquals(List.of("DUE_SOON:P3D SENT", "DUE_SOON:P1D SENT", "ESCALATION:P7D:1 SENT"),
                stagesAndStatuses(list("milestone", Long.toString(premises))));
    }

    private static String agreementTitle(long agreementId) {
        return given().get("/api/agreements/" + agreementId).then().extract().path("title");
    }

    @Test
    void agreementThatDoesNotRemindOwnersLeavesThemAlone() {
        String owner = email("owner");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        long commitmentId = commitment(agreementId, partyCode).owner("Owner", owner).dueDate(LocalDate.of(2026, 9, 3)).create();

        driver.sweepAndSendAt(clock.instant());
        driver.sweepAndSendAt(Instant.parse("2026-10-30T00:00:00Z"));

        assertEquals(List.of(), notificationsOf(commitmentId));
        assertEquals(List.of(), SmtpServer.messagesTo(owner));
    }

    @Test
    void newOwnerTakesOverTheRemindersAndTheOldOneHearsNoMore() {
        String before = email("before");
        String after = email("after");
        long agreementId = agreement(partyCode).create();
        long commitmentId = commitment(agreementId, partyCode).owner("Before", before).dueDate(LocalDate.of(2026, 9, 3)).create();
        driver.sweep();
        assertEquals(List.of("DUE_SOON:P3D PENDING"), stagesAndStatuses(notificationsTo(before)));

        Map<String, Object> c = given().get("/api/commitments/" + commitmentId).then().statusCode(200).extract().jsonPath().getMap("");
        c.put("owner", Map.of("name", "After", "email", after));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + c.get("version") + "\"").body(c)
                .put("/api/commitments/" + commitmentId).then().statusCode(200);
        driver.sweepAndSendAt(clock.instant());

        assertEquals(List.of("DUE_SOON:P3D CANCELLED"), stagesAndStatuses(notificationsTo(before)));
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsTo(after)));
        assertEquals(List.of(), SmtpServer.messagesTo(before));
        assertEquals(1, SmtpServer.awaitMessagesTo(after, 1).size());
    }
}
