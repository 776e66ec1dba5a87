package org.pacta.commitment;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentCount;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitmentCsvImportTest {

    String tehran;
    String minsk;
    long agreement;

    @BeforeEach
    void anAgreementBetweenTwoParties() {
        tehran = party("Asia/Tehran");
        minsk = party("Europe/Minsk");
        agreement = agreement(tehran, minsk);
    }

    private ValidatableResponse importCsv(String... lines) {
        return given().contentType("text/csv").accept("application/json").body(String.join("\n", lines))
                .post("/api/agreements/{id}/commitments/import", agreement).then();
    }

    @Test
    void everyLineBecomesACommitment() {
        long prerequisite = commitment(agreement, minsk);

        List<Integer> ids = importCsv(
                "title,responsibleParty,dueDate,tags,priority,ownerName,ownerEmail,dependsOn",
                "Open the rail link," + tehran.toLowerCase() + ",2026-01-15,rail;Transport,high,Ali,ali@example.ir,"
                        + prerequisite,
                "\"Customs, phase 2\"," + minsk + ",2026-01-15,,,,,",
                "")
                .statusCode(201)
                .body("agreementId", equalTo((int) agreement))
                .body("created", equalTo(2))
                .extract().path("commitmentIds");

        Map<String, Object> rail = get("/api/commitments/" + ids.get(0)).getMap("");
        assertThat(rail.get("dueAt"), equalTo("2026-01-15T20:30:00Z"));
        assertThat(rail.get("tags"), equalTo(List.of("rail", "transport")));
        assertThat(rail.get("priority"), equalTo("HIGH"));
        assertThat(rail.get("dependsOn"), equalTo(List.of((int) prerequisite)));
        Map<String, Object> customs = get("/api/commitments/" + ids.get(1)).getMap("");
        assertThat(customs.get("title"), equalTo("Customs, phase 2"));
        assertThat(customs.get("dueAt"), equalTo("2026-01-15T21:00:00Z"));
        assertThat(commitmentCount(agreement), equalTo(3L));
    }

    @Test
    void problemsAreReportedByLineAndNothingIsCreated() {
        importCsv(
                "title,responsibleParty,dueDate,status",
                "Fine line," + tehran + ",2026-03-31,PLANNED",
                "Unknown party,NO_SUCH_PARTY,2026-03-31,",
                "Bad date," + minsk + ",31/03/2026,",
                "Bad status," + minsk + ",2026-03-31,SOMEDAY")
                .spec(problem(422))
                .body("detail", containsString("3 problems"))
                .body("errors.line", contains(3, 4, 5))
                .body("errors.field", contains("responsibleParty", "dueDate", "status"))
                .body("errors[1].message", containsString("31/03/2026"));

        assertThat(commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void theHeaderMustNameKnownColumns() {
        importCsv("title,party,deadline", "X," + tehran + ",2026-03-31")
                .spec(problem(422))
                .body("errors.line", contains(1, 1, 1, 1))
                .body("errors.field", contains("party", "deadline", "responsibleParty", "dueDate"));

        assertThat(commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsABadRequest() {
        importCsv("").spec(problem(400));
        importCsv("title,responsibleParty,dueDate").spec(problem(400)).body("detail", containsString("no commitments"));
    }

    @Test
    void aQuoteLeftOpenInTheHeaderIsNamedWithItsLine() {
        importCsv("title,\"responsibleParty,dueDate", "A,BY,2026-03-31")
                .spec(problem(400))
                .body("detail", containsString("Line 1"))
                .body("detail", not(containsString("CSVException")));

        assertThat(commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void onlyCsvIsAccepted() {
        given().contentType("application/json").accept("application/json").body("{}")
                .post("/api/agreements/{id}/commitments/import", agreement).then().spec(problem(415));
    }

    @Test
    void aLineWithTooFewCellsIsReportedNotFatal() {
        importCsv("title,responsibleParty,dueDate", "Only a title")
                .spec(problem(422))
                .body("errors.line", everyItem(equalTo(2)))
                .body("errors.field", hasItem("responsibleParty"));

        assertThat(commitmentCount(agreement), equalTo(0L));
    }

    @Test
    void everyErrorOfALineIsReported() {
        importCsv("title,responsibleParty,dueDate,ownerEmail", "," + tehran + ",2026-03-31,not-an-email")
                .spec(problem(422))
                .body("errors", hasSize(2))
                .body("errors.line", contains(2, 2));
    }
}
