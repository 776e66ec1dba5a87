package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
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
 * Belarus reports a commitment done; Iran, the other party of the roadmap, is asked to confirm it, disputes it, and
 * confirms once Belarus answers with more evidence. Every step is in the thread and in the audit trail.
 */
@QuarkusTest
class ConfirmationScenarioTest {

    @Inject
    MutableClock clock;

    private String iran;
    private String belarus;
    private long roadmap;
    private Account officialIr;
    private Account officialBy;

    @BeforeEach
    void aRoadmapBetweenIranAndBelarus() {
        clock.set(TestClockProducer.START);
        iran = party("Asia/Tehran");
        belarus = party("Europe/Minsk");
        roadmap = agreement(iran, belarus);
        officialIr = Accounts.official(iran);
        officialBy = Accounts.official(belarus);
    }

    @Test
    void belarusReportsDoneIranDisputesBelarusAnswersIranConfirms() {
        long c = commitment(roadmap, belarus);
        assertThat(thread(c).getString("state"), nullValue());

        // Belarus reports the commitment done with evidence: Iran is asked.
        officialBy.json().body(Body.of("status", "DONE", "evidence", List.of("https://by.example/act.pdf"),
                "note", "Signed")).post("/api/commitments/{id}/updates", c).then().statusCode(201);
        JsonPath done = Api.getCommitment(c);
        assertThat(done.getString("confirmation"), equalTo("PENDING"));
        assertThat(done.getString("confirmationAskedAt"), equalTo(TestClockProducer.START.toString()));

        // Belarus cannot confirm its own completion, nor can it answer a dispute nobody made.
        verdict(officialBy, c, Body.of("verdict", "CONFIRMED")).then().spec(problem(403))
                .body("detail", containsString(belarus));
        officialBy.json().body(Body.of("note", "Early")).post("/api/commitments/{id}/confirmation/answer", c)
                .then().spec(problem(409));

        // Iran disputes it, with a note.
        clock.advance(Duration.ofDays(2));
        verdict(officialIr, c, Body.of("verdict", "DISPUTED", "note", "The act is not countersigned"))
                .then().statusCode(201).body("state", equalTo("DISPUTED")).body("step.act", equalTo("DISPUTED"))
                .body("step.party", equalTo(iran));
        assertThat(Api.getCommitment(c).getString("confirmation"), equalTo("DISPUTED"));

        // Iran cannot answer for Belarus.
        officialIr.json().body(Body.of("note", "x")).post("/api/commitments/{id}/confirmation/answer", c)
                .then().spec(problem(403));

        // Belarus answers with more evidence: the completion waits for Iran again.
        clock.advance(Duration.ofDays(1));
        officialBy.json().body(Body.of("note", "Countersigned copy attached",
                "evidence", List.of("https://by.example/act-countersigned.pdf")))
                .post("/api/commitments/{id}/confirmation/answer", c).then().statusCode(201)
                .body("state", equalTo("PENDING")).body("step.party", equalTo(belarus));

        // Iran confirms.
        clock.advance(Duration.ofDays(1));
        verdict(officialIr, c, Body.of("verdict", "CONFIRMED", "note", "Received"))
                .then().statusCode(201).body("state", equalTo("CONFIRMED"));
        assertThat(Api.getCommitment(c).getString("confirmation"), equalTo("CONFIRMED"));

        JsonPath thread = thread(c);
        assertThat(thread.getString("state"), equalTo("CONFIRMED"));
        assertThat(thread.getList("steps.act"), contains("DISPUTED", "ANSWERED", "CONFIRMED"));
        assertThat(thread.getList("steps.party"), contains(iran, belarus, iran));
        assertThat(thread.getList("steps.note"), contains("The act is not countersigned", "Countersigned copy attached",
                "Received"));
        assertThat(thread.getList("steps[1].evidence"), contains("https://by.example/act-countersigned.pdf"));
        assertThat(thread.getList("steps.at"), contains(TestClockProducer.START.plus(Duration.ofDays(2)).toString(),
                TestClockProducer.START.plus(Duration.ofDays(3)).toString(),
                TestClockProducer.START.plus(Duration.ofDays(4)).toString()));
        assertThat(thread.getString("steps[0].author"), notNullValue());

        // The audit trail has a row per step, by the official who spoke, with the state it led to.
        JsonPath history = Api.get("/api/commitments/" + c + "/history?size=50");
        List<Map<String, Object>> rows = history.getList("items.findAll { it.itemType == 'CONFIRMATION' }");
        assertThat(rows.size(), equalTo(3));
        assertThat(history.getList("items.findAll { it.itemType == 'CONFIRMATION' }.actor"),
                contains(startsWith(officialIr.email()), startsWith(officialBy.email()), startsWith(officialIr.email())));
        assertThat((String) rows.get(0).get("after"), containsString("\"state\":\"CONFIRMED\""));
        assertThat((String) rows.get(2).get("after"), containsString("\"state\":\"DISPUTED\""));
    }

