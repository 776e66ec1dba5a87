package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.commitmentState;
import static org.pacta.testsupport.Api.getCommitment;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.progress;
import static org.pacta.testsupport.Api.reviseDeadline;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/** Progress updates and deadline revisions: the append-only history of a commitment. */
@QuarkusTest
class ProgressAndDeadlineResourceTest {

    @Inject
    MutableClock clock;

    @BeforeEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    private long newCommitment() {
        String party = party("Europe/Minsk");
        return commitment(agreement(party), commitmentBody(party).without("dueAt").with("dueDate", "2026-03-31"));
    }

    @Test
    void progressIsRecordedAndListedNewestFirst() {
        long id = newCommitment();

        json().body(Body.of("status", "IN_PROGRESS", "percentComplete", 30, "note", "Working group met", "author", "Olga"))
                .post("/api/commitments/{id}/updates", id).then().statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("IN_PROGRESS"))
                .body("percentComplete", equalTo(30))
                // Signed-in people sign with their own name; an "author" in the body does not override it.
                .body("author", equalTo("Administrator"))
                .body("recordedAt", equalTo("2026-03-01T09:00:00Z"));
        clock.advance(Duration.ofHours(2));
        progress(id, Body.of("status", "AT_RISK", "note", "Customs slow"));

        json().get("/api/commitments/{id}/updates", id).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", contains("AT_RISK", "IN_PROGRESS"))
                .body("items.percentComplete", contains(30, 30))
                .body("items[0].author", equalTo("Administrator"));
        assertThat(getCommitment(id).getString("status"), equalTo("AT_RISK"));
    }

    @Test
    void doneNeedsAnEvidenceLink() {
        long id = newCommitment();
        Map<String, Object> before = commitmentState(id);

        json().body(Body.of("status", "DONE", "note", "Trust me")).post("/api/commitments/{id}/updates", id)
                .then().spec(problem(422))
                .body("errors.field", contains("evidence"));
        json().body(Body.of("status", "DONE", "evidence", List.of("ftp://example.org/x")))
                .post("/api/commitments/{id}/updates", id).then().spec(problem(422));

        assertThat(commitmentState(id), equalTo(before));
        json().get("/api/commitments/{id}/updates", id).then().body("total", equalTo(0));
    }

    @Test
    void doneWithEvidenceCompletesTheCommitment() {
        long id = newCommitment();
        clock.advance(Duration.ofDays(3));

        markDone(id, "https://example.org/protocol.pdf");

        json().get("/api/commitments/{id}", id).then()
                .body("status", equalTo("DONE"))
                .body("percentComplete", equalTo(100))
                .body("completedAt", equalTo("2026-03-04T09:00:00Z"));
        json().get("/api/commitments/{id}/updates", id).then()
                .body("items[0].evidence", contains("https://example.org/protocol.pdf"));
    }

    @Test
    void aDoneCommitmentCanBeReopenedByAProgressUpdate() {
        long id = newCommitment();
        markDone(id, "https://example.org/protocol.pdf");

        progress(id, Body.of("status", "IN_PROGRESS", "percentComplete", 80, "note", "The protocol was not ratified"));

        json().get("/api/commitments/{id}", id).then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("completedAt", nullValue());
    }

    @Test
    void percentCompleteMustBeBetween0And100() {
        long id = newCommitment();

        json().body(Body.of("percentComplete", 101)).post("/api/commitments/{id}/updates", id).then().spec(problem(422))
                .body("errors.field", contains("percentComplete"));
        json().body(Body.of("percentComplete", -1)).post("/api/commitments/{id}/updates", id).then().spec(problem(422));

        assertThat(getCommitment(id).getInt("percentComplete"), equalTo(0));
    }

    @Test
    void revisingTheDeadlineKeepsTheReasonAndShowsSlippage() {
        long id = newCommitment();

        reviseDeadline(id, Body.of("dueDate", "2026-04-10", "reason", "Rolling stock delayed", "author", "Olga"));
        clock.advance(Duration.ofDays(1));
        json().body(Body.of("dueDate", "2026-04-07", "reason", "Partly recovered"))
                .post("/api/commitments/{id}/deadline", id).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("dueDate", equalTo("2026-04-07"))
                .body("dueAt", equalTo("2026-04-07T21:00:00Z"))
                .body("baselineDueAt", equalTo("2026-03-31T21:00:00Z"))
                .body("slippageDays", equalTo(7));

        json().get("/api/commitments/{id}/deadline-changes", id).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.reason", contains("Rolling stock delayed", "Partly recovered"))
                .body("items.author", contains("Administrator", "Administrator"))
                .body("items.shiftDays", contains(10, -3))
                .body("items[1].changedAt", equalTo("2026-03-02T09:00:00Z"));
    }

    @Test
    void aRevisionToTheSameDeadlineIsRefused() {
        long id = newCommitment();

        json().body(Body.of("dueDate", "2026-03-31", "reason", "No change")).post("/api/commitments/{id}/deadline", id)
                .then().spec(problem(422)).body("detail", containsString("same"));

        json().get("/api/commitments/{id}/deadline-changes", id).then().body("total", equalTo(0));
    }

    @Test
    void aStaleIfMatchOnARevisionIsRefused() {
        long id = newCommitment();
        progress(id, Body.of("percentComplete", 10));

        json().header("If-Match", "\"0\"").body(Body.of("dueDate", "2026-04-30", "reason", "Late"))
                .post("/api/commitments/{id}/deadline", id).then().spec(problem(412));

        assertThat(getCommitment(id).getString("dueDate"), equalTo("2026-03-31"));
    }
}
