package org.pacta.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.reviseDeadline;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.platform.PageResult;
import org.pacta.sheet.ColumnSuggestions;
import org.pacta.sheet.ImportField;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * One agreement, five days after the start of time: a slipped commitment 3 days late, a milestone 2 days late,
 * a commitment 1 day late, one not yet due and one done late.
 */
@QuarkusTest
class OverdueReportResourceTest {

    static final String FORMULA_TITLE = "=HYPERLINK(\"https://evil.example\",\"click\")";

    @Inject
    MutableClock clock;

    String party;
    long agreement;
    long slipped;
    long late;
    long milestone;

    @BeforeEach
    void anAgreementFiveDaysIn() {
        clock.set(TestClockProducer.START);
        party = party("Europe/Minsk");
        agreement = agreement(party);
        slipped = commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(1).toString())
                .with("tags", List.of("rail")));
        reviseDeadline(slipped, Body.of("dueAt", daysAfterStart(2).toString(), "reason", "Rolling stock late"));
        late = commitment(agreement, commitmentBody(party).with("title", FORMULA_TITLE)
                .with("dueAt", daysAfterStart(4).toString())
                .with("owner", Map.of("name", "Olga Ivanova", "email", "olga@example.by")));
        milestone = milestone(late, Body.of("title", unique("Draft exchanged"), "dueAt", daysAfterStart(3).toString()));
        commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(10).toString()));
        long doneLate = commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(1).toString()));
        clock.set(daysAfterStart(5));
        markDone(doneLate, "https://example.org/done");
    }

    @Test
    void listsOverdueItemsMostOverdueFirst() {
        json().get("/api/reports/overdue?agreement={id}", agreement).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.kind", contains("COMMITMENT", "MILESTONE", "COMMITMENT"))
                .body("items.id", contains((int) slipped, (int) milestone, (int) late))
                .body("items.daysOverdue", contains(4, 3, 2))
                .body("items[0].slippageDays", equalTo(1))
                .body("items[1].slippageDays", nullValue())
                .body("items[1].commitmentId", equalTo((int) late))
                .body("items[2].slippageDays", equalTo(0))
                .body("items[2].title", equalTo(FORMULA_TITLE))
                .body("items[2].owner.name", equalTo("Olga Ivanova"))
                .body("items[2].responsibleParty", equalTo(party))
                .body("items[2].dueAt", equalTo(daysAfterStart(4).toString()))
                .body("items[2].agreementId", equalTo((int) agreement));
    }

    @Test
    void nothingIsOverdueBeforeTheDeadlines() {
        clock.set(TestClockProducer.START);

        assertThat(get("/api/reports/overdue?agreement=" + agreement).getList("items"), empty());
    }

    @Test
    void filtersByMinimumDaysPartyAndTag() {
        assertThat(ids("agreement=" + agreement + "&minDaysOverdue=3"), contains(slipped, milestone));
        assertThat(ids("party=" + party.toLowerCase()), contains(slipped, milestone, late));
        assertThat(ids("agreement=" + agreement + "&tag=RAIL"), contains(slipped));
    }

    @Test
    void isPaginated() {
        json().get("/api/reports/overdue?agreement={id}&size=2&page=1", agreement).then().statusCode(200)
                .body("total", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.id", contains((int) late));
    }

    @Test
    void aBadFilterIsExplained() {
        json().get("/api/reports/overdue?minDaysOverdue=0").then().spec(problem(422))
                .body("errors.field", hasItem("minDaysOverdue"));
        json().get("/api/reports/overdue?party=NO_SUCH_PARTY").then().spec(problem(422))
                .body("errors.field", hasItem("party"));
        json().get("/api/reports/overdue?agreement=x").then().spec(problem(422));
    }

    @Test
    void theCsvHasEveryRowWithFormulasDisarmed() throws IOException {
        String csv = org.pacta.testsupport.Api.given().accept("text/csv").get("/api/reports/overdue?agreement={id}&size=1", agreement)
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", containsString("overdue-2026-03-06.csv"))
                .extract().asString();

        assertThat("a byte order mark tells spreadsheet programs the file is UTF-8", csv.charAt(0), equalTo('\uFEFF'));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();

        assertThat(rows.stream().map(r -> r.get("Item id")).toList(),
                contains(String.valueOf(slipped), String.valueOf(milestone), String.valueOf(late)));
        assertThat(rows.stream().map(r -> r.get("Days overdue")).toList(), contains("4", "3", "2"));
        assertThat(rows.get(0).get("Slippage days"), equalTo("1"));
        assertThat(rows.get(1).get("Kind"), equalTo("MILESTONE"));
        assertThat(rows.get(2).get("Commitment"), equalTo("'" + FORMULA_TITLE));
        assertThat(rows.get(2).get("Email"), equalTo("olga@example.by"));
        assertThat(rows.get(2).get("Responsible"), equalTo(party));
        assertThat(rows.get(2).get("Due at"), equalTo(daysAfterStart(4).toString()));
        assertThat(rows.get(0).get("Deadline"), equalTo("2026-03-03"));
        assertThat(rows.get(0).get("Original deadline"), equalTo("2026-03-02"));
        assertThat(rows.get(0).get("Status"), equalTo("PLANNED"));
        assertThat("a milestone names its commitment as the import's Parent", rows.get(1).get("Parent"),
                equalTo("'" + FORMULA_TITLE));
        assertThat(rows.get(1).get("Status"), equalTo(""));
        assertThat(rows.get(2).get("Original deadline"), equalTo(""));

        Map<String, ImportField> read = ColumnSuggestions.suggest(List.copyOf(rows.get(0).getParser().getHeaderNames()));
        assertThat("the columns shared with a plan read back as the import's fields", read, equalTo(Map.of(
                "No.", ImportField.REFERENCE, "Commitment", ImportField.TITLE, "Parent", ImportField.PARENT,
                "Responsible", ImportField.RESPONSIBLE_PARTY, "Lead agency", ImportField.RESPONSIBLE_BODY,
                "Owner", ImportField.OWNER_NAME, "Email", ImportField.OWNER_EMAIL, "Deadline", ImportField.DUE_DATE,
                "Original deadline", ImportField.ORIGINAL_DUE_DATE, "Status", ImportField.STATUS)));
    }

    private List<Long> ids(String query) {
        return get("/api/reports/overdue?" + query).getList("items.id", Long.class);
    }

    @Test
    void pastAThousandOverdueItemsTheTotalSaysMoreThanAThousand() {
        long big = agreement(party);
        StringBuilder csv = new StringBuilder("title,responsibleParty,dueAt\n");
        for (int i = 0; i < PageResult.COUNT_CAP + 5; i++) {
            csv.append("Overdue ").append(i).append(',').append(party).append(',').append(daysAfterStart(1)).append('\n');
        }
        Api.given().contentType("text/csv").accept("application/json").body(csv.toString())
                .post("/api/agreements/{id}/commitments/import", big).then().statusCode(201);

        json().get("/api/reports/overdue?agreement={id}&size=20", big).then().statusCode(200)
                .body("total", equalTo(PageResult.COUNT_CAP))
                .body("totalCapped", equalTo(true))
                .body("items.size()", equalTo(20));
        String page = Api.given().accept("text/html").get("/reports/overdue?agreement={id}", big).then().statusCode(200)
                .extract().asString();
        assertThat(page, containsString("More than " + PageResult.COUNT_CAP + " overdue items"));

        json().get("/api/reports/overdue?agreement={id}", agreement).then().statusCode(200)
                .body("total", equalTo(3))
                .body("totalCapped", nullValue());
    }
}
