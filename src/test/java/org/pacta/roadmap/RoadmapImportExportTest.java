package org.pacta.roadmap;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.progress;
import static org.pacta.testsupport.Api.reviseDeadline;
import static org.pacta.testsupport.Api.unique;
import static org.pacta.testsupport.Api.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

@QuarkusTest
class RoadmapImportExportTest {

    @Inject
    MutableClock clock;

    @BeforeEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    static Body roadmap(Body agreement, List<Body> parties, List<Body> commitments) {
        return Body.of("format", "pacta.roadmap.v1", "agreement", agreement, "parties", parties, "commitments", commitments);
    }

    static Body partyPart(String code, String zone) {
        return Body.of("code", code, "name", unique("Government"), "timeZone", zone);
    }

    static Body commitmentPart(String ref, String party, String dueDate) {
        return Body.of("ref", ref, "title", unique("Commitment " + ref), "responsibleParty", party, "dueDate", dueDate);
    }

    @Test
    void aRoadmapIsImportedWithItsPartiesCommitmentsMilestonesAndDependencies() {
        String iran = uniqueCode();
        String belarus = uniqueCode();
        Body doc = roadmap(agreementBody(iran, belarus).with("reviewSchedule", "FREQ=MONTHLY;INTERVAL=3"),
                List.of(partyPart(iran, "Asia/Tehran"), partyPart(belarus, "Europe/Minsk")),
                List.of(commitmentPart("consult", iran, "2026-02-20").with("status", "DONE")
                                .with("completedAt", "2026-02-18T10:00:00Z")
                                .with("evidence", List.of("https://example.org/minutes.pdf")),
                        commitmentPart("rail", belarus, "2026-04-10").with("baselineDueDate", "2026-03-31")
                                .with("deadlineChangeReason", "Waiting for wagons").with("dependsOn", List.of("consult"))
                                .with("milestones", List.of(Body.of("title", "Timetable", "dueDate", "2026-03-15"))),
                        commitmentPart("trade", belarus, "2026-06-30").with("status", "AT_RISK")
                                .with("percentComplete", 40)));

        long id = json().body(doc).post("/api/agreements/import").then().statusCode(201)
                .header("Location", containsString("/api/agreements/"))
                .body("partiesCreated", equalTo(2))
                .body("partiesReused", equalTo(0))
                .body("commitments", equalTo(3))
                .body("milestones", equalTo(1))
                .extract().jsonPath().getLong("agreementId");

        json().get("/api/agreements/{id}", id).then().body("parties", contains(iran, belarus));
        json().get("/api/parties/{code}", belarus).then().statusCode(200).body("timeZone", equalTo("Europe/Minsk"));
        Map<String, Object> rail = get("/api/commitments?agreement=" + id + "&q=rail").getMap("items[0]");
        assertThat(rail.get("dueAt"), equalTo("2026-04-10T21:00:00Z"));
        assertThat(rail.get("baselineDueAt"), equalTo("2026-03-31T21:00:00Z"));
        assertThat(rail.get("slippageDays"), equalTo(10));
        Map<String, Object> consult = get("/api/commitments?agreement=" + id + "&status=DONE").getMap("items[0]");
        assertThat(consult.get("completedAt"), equalTo("2026-02-18T10:00:00Z"));
        assertThat(rail.get("dependsOn"), equalTo(List.of(consult.get("id"))));
        assertThat(get("/api/commitments?agreement=" + id + "&status=AT_RISK").getInt("items[0].percentComplete"),
                equalTo(40));
    }

    /** Everything an import writes has its row, as if each part had been made by hand. */
    @Test
    void anImportLeavesARowForEachPartyCommitmentMilestoneDeadlineChangeAndProgress() {
        String fresh = uniqueCode();
        Body doc = roadmap(agreementBody(fresh), List.of(partyPart(fresh, "Asia/Tehran")),
                List.of(commitmentPart("done", fresh, "2026-02-20").with("status", "DONE")
                                .with("completedAt", "2026-02-18T10:00:00Z")
                                .with("evidence", List.of("https://example.org/minutes.pdf")),
                        commitmentPart("moved", fresh, "2026-04-10").with("baselineDueDate", "2026-03-31")
                                .with("deadlineChangeReason", "Waiting for wagons")
                                .with("milestones", List.of(Body.of("title", "Timetable", "dueDate", "2026-03-15")))));

        long id = json().body(doc).post("/api/agreements/import").then().statusCode(201).extract().jsonPath()
                .getLong("agreementId");

        assertThat(get("/api/audit?itemType=PARTY&itemId=" + fresh).getList("items.action"), contains("CREATE"));
        assertThat(get("/api/audit?itemType=AGREEMENT&itemId=" + id).getList("items.action"), contains("CREATE"));
        long done = get("/api/commitments?agreement=" + id + "&status=DONE").getLong("items[0].id");
        long moved = get("/api/commitments?agreement=" + id + "&status=PLANNED").getLong("items[0].id");
        assertThat(get("/api/commitments/" + done + "/history").getList("items.itemType"),
                containsInAnyOrder("COMMITMENT", "PROGRESS"));
        assertThat(get("/api/commitments/" + moved + "/history").getList("items.itemType"),
                containsInAnyOrder("COMMITMENT", "DEADLINE", "MILESTONE"));
        assertThat(get("/api/commitments/" + moved + "/history").getList("items.after").toString(),
                containsString("Waiting for wagons"));
    }

