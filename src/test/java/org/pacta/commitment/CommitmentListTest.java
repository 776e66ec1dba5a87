package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/** Filters, sorting and pages of /api/commitments, over one agreement's five commitments. */
@QuarkusTest
class CommitmentListTest {

    @Inject
    MutableClock clock;

    String north;
    String south;
    long agreement;
    long lowRail;
    long criticalRail;
    long highWheat;
    long cancelled;
    long done;
    String marker;

    @BeforeEach
    void anAgreementWithFiveCommitments() {
        clock.set(TestClockProducer.START);
        north = party();
        south = party();
        agreement = agreement(north, south);
        marker = unique("wheat").replace(" ", "-");
        lowRail = create(north, 5, "LOW", "PLANNED", List.of("Rail"));
        criticalRail = create(south, 10, "CRITICAL", "IN_PROGRESS", List.of("rail", "customs"));
        highWheat = commitment(agreement, commitmentBody(north).with("dueAt", daysAfterStart(2).toString())
                .with("priority", "HIGH").with("description", "Open the " + marker + " corridor"));
        cancelled = create(south, 20, "NORMAL", "CANCELLED", List.of());
        done = create(north, 1, "HIGH", "PLANNED", List.of());
        markDone(done, "https://example.org/done");
    }

    private long create(String party, int dueInDays, String priority, String status, List<String> tags) {
        return commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(dueInDays).toString())
                .with("priority", priority).with("status", status).with("tags", tags));
    }

    private List<Long> ids(String query) {
        return get("/api/commitments?agreement=" + agreement + "&" + query).getList("items.id", Long.class);
    }

    @Test
    void theDefaultOrderIsByDeadline() {
        assertThat(ids("size=200"), contains(done, highWheat, lowRail, criticalRail, cancelled));
        assertThat(get("/api/agreements/" + agreement + "/commitments").getList("items.id", Long.class),
                contains(done, highWheat, lowRail, criticalRail, cancelled));
    }

    @Test
    void aPartysListKeepsTheOrderAsked() {
        assertThat(ids("party=" + north + "&sort=-priority"), contains(highWheat, done, lowRail));
        assertThat(ids("party=" + north + "&sort=-dueAt"), contains(lowRail, highWheat, done));
        assertThat(get("/api/commitments?party=" + south + "&sort=title&status=CANCELLED").getList("items.id", Long.class),
                contains(cancelled));
    }

    @Test
    void sortsByPriorityDescendingThenDeadline() {
        assertThat(ids("sort=-priority,dueAt"), contains(criticalRail, done, highWheat, cancelled, lowRail));
        assertThat(ids("sort=-dueAt"), contains(cancelled, criticalRail, lowRail, highWheat, done));
    }

    @Test
    void filtersByStatus() {
        assertThat(ids("status=planned,IN_PROGRESS"), contains(highWheat, lowRail, criticalRail));
        assertThat(ids("status=CANCELLED"), contains(cancelled));
    }

    @Test
    void filtersByResponsiblePartyAcrossAgreements() {
        assertThat(get("/api/commitments?party=" + south.toLowerCase()).getList("items.id", Long.class),
                contains(criticalRail, cancelled));
    }

    @Test
    void filtersByTagIgnoringCase() {
        assertThat(ids("tag=RAIL"), contains(lowRail, criticalRail));
        assertThat(ids("tag=customs"), contains(criticalRail));
    }

    @Test
    void filtersByDeadlineWindow() {
        assertThat(ids("dueBefore=2026-03-07"), contains(done, highWheat, lowRail));
        assertThat(ids("dueAfter=2026-03-07"), contains(criticalRail, cancelled));
        assertThat(ids("dueAfter=" + daysAfterStart(2) + "&dueBefore=" + daysAfterStart(10)), contains(highWheat, lowRail));
    }

    @Test
    void findsTextInTitleOrDescription() {
        assertThat(get("/api/commitments?q=" + marker.toUpperCase()).getList("items.id", Long.class), contains(highWheat));
        // A LIKE wildcard typed by a user is searched for literally.
        List<Long> wildcard = json().queryParam("agreement", agreement).queryParam("q", "%").get("/api/commitments")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(wildcard, empty());
    }

    @Test
    void overdueIsDerivedFromTheClockAndOnlyForOpenCommitments() {
        assertThat(ids("overdue=true"), empty());

        clock.set(daysAfterStart(6));

        assertThat(ids("overdue=true"), contains(highWheat, lowRail));
        assertThat(ids("overdue=false"), contains(done, criticalRail, cancelled));
        json().get("/api/commitments/{id}", highWheat).then()
                .body("overdue", equalTo(true))
                .body("daysOverdue", equalTo(5));
        json().get("/api/commitments/{id}", done).then()
                .body("overdue", equalTo(false))
                .body("daysOverdue", equalTo(0));
    }

    @Test
    void aCommitmentIsOverdueFromTheExactInstantOfItsDeadline() {
        clock.set(daysAfterStart(5).minusNanos(1000));
        assertThat(ids("overdue=true"), contains(highWheat));

        clock.advance(Duration.ofNanos(1000));
        assertThat(ids("overdue=true"), contains(highWheat, lowRail));
        json().get("/api/commitments/{id}", lowRail).then().body("daysOverdue", equalTo(1));
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() {
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<Long> items = json().get("/api/commitments?agreement={a}&sort=-priority&size=2&page={p}", agreement, page)
                    .then().statusCode(200)
                    .body("page", equalTo(page))
                    .body("size", equalTo(2))
                    .body("total", equalTo(5))
                    .body("totalPages", equalTo(3))
                    .extract().jsonPath().getList("items.id", Long.class);
            assertThat(items.size(), equalTo(page < 2 ? 2 : 1));
            seen.addAll(items);
        }
        assertThat(seen, containsInAnyOrder(done, highWheat, lowRail, criticalRail, cancelled));
        assertThat(ids("size=2&page=3"), empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "page=-1", "sort=colour", "sort=-priority,owner", "overdue=maybe",
        "status=LATE", "dueBefore=tomorrow", "dueAfter=2026-13-01", "agreement=abc", "party=NO_SUCH_PARTY"})
    void aBadFilterIsExplained(String query) {
        String name = query.substring(0, query.indexOf('='));
        json().get("/api/commitments?" + query).then().spec(problem(422)).body("errors.field", hasItem(name));
    }
}