    @Test
    void aMilestoneIsConfirmedTheSameWay() {
        long c = commitment(roadmap, belarus);
        long m = Api.milestone(c, Body.of("title", "Draft exchanged", "dueDate", "2026-03-10"));
        milestoneVerdict(officialIr, m, Body.of("verdict", "CONFIRMED")).then().spec(problem(409))
                .body("detail", containsString("not reported reached"));
        officialBy.json().body(Body.of("title", "Draft exchanged", "dueDate", "2026-03-10", "completed", true,
                "version", 0)).put("/api/milestones/{id}", m).then().statusCode(200)
                .body("confirmation", equalTo("PENDING"));

        milestoneVerdict(officialBy, m, Body.of("verdict", "CONFIRMED")).then().spec(problem(403));
        milestoneVerdict(officialIr, m, Body.of("verdict", "DISPUTED", "note", "Not received")).then().statusCode(201)
                .body("state", equalTo("DISPUTED"));
        officialBy.json().body(Body.of("note", "Sent again", "evidence", List.of("https://by.example/draft")))
                .post("/api/milestones/{id}/confirmation/answer", m).then().statusCode(201).body("state", equalTo("PENDING"));
        milestoneVerdict(officialIr, m, Body.of("verdict", "CONFIRMED")).then().statusCode(201)
                .body("state", equalTo("CONFIRMED"));

        Api.get("/api/commitments/" + c + "/milestones").getList("items.confirmation").forEach(
                s -> assertThat(s, equalTo("CONFIRMED")));
        JsonPath thread = Api.get("/api/milestones/" + m + "/confirmation");
        assertThat(thread.getList("steps.act"), contains("DISPUTED", "ANSWERED", "CONFIRMED"));
        // The commitment itself is not done: its own thread is empty.
        assertThat(thread(c).getList("steps"), empty());
        assertThat(thread(c).getString("state"), nullValue());
    }

    @Test
    void anItemNotReportedDoneHasNothingToConfirm() {
        long c = commitment(roadmap, belarus);
        verdict(officialIr, c, Body.of("verdict", "CONFIRMED")).then().spec(problem(409))
                .body("detail", equalTo("Nothing to confirm: the commitment is not reported done."));
        assertThat(thread(c).getList("steps"), empty());
    }

    @Test
    void aReopenedCompletionLeavesNothingToConfirmAndANewOneAsksAgain() {
        long c = commitment(roadmap, belarus);
        Api.markDone(c, "https://by.example/one");
        verdict(officialIr, c, Body.of("verdict", "DISPUTED", "note", "No")).then().statusCode(201);

        clock.advance(Duration.ofHours(1));
        Api.progress(c, Body.of("status", "IN_PROGRESS", "percentComplete", 80, "note", "Reopened"));
        JsonPath reopened = Api.getCommitment(c);
        assertThat(reopened.getString("confirmation"), nullValue());
        assertThat(reopened.getString("confirmationAskedAt"), nullValue());
        verdict(officialIr, c, Body.of("verdict", "CONFIRMED")).then().spec(problem(409));

        clock.advance(Duration.ofHours(1));
        Api.markDone(c, "https://by.example/two");
        JsonPath again = Api.getCommitment(c);
        assertThat(again.getString("confirmation"), equalTo("PENDING"));
        assertThat(again.getString("confirmationAskedAt"),
                equalTo(TestClockProducer.START.plus(Duration.ofHours(2)).toString()));
        // The old dispute stays in the thread but no longer stands: one confirmation is enough.
        verdict(officialIr, c, Body.of("verdict", "CONFIRMED")).then().statusCode(201).body("state", equalTo("CONFIRMED"));
        assertThat(thread(c).getList("steps.act"), contains("DISPUTED", "CONFIRMED"));
    }

    @Test
    void onlyAnOfficialOfAnotherPartySpeaks() {
        long c = commitment(roadmap, belarus);
        Api.markDone(c, "https://by.example/one");
        Body ok = Body.of("verdict", "CONFIRMED");
        verdict(Accounts.monitor(), c, ok).then().statusCode(403);
        verdict(Accounts.admin(), c, ok).then().spec(problem(403));
        verdict(Accounts.official(party("UTC")), c, ok).then().spec(problem(403));
        // An official of both parties is the responsible party's too: not independent.
        verdict(Accounts.official(iran, belarus), c, ok).then().spec(problem(403));
        Api.anonymous().contentType(ContentType.JSON).body(ok).post("/api/commitments/{id}/confirmation", c)
                .then().statusCode(401);
        assertThat(thread(c).getList("steps"), empty());
        assertThat(Api.getCommitment(c).getString("confirmation"), equalTo("PENDING"));
    }

