package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * Permissions are checked on the object, not only on the role: an official of BY who knows (or guesses) the id
 * of something IR is responsible for cannot change or delete it, whatever the request looks like; a monitor
 * cannot see or touch another's subscription. Each refused attempt leaves the item exactly as it was.
 */
@QuarkusTest
class ObjectAccessTest {

    @Inject
    MutableClock clock;

    String ir;
    String by;
    long agreement;
    long irCommitment;
    long irMilestone;
    Account officialIr;
    Account officialBy;

    @BeforeEach
    void twoPartiesAndACommitmentOfIr() {
        clock.set(TestClockProducer.START);
        ir = Api.party("Asia/Tehran");
        by = Api.party("Europe/Minsk");
        agreement = Api.agreement(ir, by);
        irCommitment = Api.commitment(agreement, ir);
        irMilestone = Api.milestone(irCommitment, Body.of("title", "Checkpoint", "dueAt", Api.daysAfterStart(10).toString()));
        officialIr = Accounts.official(ir);
        officialBy = Accounts.official(by);
    }

    private Map<String, Object> commitment() {
        return Api.commitmentState(irCommitment);
    }

    private Map<String, Object> milestones() {
        return Api.get("/api/commitments/" + irCommitment + "/milestones").getMap("");
    }

    @Test
    void anOfficialOfByCannotChangeIrsCommitmentInAnyWay() {
        Map<String, Object> before = commitment();
        Map<String, Object> milestonesBefore = milestones();
        Body edit = Body.from(before).with("title", "Taken over by BY");

        officialBy.json().body(edit).put("/api/commitments/{id}", irCommitment).then().spec(problem(403));
        officialBy.json().body(edit.with("responsibleParty", by)).put("/api/commitments/{id}", irCommitment)
                .then().spec(problem(403));
        officialBy.json().body(Body.of("status", "DONE", "evidence", List.of("https://example.org/fake"), "note", "Done!"))
                .post("/api/commitments/{id}/updates", irCommitment).then().spec(problem(403));
        officialBy.json().body(Body.of("dueDate", "2027-12-31", "reason", "Because BY says so"))
                .post("/api/commitments/{id}/deadline", irCommitment).then().spec(problem(403));
        officialBy.json().body(Body.of("title", "Planted", "dueAt", Api.daysAfterStart(5).toString()))
                .post("/api/commitments/{id}/milestones", irCommitment).then().spec(problem(403));
        officialBy.json().body(Body.of("title", "Moved", "dueAt", Api.daysAfterStart(20).toString(), "completed", true,
                "version", 0)).put("/api/milestones/{id}", irMilestone).then().spec(problem(403));
        officialBy.given().header("If-Match", "\"0\"").delete("/api/milestones/{id}", irMilestone).then().spec(problem(403));
        officialBy.given().delete("/api/commitments/{id}", irCommitment).then().spec(problem(403));

        assertThat(commitment(), equalTo(before));
        assertThat(milestones(), equalTo(milestonesBefore));
        assertThat(Api.get("/api/commitments/" + irCommitment + "/updates").getInt("total"), equalTo(0));
        assertThat(Api.get("/api/commitments/" + irCommitment + "/deadline-changes").getInt("total"), equalTo(0));
    }

    @Test
    void anOfficialOfIrCannotHandTheirCommitmentToBy() {
        Map<String, Object> before = commitment();
        officialIr.json().body(Body.from(before).with("responsibleParty", by)).put("/api/commitments/{id}", irCommitment)
                .then().spec(problem(403));
        assertThat(commitment(), equalTo(before));
        // … but may change it otherwise.
        officialIr.json().body(Body.from(before).with("title", "Renamed by IR")).put("/api/commitments/{id}", irCommitment)
                .then().statusCode(200);
    }

    @Test
    void officialsCreateOnlyForTheirOwnParty() {
        long commitments = Api.commitmentCount(agreement);
        officialBy.json().body(Api.commitmentBody(ir)).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(403));
        officialBy.given().contentType("text/csv")
                .body("title,responsibleParty,dueDate\nOne,%s,2026-06-01\nTwo,%s,2026-06-01\n".formatted(by, ir))
                .post("/api/agreements/{id}/commitments/import", agreement).then().spec(problem(403));
        assertThat("a refused CSV import writes none of its lines", Api.commitmentCount(agreement), equalTo(commitments));

