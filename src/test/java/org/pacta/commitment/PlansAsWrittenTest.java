package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.commitmentState;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.getCommitment;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.report.Dashboard;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * What real plans hold, through the API: responsible bodies under a party, the plan's own numbering, deadlines named
 * by month, quarter or year, items with no fixed date, and completions reported without evidence.
 */
@QuarkusTest
class PlansAsWrittenTest {

    @Inject
    MutableClock clock;

    @Inject
    CommitmentService commitments;

    @Inject
    Dashboard dashboard;

    @Inject
    org.pacta.report.OverdueReport overdueReport;

    @BeforeEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    @Test
    void aResponsibleBodyIsKeptAndFiltersTheListAndTheOverdueReportWhateverItsCase() {
        String party = party("America/New_York");
        long agreement = agreement(party);
        String body = "GSA and OMB " + unique("");
        long gsa = commitment(agreement, commitmentBody(party).with("responsibleBody", "  " + body + " ")
                .with("dueAt", daysAfterStart(2).toString()));
        long gsaLater = commitment(agreement, commitmentBody(party).with("responsibleBody", body.toUpperCase())
                .with("dueAt", daysAfterStart(3).toString()));
        long other = commitment(agreement, commitmentBody(party).with("responsibleBody", body + " (regional)")
                .with("dueAt", daysAfterStart(2).toString()));
        commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(2).toString()));

        assertThat(getCommitment(gsa).getString("responsibleBody"), equalTo(body));
        String lower = body.toLowerCase();
        assertThat(byBody("/api/commitments", lower).getList("items.id", Long.class), contains(gsa, gsaLater));
        assertThat(byBody("/api/agreements/" + agreement + "/commitments?sort=-dueAt", lower).getList("items.id", Long.class),
                contains(gsaLater, gsa));

        clock.set(daysAfterStart(5));
        assertThat(byBody("/api/reports/overdue", lower).getList("items.id", Long.class), contains(gsa, gsaLater));
        assertThat(byBody("/api/reports/overdue", lower).getList("items.responsibleBody"), contains(body, body.toUpperCase()));
        assertThat(get("/api/reports/overdue?agreement=" + agreement).getList("items.id", Long.class), hasItem(other));

        String page = signedInPage("/reports/overdue?responsibleBody="
                + java.net.URLEncoder.encode(lower, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(page, containsString("/commitments/" + gsa + "\""));
        assertThat(page, not(containsString("/commitments/" + other + "\"")));
        assertThat(page, containsString("value=\"" + body.toLowerCase() + "\"")); // the filter keeps what was typed
    }

    @Test
    void aReferenceIsUniqueWithinAnAgreementAndFindsItsItem() {
        String party = party("Europe/Minsk");
        long agreement = agreement(party);
        long otherAgreement = agreement(party);
        String ref = "1." + unique("").strip();
        long first = commitment(agreement, commitmentBody(party).with("reference", ref));
        Map<String, Object> before = commitmentState(first);

        json().body(commitmentBody(party).with("reference", ref)).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422)).body("errors.field", contains("reference"))
                .body("errors[0].message", containsString("commitment #" + first));
        assertThat(commitmentState(first), equalTo(before));
        long elsewhere = commitment(otherAgreement, commitmentBody(party).with("reference", ref));

        assertThat(get("/api/commitments?reference=" + ref).getList("items.id", Long.class), contains(first, elsewhere));
        assertThat(get("/api/agreements/" + agreement + "/commitments?reference=" + ref).getList("items.id", Long.class),
                contains(first));

        // Sending back what was read keeps the reference; taking another's is refused the same way.
        Body read = Body.from(commitmentState(first));
        json().body(read.with("title", "Renamed")).put("/api/commitments/{id}", first).then().statusCode(200)
                .body("reference", equalTo(ref));
        long second = commitment(agreement, commitmentBody(party).with("reference", ref + ".1"));
        json().body(Body.from(commitmentState(second)).with("reference", ref)).put("/api/commitments/{id}", second)
                .then().spec(problem(422)).body("errors.field", contains("reference"));

        long m = milestone(first, Body.of("title", "Draft", "dueDate", "2026-03-20", "reference", ref + ".a"));
        json().body(Body.of("title", "Again", "dueDate", "2026-03-21", "reference", ref + ".a"))
                .post("/api/commitments/{id}/milestones", second).then().spec(problem(422))
                .body("errors.field", contains("reference")).body("errors[0].message", containsString("milestone #" + m));
        assertThat(get("/api/commitments/" + first + "/milestones").getList("items.reference"), contains(ref + ".a"));
    }

    @Test
    void aDeadlineNamedByMonthQuarterOrYearIsDueAtTheEndOfThePeriodAndReadsAsWritten() {
        String party = party("Asia/Tehran");
        long agreement = agreement(party);
        long month = commitment(agreement, commitmentBody(party).without("dueAt").with("dueDate", "2026-12-05")
                .with("duePrecision", "MONTH"));
        long quarter = commitment(agreement, commitmentBody(party).without("dueAt").with("dueDate", "2026-11-10")
                .with("duePrecision", "QUARTER"));
        long year = commitment(agreement, commitmentBody(party).without("dueAt").with("dueDate", "2027-02-01")
                .with("duePrecision", "YEAR"));

        json().get("/api/commitments/{id}", month).then().statusCode(200).body("duePrecision", equalTo("MONTH"))
                .body("dueDate", equalTo("2026-12-31")).body("dueAt", equalTo("2026-12-31T20:30:00Z"))
                .body("baselineDueAt", equalTo("2026-12-31T20:30:00Z"));
        json().get("/api/commitments/{id}", quarter).then().body("duePrecision", equalTo("QUARTER"))
                .body("dueDate", equalTo("2026-12-31"));
        json().get("/api/commitments/{id}", year).then().body("duePrecision", equalTo("YEAR"))
                .body("dueDate", equalTo("2027-12-31"));

        // What was read goes back unchanged: no deadline change, no reason needed.
        json().body(Body.from(commitmentState(quarter))).put("/api/commitments/{id}", quarter).then().statusCode(200)
                .body("duePrecision", equalTo("QUARTER")).body("dueDate", equalTo("2026-12-31"));
        assertThat(get("/api/commitments/" + quarter + "/deadline-changes").getList("items"), empty());

        assertThat(signedInPage("/commitments/" + month), containsString(">December 2026</time>"));
        assertThat(signedInPage("/commitments/" + quarter), containsString(">Q4 2026</time>"));
        assertThat(signedInPage("/commitments/" + year), containsString(">2027</time>"));
        assertThat(signedInPage("/agreements/" + agreement), containsString(">Q4 2026</time>"));

        json().body(commitmentBody(party).with("duePrecision", "MONTH")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422)).body("errors.field", contains("duePrecision"));
    }

    @Test
    void anUndatedItemKeepsItsWordsIsListedLastAndIsNeverOverdue() {
        String party = party("Europe/Minsk");
        long agreement = agreement(party);
        long dated = commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(1).toString()));
        long undated = commitment(agreement, commitmentBody(party).without("dueAt")
                .with("undated", "90 days after guidance"));
        long later = commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(400).toString()));

        json().get("/api/commitments/{id}", undated).then().statusCode(200)
                .body("undated", equalTo("90 days after guidance")).body("dueAt", nullValue())
                .body("dueDate", nullValue()).body("duePrecision", nullValue()).body("baselineDueAt", nullValue())
                .body("overdue", equalTo(false)).body("slippageDays", equalTo(0));
        String list = "/api/agreements/" + agreement + "/commitments";
        assertThat(get(list).getList("items.id", Long.class), contains(dated, later, undated));
        assertThat(get(list + "?undated=true").getList("items.id", Long.class), contains(undated));
        assertThat(get(list + "?undated=false").getList("items.id", Long.class), contains(dated, later));
        assertThat(get(list + "?dueAfter=2026-01-01").getList("items.id", Long.class), contains(dated, later));

        // Ten years on (read through the services: API tokens last a year), nothing has made it overdue.
        Instant decadeLater = TestClockProducer.START.plus(Duration.ofDays(3650));
        CommitmentFilter ofAgreement = CommitmentFilter.none().withAgreement(agreement);
        CommitmentFilter overdue = new CommitmentFilter(null, true, null, agreement, null, null, null, null);
        CommitmentFilter notOverdue = new CommitmentFilter(null, false, null, agreement, null, null, null, null);
        org.pacta.platform.PageRequest all = org.pacta.platform.PageRequest.of(0, 50);
        assertThat(ids(asPacta(() -> commitments.list(overdue, null, all, decadeLater))), contains(dated, later));
        assertThat(ids(asPacta(() -> commitments.list(notOverdue, null, all, decadeLater))), contains(undated));
        Commitment read = asPacta(() -> commitments.list(ofAgreement, null, all, decadeLater)).items().get(2);
        assertThat(read.isOverdue(decadeLater), equalTo(false));
        assertThat(CommitmentView.of(read, decadeLater, true).daysOverdue(), equalTo(0L));
        assertThat(asPacta(() -> overdueReport.page(new org.pacta.report.OverdueFilter(null, agreement, null, null), all,
                decadeLater)).items().stream().map(org.pacta.report.OverdueItem::id).toList(), contains(dated, later));
        clock.set(daysAfterStart(300));
        assertThat(get(list + "?overdue=true").getList("items.id", Long.class), contains(dated));
        assertThat(getCommitment(undated).getBoolean("overdue"), equalTo(false));

        String page = signedInPage("/commitments/" + undated);
        assertThat(page, containsString("No fixed date: 90 days after guidance"));
        assertThat(page, not(containsString("chip-overdue")));
        assertThat(signedInPage("/agreements/" + agreement), containsString("No fixed date: 90 days after guidance"));
        json().body(commitmentBody(party).without("dueAt").with("dueDate", "2026-04-01").with("undated", "Ongoing"))
                .post("/api/agreements/{id}/commitments", agreement).then().spec(problem(422))
                .body("errors.field", contains("undated"));
    }

    @Test
    void theFirstDateOfAnUndatedItemIsItsBaselineAndADatedItemNeverLosesItsDate() {
        String party = party("Europe/Minsk");
        long agreement = agreement(party);
        long id = commitment(agreement, commitmentBody(party).without("dueAt").with("undated", "Ongoing"));
        Body read = Body.from(commitmentState(id));

        json().body(read.without("undated").with("dueDate", "2026-06-30")).put("/api/commitments/{id}", id)
                .then().spec(problem(422)).body("errors.field", contains("deadlineChangeReason"));
        json().body(read.without("undated").with("dueDate", "2026-06-30").with("deadlineChangeReason", "Plan dated it"))
                .put("/api/commitments/{id}", id).then().statusCode(200)
                .body("undated", nullValue()).body("dueDate", equalTo("2026-06-30"))
                .body("dueAt", equalTo("2026-06-30T21:00:00Z")).body("baselineDueAt", equalTo("2026-06-30T21:00:00Z"))
                .body("slippageDays", equalTo(0));
        json().get("/api/commitments/{id}/deadline-changes", id).then().statusCode(200)
                .body("items.oldDueAt", contains(nullValue())).body("items[0].oldUndated", equalTo("Ongoing"))
                .body("items[0].newDueAt", equalTo("2026-06-30T21:00:00Z")).body("items[0].shiftDays", equalTo(0));

        json().body(Body.of("dueDate", "2026-07-10", "reason", "Slipped")).post("/api/commitments/{id}/deadline", id)
                .then().statusCode(200).body("slippageDays", equalTo(10))
                .body("baselineDueAt", equalTo("2026-06-30T21:00:00Z"));
        json().body(Body.from(commitmentState(id)).without("dueAt", "dueDate").with("undated", "Ongoing"))
                .put("/api/commitments/{id}", id).then().spec(problem(422)).body("errors.field", contains("undated"));

        // A deadline given by POST …/deadline to an undated item is its first date too.
        long other = commitment(agreement, commitmentBody(party).without("dueAt").with("undated", "When funded"));
        json().body(Body.of("dueDate", "2026-05-31", "duePrecision", "MONTH", "reason", "Funded"))
                .post("/api/commitments/{id}/deadline", other).then().statusCode(200)
                .body("baselineDueAt", equalTo("2026-05-31T21:00:00Z")).body("duePrecision", equalTo("MONTH"));
    }

    @Test
    void aCompletionReportedWithoutEvidenceIsDoneButCountedApart() {
        String party = party("UTC");
        long agreement = agreement(party);
        long id = commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(2).toString()));
        json().body(Body.of("status", "DONE", "note", "We did it")).post("/api/commitments/{id}/updates", id)
                .then().spec(problem(422)).body("errors.field", hasItem("evidence"));
        Dashboard.Stats before = dashboard.view(clock.instant().plusSeconds(1), false).stats();

        Instant completed = TestClockProducer.START.minus(Duration.ofDays(3));
        asPacta(() -> commitments.recordImportedCompletion(id, completed, List.of(), null));

        json().get("/api/commitments/{id}", id).then().statusCode(200).body("status", equalTo("DONE"))
                .body("completionEvidenced", equalTo(false)).body("completedAt", equalTo(completed.toString()))
                .body("percentComplete", equalTo(100)).body("overdue", equalTo(false));
        Dashboard.Stats after = dashboard.view(clock.instant().plusSeconds(2), false).stats();
        assertThat(after.doneTotal(), equalTo(before.doneTotal()));
        assertThat(after.doneOnTime(), equalTo(before.doneOnTime()));
        assertThat(after.reportedDone(), equalTo(before.reportedDone() + 1));
        assertThat(signedInPage("/commitments/" + id), containsString("reported complete, no evidence"));

        // Evidence given later makes it an ordinary, evidenced completion.
        json().body(Body.of("note", "The decree", "evidence", List.of("https://example.org/decree")))
                .post("/api/commitments/{id}/updates", id).then().statusCode(201);
        json().get("/api/commitments/{id}", id).then().body("completionEvidenced", equalTo(true));
        Dashboard.Stats evidenced = dashboard.view(clock.instant().plusSeconds(3), false).stats();
        assertThat(evidenced.doneTotal(), equalTo(before.doneTotal() + 1));
        assertThat(evidenced.reportedDone(), equalTo(before.reportedDone()));

        long open = commitment(agreement, commitmentBody(party));
        json().get("/api/commitments/{id}", open).then().body("completionEvidenced", nullValue());
        asPacta(() -> commitments.recordImportedCompletion(open, null, List.of("https://example.org/report"), "From the plan"));
        json().get("/api/commitments/{id}", open).then().body("completionEvidenced", equalTo(true))
                .body("completedAt", equalTo(clock.instant().toString()));
    }

    /** As Pacta itself (an import runs as the official who started it; the rules are the same). */
    private static <T> T asPacta(java.util.function.Supplier<T> work) {
        return org.pacta.security.CurrentUser.asSystem(work);
    }

    private static List<Long> ids(org.pacta.platform.PageResult<Commitment> page) {
        return page.items().stream().map(c -> c.id).toList();
    }

    private static io.restassured.path.json.JsonPath byBody(String path, String body) {
        return json().queryParam("responsibleBody", body).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String signedInPage(String path) {
        return org.pacta.testsupport.Personas.admin().session().page(path);
    }
}
