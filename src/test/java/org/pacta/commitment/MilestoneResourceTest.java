package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

@QuarkusTest
class MilestoneResourceTest {

    @Inject
    MutableClock clock;

    private long commitment;

    @BeforeEach
    void aCommitmentOfATehranParty() {
        clock.set(TestClockProducer.START);
        String party = party("Asia/Tehran");
        commitment = commitment(agreement(party), commitmentBody(party).with("startOn", "2026-03-01"));
    }

    @Test
    void milestonesAreAddedAndListedByDueTime() {
        json().body(Body.of("title", "Timetable agreed", "dueDate", "2026-03-20"))
                .post("/api/commitments/{id}/milestones", commitment).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/milestones/"))
                .body("commitmentId", equalTo((int) commitment))
                .body("dueDate", equalTo("2026-03-20"))
                .body("dueZone", equalTo("Asia/Tehran"))
                .body("completed", equalTo(false))
                .body("overdue", equalTo(false));
        milestone(commitment, Body.of("title", "Draft exchanged", "dueAt", "2026-03-10T08:00:00Z"));

        json().get("/api/commitments/{id}/milestones", commitment).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.title", contains("Draft exchanged", "Timetable agreed"));
    }

    @Test
    void aMilestoneIsOverdueOnceItsDeadlinePasses() {
        long id = milestone(commitment, Body.of("title", "Draft exchanged", "dueDate", "2026-03-05"));

        clock.set(Instant.parse("2026-03-05T20:30:00Z"));

        json().get("/api/commitments/{id}/milestones", commitment).then()
                .body("items.find { it.id == %s }.overdue".formatted(id), equalTo(true))
                .body("items.find { it.id == %s }.daysOverdue".formatted(id), equalTo(1));
    }

    @Test
    void completingAMilestoneRecordsWhenAndStopsItBeingOverdue() {
        long id = milestone(commitment, Body.of("title", "Draft exchanged", "dueDate", "2026-03-05"));
        clock.advance(Duration.ofDays(10));
        Body reached = Body.of("title", "Draft exchanged", "dueDate", "2026-03-05", "completed", true,
                "evidence", "Note verbale 12/3");

        json().header("If-Match", "\"0\"").body(reached).put("/api/milestones/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("completed", equalTo(true))
                .body("completedAt", equalTo("2026-03-11T09:00:00Z"))
                .body("evidence", equalTo("Note verbale 12/3"))
                .body("overdue", equalTo(false));
    }

    @Test
    void aMilestoneCannotBeReachedInTheFuture() {
        long id = milestone(commitment, Body.of("title", "Draft exchanged", "dueDate", "2026-03-05"));

        json().body(Body.of("title", "Draft exchanged", "dueDate", "2026-03-05", "completedAt", "2026-03-02T00:00:00Z",
                "version", 0)).put("/api/milestones/{id}", id).then().spec(problem(422))
                .body("errors.field", contains("completedAt"));

        assertThat(get("/api/commitments/" + commitment + "/milestones").getBoolean("items[0].completed"), equalTo(false));
    }

    @Test
    void aMilestoneCannotBeDueBeforeItsCommitmentStarts() {
        json().body(Body.of("title", "Too early", "dueDate", "2026-02-20")).post("/api/commitments/{id}/milestones", commitment)
                .then().spec(problem(422))
                .body("detail", containsString("before the start date"));

        assertThat(get("/api/commitments/" + commitment + "/milestones").getLong("total"), equalTo(0L));
    }

    @Test
    void editsNeedTheCurrentVersion() {
        long id = milestone(commitment, Body.of("title", "Draft exchanged", "dueDate", "2026-03-05"));
        Map<String, Object> read = get("/api/commitments/" + commitment + "/milestones").getMap("items[0]");
        Body edit = Body.from(read).with("title", "Draft exchanged and read");

        json().body(edit.without("version")).put("/api/milestones/{id}", id).then().spec(problem(428));
        json().body(edit).put("/api/milestones/{id}", id).then().statusCode(200).body("version", equalTo(1));
        json().body(edit.with("title", "Stale")).put("/api/milestones/{id}", id).then().spec(problem(409));
        json().header("If-Match", "\"0\"").body(edit.without("version").with("title", "Stale"))
                .put("/api/milestones/{id}", id).then().spec(problem(412));

        assertThat(get("/api/commitments/" + commitment + "/milestones").getString("items[0].title"),
                equalTo("Draft exchanged and read"));
    }

    @Test
    void aMilestoneCanBeDeleted() {
        long id = milestone(commitment, Body.of("title", "Draft exchanged", "dueDate", "2026-03-05"));

        json().header("If-Match", "\"5\"").delete("/api/milestones/{id}", id).then().spec(problem(412));
        json().delete("/api/milestones/{id}", id).then().statusCode(204);

        assertThat(get("/api/commitments/" + commitment + "/milestones").getLong("total"), equalTo(0L));
        json().delete("/api/milestones/{id}", id).then().spec(problem(404));
        json().delete("/api/milestones/abc").then().spec(problem(404));
    }

    @Test
    void milestonesOfADoneCommitmentAreNotOverdue() {
        long id = milestone(commitment, Body.of("title", "Draft exchanged", "dueDate", "2026-03-05"));
        markDone(commitment, "https://example.org/done");
        clock.advance(Duration.ofDays(30));

        json().get("/api/commitments/{id}/milestones", commitment).then()
                .body("items[0].id", equalTo((int) id))
                .body("items[0].overdue", equalTo(false))
                .body("items[0].completedAt", nullValue());
    }
}