        officialBy.json().body(Api.agreementBody(ir)).post("/api/agreements").then().spec(problem(403));
        long total = Api.total("/api/agreements?party=" + ir);
        // An official edits an agreement of their party, but cannot write their own party out of it.
        Map<String, Object> shared = Api.get("/api/agreements/" + agreement).getMap("");
        officialBy.json().body(Body.from(shared).with("parties", List.of(ir))).put("/api/agreements/{id}", agreement)
                .then().spec(problem(403));
        assertThat(Api.get("/api/agreements/" + agreement).getMap(""), equalTo(shared));
        long irOnly = Api.agreement(ir);
        Map<String, Object> irAgreement = Api.get("/api/agreements/" + irOnly).getMap("");
        officialBy.json().body(Body.from(irAgreement).with("title", "Hijacked")).put("/api/agreements/{id}", irOnly)
                .then().spec(problem(403));
        officialBy.json().body(Body.from(irAgreement).with("parties", List.of(ir, by))).put("/api/agreements/{id}", irOnly)
                .then().spec(problem(403));
        officialBy.json().body(Body.of("notes", "BY was here")).post("/api/agreements/{id}/reviews", irOnly)
                .then().spec(problem(403));
        assertThat(Api.get("/api/agreements/" + irOnly).getMap(""), equalTo(irAgreement));
        assertThat(Api.total("/api/agreements?party=" + ir), equalTo(total + 1));
        officialIr.given().delete("/api/agreements/{id}", irOnly).then().spec(problem(403));
    }

    @Test
    void aMonitorCannotSeeOrTouchAnothersSubscription() {
        Account mine = Accounts.monitor();
        Account theirs = Accounts.monitor();
        Body body = Body.of("scope", Map.of("commitmentId", irCommitment), "channel", "email", "email", "theirs@example.org");
        long id = theirs.json().body(body).post("/api/subscriptions").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> before = theirs.given().get("/api/subscriptions/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");

        mine.given().get("/api/subscriptions/{id}", id).then().spec(problem(404));
        mine.json().body(body.with("email", "mine@example.org").with("version", 0)).put("/api/subscriptions/{id}", id)
                .then().spec(problem(404));
        mine.given().delete("/api/subscriptions/{id}", id).then().spec(problem(404));
        mine.given().get("/api/subscriptions").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        officialIr.given().get("/api/subscriptions/{id}", id).then().spec(problem(404));

        assertThat(theirs.given().get("/api/subscriptions/{id}", id).then().extract().jsonPath().getMap(""), equalTo(before));
        // The answer for someone else's is the answer for one that does not exist.
        String missing = mine.given().get("/api/subscriptions/{id}", Long.MAX_VALUE).then().spec(problem(404))
                .extract().path("title");
        assertThat(mine.given().get("/api/subscriptions/{id}", id).then().extract().path("title"), equalTo(missing));
        // An administrator sees every subscription.
        Api.given().get("/api/subscriptions/{id}", id).then().statusCode(200);
    }

    @Test
    void aMonitorOnlyReads() {
        Account monitor = Accounts.monitor();
        Map<String, Object> before = commitment();
        monitor.json().body(Body.from(before).with("title", "Monitor edit")).put("/api/commitments/{id}", irCommitment)
                .then().spec(problem(403));
        monitor.json().body(Body.of("note", "A monitor's progress")).post("/api/commitments/{id}/updates", irCommitment)
                .then().spec(problem(403));
        monitor.json().body(Api.agreementBody(ir)).post("/api/agreements").then().spec(problem(403));
        monitor.json().body(Api.partyBody("UTC")).post("/api/parties").then().spec(problem(403));
        assertThat(commitment(), equalTo(before));
        monitor.given().get("/api/commitments/{id}/history", irCommitment).then().statusCode(200);
    }
}