    @Test
    void existingPartiesWithTheSameZoneAreReused() {
        String existing = party("Europe/Minsk");
        Body doc = roadmap(agreementBody(existing), List.of(partyPart(existing, "Europe/Minsk")),
                List.of(commitmentPart("a", existing, "2026-03-31")));

        json().body(doc).post("/api/agreements/import").then().statusCode(201)
                .body("partiesCreated", equalTo(0))
                .body("partiesReused", equalTo(1));
        json().body(doc.with("parties", List.of(partyPart(existing, "Asia/Tehran")))).post("/api/agreements/import")
                .then().spec(problem(422))
                .body("errors.path", contains("$.parties[0].timeZone"));
    }

    @Test
    void anImportWithThreeProblemsReportsAllThreeAndWritesNothing() {
        String fresh = uniqueCode();
        String member = party();
        String outsider = party();
        Body agreement = agreementBody(fresh, member).with("reviewSchedule", "FREQ=MINUTELY");
        Body doc = roadmap(agreement, List.of(partyPart(fresh, "Europe/Minsk")),
                List.of(commitmentPart("a", outsider, "2026-03-31"),
                        commitmentPart("b", fresh, "2026-04-30").with("dependsOn", List.of("no-such-ref"))));
        Map<String, Object> memberBefore = get("/api/parties/" + member).getMap("");

        json().body(doc).post("/api/agreements/import").then().spec(problem(422))
                .body("detail", containsString("3 problems"))
                .body("errors", hasSize(3))
                .body("errors.path", containsInAnyOrder("$.agreement.reviewSchedule", "$.commitments[0].responsibleParty",
                        "$.commitments[1].dependsOn"));

        json().get("/api/parties/{code}", fresh).then().spec(problem(404));
        assertThat(get("/api/agreements?q=" + agreement.get("title")).getLong("total"), equalTo(0L));
        assertThat(get("/api/agreements?party=" + member).getLong("total"), equalTo(0L));
        assertThat(get("/api/parties/" + member).getMap(""), equalTo(memberBefore));
    }

    @Test
    void aDependencyCycleInTheDocumentIsRefused() {
        String party = party();
        Body doc = roadmap(agreementBody(party), List.of(),
                List.of(commitmentPart("a", party, "2026-03-31").with("dependsOn", List.of("b")),
                        commitmentPart("b", party, "2026-04-30").with("dependsOn", List.of("a"))));

        json().body(doc).post("/api/agreements/import").then().spec(problem(422))
                .body("errors.message", hasItem(containsString("cycle")));

        assertThat(get("/api/agreements?party=" + party).getLong("total"), equalTo(0L));
    }

    @Test
    void aMilestoneCannotBeDueBeforeItsCommitmentStartsAsInTheApi() {
        String party = party();
        Body doc = roadmap(agreementBody(party), List.of(),
                List.of(commitmentPart("a", party, "2026-06-30").with("startOn", "2026-04-01")
                        .with("milestones", List.of(Body.of("title", "Too early", "dueDate", "2026-03-15")))));

        json().body(doc).post("/api/agreements/import").then().spec(problem(422))
                .body("errors.path", contains("$.commitments[0].milestones[0].dueDate"))
                .body("detail", containsString("before the start date"));

        assertThat(get("/api/agreements?party=" + party).getLong("total"), equalTo(0L));
    }

    @Test
    void theDocumentMustSayItsFormatAndHaveAnAgreement() {
        json().body(Body.of("format", "something.else", "agreement", agreementBody(party()))).post("/api/agreements/import")
                .then().spec(problem(422)).body("errors.path", contains("$.format"));
        json().body(Body.of("format", "pacta.roadmap.v1")).post("/api/agreements/import")
                .then().spec(problem(422)).body("errors.path", contains("$.agreement"));
    }

