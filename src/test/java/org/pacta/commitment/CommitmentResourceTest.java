package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.commitmentCount;
import static org.pacta.testsupport.Api.commitmentState;
import static org.pacta.testsupport.Api.getCommitment;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

@QuarkusTest
class CommitmentResourceTest {

    @Inject
    MutableClock clock;

    @BeforeEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    @Test
    void aDueDateMeansTheEndOfThatDayInTheResponsiblePartysZone() {
        String iran = party("Asia/Tehran");
        String belarus = party("Europe/Minsk");
        long agreement = agreement(iran, belarus);
        Body body = commitmentBody(iran).without("dueAt").with("dueDate", "2026-01-15")
                .with("startOn", "2026-01-01").with("owner", Map.of("name", "Ali Rezaei", "email", "ali@example.org"))
                .with("tags", List.of("Transport", "rail", "transport")).with("priority", "HIGH");

        int id = json().body(body).post("/api/agreements/{id}/commitments", agreement).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/commitments/"))
                .body("agreementId", equalTo((int) agreement))
                .body("responsibleParty", equalTo(iran))
                .body("dueAt", equalTo("2026-01-15T20:30:00Z"))
                .body("dueZone", equalTo("Asia/Tehran"))
                .body("dueDate", equalTo("2026-01-15"))
                .body("baselineDueAt", equalTo("2026-01-15T20:30:00Z"))
                .body("status", equalTo("PLANNED"))
                .body("priority", equalTo("HIGH"))
                .body("tags", contains("rail", "transport"))
                .body("owner.email", equalTo("ali@example.org"))
                .body("percentComplete", equalTo(0))
                .body("slippageDays", equalTo(0))
                .extract().path("id");

        Body sameDateInMinsk = body.with("title", "Same date, other party").with("responsibleParty", belarus);
        json().body(sameDateInMinsk).post("/api/agreements/{id}/commitments", agreement).then().statusCode(201)
                .body("dueAt", equalTo("2026-01-15T21:00:00Z"));
        json().get("/api/commitments/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void anInstantDeadlineKeepsTheZoneItWasSetIn() {
        String party = party("Asia/Tehran");
        long agreement = agreement(party);

        long id = commitment(agreement, commitmentBody(party).with("dueAt", "2026-04-01T06:00:00Z")
                .with("dueZone", "Europe/Berlin"));

        assertThat(getCommitment(id).getString("dueZone"), equalTo("Europe/Berlin"));
        assertThat(getCommitment(id).getString("dueDate"), nullValue());
    }

    @Test
    void theResponsiblePartyMustBeOneOfTheAgreementsParties() {
        String member = party();
        String outsider = party();
        long agreement = agreement(member);

        json().body(commitmentBody(outsider)).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422))
                .body("errors.field", contains("responsibleParty"))
                .body("detail", containsString("not a party to this agreement"));

