package org.pacta.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.CommitmentService;
import org.pacta.security.CurrentUser;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * A plan with a responsible body, its own numbering, a month and a quarter, items with no fixed date and a completion
 * reported without evidence goes out as a roadmap document and comes back the same; its calendar shows what has a date.
 */
@QuarkusTest
class PlansRoundTripTest {

    @Inject
    MutableClock clock;

    @Inject
    CommitmentService commitments;

    private String party;
    private long original;
    private long ongoing;

    @BeforeEach
    void aPlanAsWritten() {
        clock.set(TestClockProducer.START);
        party = party("Asia/Tehran");
        original = agreement(agreementBody(party));
        commitment(original, commitmentBody(party).without("dueAt").with("dueDate", "2026-06-10")
                .with("duePrecision", "MONTH").with("reference", "1").with("responsibleBody", "Ministry of Roads"));
        ongoing = commitment(original, commitmentBody(party).without("dueAt").with("undated", "Ongoing")
                .with("reference", "2").with("responsibleBody", "GSA and OMB"));
        milestone(ongoing, Body.of("title", "After guidance", "undated", "90 days after guidance", "reference", "2.1"));
        milestone(ongoing, Body.of("title", "Pilot", "dueDate", "2026-05-15", "duePrecision", "QUARTER", "reference", "2.2"));
        long reported = commitment(original, commitmentBody(party).with("reference", "3"));
        CurrentUser.asSystem(() -> commitments.recordImportedCompletion(reported,
                TestClockProducer.START.minus(Duration.ofDays(1)), List.of(), null));
    }

    @Test
    void exportThenImportThenExportGivesTheSameDocument() {
        JsonPath exported = get("/api/agreements/" + original + "/export");
        assertThat(exported.getList("commitments.reference"), contains("3", "1", "2"));
        assertThat(exported.getString("commitments[0].completionEvidenced"), equalTo("false"));
        assertThat(exported.get("commitments[0].evidence"), nullValue());
        assertThat(exported.getString("commitments[1].duePrecision"), equalTo("MONTH"));
        assertThat(exported.getString("commitments[1].dueDate"), equalTo("2026-06-30"));
        assertThat(exported.getString("commitments[1].responsibleBody"), equalTo("Ministry of Roads"));
        assertThat(exported.getString("commitments[2].undated"), equalTo("Ongoing"));
        assertThat(exported.get("commitments[2].dueDate"), nullValue());
        assertThat(exported.getList("commitments[2].milestones.reference"), contains("2.2", "2.1"));
        assertThat(exported.getList("commitments[2].milestones.undated"), contains(null, "90 days after guidance"));

        Map<String, Object> first = exported.getMap("");
        // The same agreement is here already: the copy is asked for (again=true), as a second agreement.
        long copy = json().body(first).post("/api/agreements/import?again=true").then().statusCode(201).extract().jsonPath()
                .getLong("agreementId");
        // The same document but for its hash chain: the copy starts a chain of its own.
        Map<String, Object> again = new java.util.LinkedHashMap<>(get("/api/agreements/" + copy + "/export").getMap(""));
        Map<String, Object> firstWithoutChain = new java.util.LinkedHashMap<>(first);
        firstWithoutChain.remove("ledger");
        assertThat(again.remove("ledger"), notNullValue());
        assertThat(again, equalTo(firstWithoutChain));
        json().get("/api/commitments?agreement={id}&reference=3", copy).then().statusCode(200)
                .body("items[0].status", equalTo("DONE")).body("items[0].completionEvidenced", equalTo(false));
        assertThat(copy, not(equalTo(original)));
    }

    @Test
    void aDocumentStillNeedsEvidenceForDoneAndAnUndatedItemHasNoBaseline() {
        Body doc = Body.of("format", "pacta.roadmap.v1", "agreement", Map.of("title", Api.unique("Plan"), "parties",
                List.of(party)), "commitments", List.of(Map.of("title", "Done, says the plan", "responsibleParty", party,
                "dueDate", "2026-02-01", "status", "DONE")));
        json().body(doc).post("/api/agreements/import").then().spec(problem(422))
                .body("errors.path", contains("$.commitments[0].evidence"));
        json().body(doc.with("commitments", List.of(Map.of("title", "Two", "responsibleParty", party, "undated", "Soon",
                "baselineDueDate", "2026-01-01")))).post("/api/agreements/import").then().spec(problem(422))
                .body("errors.path", contains("$.commitments[0].undated"));
    }

    @Test
    void theCalendarShowsWhatHasADateAndNamesItsPeriod() {
        String ics = Api.given().get("/api/calendar/agreements/" + original + ".ics").then().statusCode(200)
                .extract().asString().replace("\r\n ", "");
        assertThat(ics, containsString("[by the end of June 2026]"));
        assertThat(ics, containsString("Milestone: Pilot"));
        assertThat(ics, containsString("[by the end of Q2 2026]"));
        assertThat(ics, containsString("DTSTART;VALUE=DATE:20260630"));
        assertThat(ics, not(containsString("commitment-" + ongoing + "@pacta")));
    }
}