    @Test
    void anOfficialOfSeveralOtherPartiesSaysWhichSpeaks() {
        String kazakhstan = party("Asia/Almaty");
        long trilateral = agreement(iran, belarus, kazakhstan);
        long c = commitment(trilateral, belarus);
        Api.markDone(c, "https://by.example/one");
        Account both = Accounts.official(iran, kazakhstan);
        verdict(both, c, Body.of("verdict", "CONFIRMED")).then().spec(problem(422))
                .body("errors.field", hasItem("party"));
        verdict(both, c, Body.of("verdict", "CONFIRMED", "party", belarus)).then().spec(problem(422));
        verdict(both, c, Body.of("verdict", "CONFIRMED", "party", kazakhstan.toLowerCase())).then().statusCode(201)
                .body("step.party", equalTo(kazakhstan)).body("state", equalTo("CONFIRMED"));
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long c = commitment(roadmap, belarus);
        Api.markDone(c, "https://by.example/one");
        Map<String, Object> before = Api.commitmentState(c);
        officialIr.given().contentType(ContentType.JSON).body("{\"verdict\": \"CONFIRMED\"")
                .post("/api/commitments/{id}/confirmation", c).then().spec(problem(400));
        verdict(officialIr, c, Body.of("verdict", "MAYBE")).then().spec(problem(400));
        verdict(officialIr, c, Body.of("verdict", 7)).then().statusCode(400);
        verdict(officialIr, c, Body.of("note", "no verdict")).then().spec(problem(422));
        verdict(officialIr, c, Body.of("verdict", "DISPUTED")).then().spec(problem(422))
                .body("errors.field", hasItem("note"));
        verdict(officialIr, c, Body.of("verdict", "DISPUTED", "note", "   ")).then().spec(problem(422));
        verdict(officialIr, c, Body.of("verdict", "DISPUTED", "note", "x".repeat(5001))).then().spec(problem(422));
        verdict(officialIr, c, Body.of("verdict", "DISPUTED", "note", "bad\u0000byte")).then().spec(problem(422));
        verdict(officialIr, c, Body.of("verdict", "CONFIRMED", "evidence", List.of("javascript:alert(1)")))
                .then().spec(problem(422));
        verdict(officialIr, c, Body.of("verdict", "CONFIRMED", "evidence", "https://one.example"))
                .then().statusCode(400);
        officialIr.json().body(Body.of("verdict", "CONFIRMED")).post("/api/commitments/{id}/confirmation", "abc")
                .then().spec(problem(404));
        officialIr.json().body(Body.of("verdict", "CONFIRMED")).post("/api/commitments/{id}/confirmation", 987654321)
                .then().spec(problem(404));
        officialIr.json().body(Body.of("verdict", "CONFIRMED")).post("/api/milestones/{id}/confirmation", 987654321)
                .then().spec(problem(404));
        officialIr.json().post("/api/commitments/{id}/confirmation", c).then().spec(problem(422));
        assertThat(thread(c).getList("steps"), empty());
        assertThat(Api.commitmentState(c), equalTo(before));
    }

    @Test
    void anonymousReadersOfAPublicAgreementSeeThePartyButNoAuthor() {
        long open = Api.agreement(Api.agreementBody(iran, belarus).with("public", true));
        long c = commitment(open, belarus);
        Api.markDone(c, "https://by.example/one");
        verdict(officialIr, c, Body.of("verdict", "CONFIRMED", "note", "<script>alert(1)</script>")).then().statusCode(201);
        Api.anonymous().get("/api/commitments/{id}/confirmation", c).then().statusCode(200)
                .body("state", equalTo("CONFIRMED")).body("steps[0].party", equalTo(iran))
                .body("steps[0].author", nullValue());
        Api.anonymous().get("/api/commitments/{id}/confirmation", commitment(roadmap, belarus)).then().spec(problem(404));
    }

    private static io.restassured.response.Response verdict(Account who, long commitment, Body body) {
        return who.json().body(body).post("/api/commitments/{id}/confirmation", commitment);
    }

    private static io.restassured.response.Response milestoneVerdict(Account who, long milestone, Body body) {
        return who.json().body(body).post("/api/milestones/{id}/confirmation", milestone);
    }

    private static JsonPath thread(long commitment) {
        return Api.get("/api/commitments/" + commitment + "/confirmation");
    }
}