        assertThat(commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void aNewCommitmentCannotStartDone() {
        String party = party();
        long agreement = agreement(party);

        json().body(commitmentBody(party).with("status", "DONE")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422)).body("errors.field", contains("status"));

        assertThat(commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void anEditSendsBackWhatWasReadWithItsVersion() {
        String party = party();
        long id = commitment(agreement(party), party);
        Body edit = Body.from(commitmentState(id)).with("title", "Agree the rail timetable").with("status", "AT_RISK");

        json().body(edit).put("/api/commitments/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Agree the rail timetable"))
                .body("status", equalTo("AT_RISK"))
                .body("version", equalTo(1));
    }

    @Test
    void anEditWithoutAVersionIsRefusedAsPreconditionRequired() {
        String party = party();
        long id = commitment(agreement(party), party);
        Map<String, Object> before = commitmentState(id);

        json().body(Body.from(before).without("version").with("title", "Blind edit"))
                .put("/api/commitments/{id}", id).then().spec(problem(428))
                .body("detail", containsString("If-Match"));

        assertThat(commitmentState(id), equalTo(before));
    }

    @Test
    void aStaleIfMatchIsPreconditionFailed() {
        String party = party();
        long id = commitment(agreement(party), party);
        Body read = Body.from(commitmentState(id)).without("version");
        json().header("If-Match", "\"0\"").body(read.with("title", "First writer")).put("/api/commitments/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));

        json().header("If-Match", "\"0\"").body(read.with("title", "Second writer")).put("/api/commitments/{id}", id)
                .then().spec(problem(412)).body("detail", containsString("version 1"));

        assertThat(getCommitment(id).getString("title"), equalTo("First writer"));
    }

    @Test
    void aStaleBodyVersionIsAConflict() {
        String party = party();
        long id = commitment(agreement(party), party);
        Body read = Body.from(commitmentState(id));
        json().body(read.with("title", "First writer")).put("/api/commitments/{id}", id).then().statusCode(200);

        json().body(read.with("title", "Second writer")).put("/api/commitments/{id}", id).then().spec(problem(409));

        assertThat(getCommitment(id).getString("title"), equalTo("First writer"));
    }

    @Test
    void movingTheDeadlineInAnEditNeedsAReasonAndIsKept() {
        String party = party();
        long id = commitment(agreement(party), party);
        Body moved = Body.from(commitmentState(id)).with("dueAt", "2026-04-15T12:00:00Z");

        json().body(moved).put("/api/commitments/{id}", id).then().spec(problem(422))
                .body("errors.field", contains("deadlineChangeReason"));
        json().body(moved.with("deadlineChangeReason", "Waiting for the customs agreement"))
                .put("/api/commitments/{id}", id).then().statusCode(200)
                .body("dueAt", equalTo("2026-04-15T12:00:00Z"))
                .body("baselineDueAt", equalTo("2026-03-31T09:00:00Z"))
                .body("slippageDays", equalTo(15));

        json().get("/api/commitments/{id}/deadline-changes", id).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reason", equalTo("Waiting for the customs agreement"))
                .body("items[0].oldDueAt", equalTo("2026-03-31T09:00:00Z"));
    }

    @Test
    void aCommitmentCanBeGivenToAnotherPartyOfTheAgreement() {
        String first = party();
        String second = party();
        long id = commitment(agreement(first, second), first);

        json().body(Body.from(commitmentState(id)).with("responsibleParty", second.toLowerCase()))
                .put("/api/commitments/{id}", id).then().statusCode(200)
                .body("responsibleParty", equalTo(second));
    }

    @Test
    void dependenciesAreListedByIdAndMustExist() {
        String party = party();
        long agreement = agreement(party);
        long first = commitment(agreement, party);
        long second = commitment(agreement, party);

        long dependent = commitment(agreement, commitmentBody(party).with("dependsOn", List.of(second, first)));
        assertThat(getCommitment(dependent).getList("dependsOn", Long.class), contains(Math.min(first, second),
                Math.max(first, second)));

        json().body(commitmentBody(party).with("dependsOn", List.of(Long.MAX_VALUE)))
                .post("/api/agreements/{id}/commitments", agreement).then().spec(problem(422))
                .body("errors.field", hasItem("dependsOn"));
        Body self = Body.from(commitmentState(first)).with("dependsOn", List.of(first));
        json().body(self).put("/api/commitments/{id}", first).then().spec(problem(422))
                .body("detail", containsString("itself"));
    }

    @Test
    void deletingACommitmentRemovesItWithItsMilestones() {
        String party = party();
        long agreement = agreement(party);
        long id = commitment(agreement, party);
        long milestone = milestone(id, Body.of("title", "Draft", "dueDate", "2026-03-15"));

        json().delete("/api/commitments/{id}", id).then().statusCode(204);

        json().get("/api/commitments/{id}", id).then().spec(problem(404));
        json().body(Body.of("title", "Draft", "dueDate", "2026-03-15", "version", 0))
                .put("/api/milestones/{id}", milestone).then().spec(problem(404));
        assertThat(commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void aCommitmentOthersDependOnCannotBeDeleted() {
        String party = party();
        long agreement = agreement(party);
        long prerequisite = commitment(agreement, party);
        long dependent = commitment(agreement, commitmentBody(party).with("dependsOn", List.of(prerequisite)));

        json().delete("/api/commitments/{id}", prerequisite).then().spec(problem(409))
                .body("detail", containsString("commitment " + dependent + " depends on " + prerequisite));
        json().get("/api/commitments/{id}", prerequisite).then().statusCode(200);

        json().body(Body.from(commitmentState(dependent)).with("dependsOn", List.of()))
                .put("/api/commitments/{id}", dependent).then().statusCode(200).body("dependsOn", empty());
        json().delete("/api/commitments/{id}", prerequisite).then().statusCode(204);
    }

    @Test
    void aStaleDeleteIsRefused() {
        String party = party();
        long id = commitment(agreement(party), party);

        json().header("If-Match", "\"3\"").delete("/api/commitments/{id}", id).then().spec(problem(412));
        json().get("/api/commitments/{id}", id).then().statusCode(200);
    }

    @Test
    void unknownAndNonNumericIdsAreNotFound() {
        json().get("/api/commitments/abc").then().spec(problem(404));
        json().get("/api/commitments/0").then().spec(problem(404));
        json().get("/api/commitments/{id}", Long.MAX_VALUE).then().spec(problem(404));
        json().get("/api/commitments/abc/updates").then().spec(problem(404));
        json().get("/api/commitments/abc/milestones").then().spec(problem(404));
        json().get("/api/commitments/abc/deadline-changes").then().spec(problem(404));
        json().delete("/api/commitments/{id}", Long.MAX_VALUE).then().spec(problem(404));
        json().body(commitmentBody(uniqueCode())).post("/api/agreements/{id}/commitments", Long.MAX_VALUE)
                .then().spec(problem(404));
        json().get("/api/agreements/{id}/commitments", Long.MAX_VALUE).then().spec(problem(404));
    }
}