    @Test
    void theSameRoadmapSentTwiceIsRefusedWithTheAgreementAlreadyHereUnlessAskedAgain() {
        String party = party("Europe/Minsk");
        Body doc = roadmap(agreementBody(party).with("title", "Roadmap sent twice " + party), List.of(),
                List.of(commitmentPart("a", party, "2026-03-31")));
        long first = json().body(doc).post("/api/agreements/import").then().statusCode(201)
                .extract().jsonPath().getLong("agreementId");
        long before = Api.total("/api/agreements?size=1");

        json().body(doc).post("/api/agreements/import").then().spec(problem(409))
                .body("detail", containsString("(agreement " + first + ")"))
                .body("detail", containsString("again=true"));
        json().body(doc.with("agreement", agreementBody(party).with("title", "ROADMAP SENT TWICE " + party)))
                .post("/api/agreements/import").then().spec(problem(409));
        assertThat(Api.total("/api/agreements?size=1"), equalTo(before));

        String other = party("Europe/Minsk");
        json().body(roadmap(agreementBody(party, other).with("title", "Roadmap sent twice " + party), List.of(),
                List.of(commitmentPart("a", party, "2026-03-31")))).post("/api/agreements/import").then()
                .statusCode(201);
        long second = json().body(doc).post("/api/agreements/import?again=true").then().statusCode(201)
                .extract().jsonPath().getLong("agreementId");
        assertThat(second, not(equalTo(first)));
    }

    @Test
    void exportThenImportThenExportGivesTheSameDocument() {
        String iran = party("Asia/Tehran");
        String belarus = party("Europe/Minsk");
        long original = agreement(agreementBody(iran, belarus).with("summary", "Cooperation roadmap\nsecond line")
                .with("signedOn", "2023-03-13").with("place", "Tehran").with("sourceUrl", "https://example.org/roadmap")
                .with("reviewSchedule", "FREQ=MONTHLY;INTERVAL=3"));
        long done = commitment(original, commitmentBody(belarus).without("dueAt").with("dueDate", "2026-03-05"));
        markDone(done, "https://example.org/protocol.pdf");
        long rail = commitment(original, commitmentBody(iran).without("dueAt").with("dueDate", "2026-03-20")
                .with("description", "Direct cargo trains").with("startOn", "2026-03-01").with("priority", "HIGH")
                .with("tags", List.of("transport", "rail")).with("owner", Map.of("name", "Ali", "email", "ali@example.ir"))
                .with("dependsOn", List.of(done)));
        milestone(rail, Body.of("title", "Timetable agreed", "dueDate", "2026-03-10", "completed", true,
                "evidence", "Minutes of 10 March"));
        milestone(rail, Body.of("title", "Test train", "dueAt", "2026-03-18T06:00:00Z", "dueZone", "Europe/Moscow"));
        long customs = commitment(original, commitmentBody(belarus).with("dueAt", "2026-03-25T12:00:00Z")
                .with("dueZone", "Europe/Berlin"));
        reviseDeadline(customs, Body.of("dueAt", "2026-04-05T12:00:00Z", "dueZone", "Europe/Berlin",
                "reason", "Customs code under revision"));
        long trade = commitment(original, commitmentBody(iran).with("dependsOn", List.of(rail, customs)));
        progress(trade, Body.of("status", "IN_PROGRESS", "percentComplete", 40));

        JsonPath exported = get("/api/agreements/" + original + "/export");
        assertThat(exported.getList("commitments.ref"), contains("c1", "c2", "c3", "c4"));
        assertThat(exported.getList("commitments[1].milestones.title"), contains("Timetable agreed", "Test train"));
        assertThat(exported.getList("commitments[1].dependsOn"), contains("c1"));
        assertThat(exported.getList("commitments[0].evidence"), contains("https://example.org/protocol.pdf"));
        assertThat(exported.getString("commitments[3].baselineDueAt"), equalTo("2026-03-25T12:00:00Z"));
        assertThat(exported.getString("commitments[3].deadlineChangeReason"), equalTo("Customs code under revision"));
        Map<String, Object> first = exported.getMap("");
        json().body(first).post("/api/agreements/import").then().spec(problem(409));
        long copy = json().body(first).post("/api/agreements/import?again=true").then().statusCode(201)
                .body("partiesReused", equalTo(2)).extract().jsonPath().getLong("agreementId");
        Map<String, Object> second = new java.util.LinkedHashMap<>(get("/api/agreements/" + copy + "/export").getMap(""));

        // The same document but for its hash chain: the copy starts a chain of its own.
        Map<String, Object> firstWithoutChain = new java.util.LinkedHashMap<>(first);
        Object firstChain = firstWithoutChain.remove("ledger");
        Object secondChain = second.remove("ledger");
        assertThat(second, equalTo(firstWithoutChain));
        assertThat(secondChain, not(equalTo(firstChain)));
        assertThat(copy, not(equalTo(original)));
    }
}
