package org.pacta.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.anonymous;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.progress;
import static org.pacta.testsupport.Api.reviseDeadline;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.Sheet;
import org.pacta.sheet.SheetReader;
import org.pacta.sheet.SheetRow;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * A plan as officials keep it (numbering, a lead agency, a milestone, a revised deadline, a completion with evidence,
 * a quarter, an item without a date, and text that tries to run as a formula or script, in Persian with emoji) goes
 * out as a workbook and as CSV, and Pacta's own reader reads every cell of both back as written.
 */
@QuarkusTest
class PlanExportTest {

    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String PERSIAN_BODY = "وزارت راه و شهرسازی";
    static final String PERSIAN_NOTE = "پیشرفت خوب است 🚆✅";

    @Inject
    MutableClock clock;

    String party;
    String other;
    long agreement;
    long done;
    long ongoing;

    @BeforeEach
    void aPlanAsWritten() {
        clock.set(TestClockProducer.START);
        party = party("Asia/Tehran");
        other = party("UTC");
        agreement = agreement(agreementBody(party, other));
        long main = commitment(agreement, commitmentBody(party).without("dueAt").with("dueDate", "2026-06-30")
                .with("title", "Open the rail corridor").with("reference", "1").with("description", SCRIPT)
                .with("responsibleBody", "Ministry of Roads")
                .with("owner", Map.of("name", "Ali Rezaei", "email", "a.rezaei@example.org"))
                .with("tags", List.of("rail", "budget")).with("priority", "HIGH").with("startOn", "2026-03-10"));
        milestone(main, Body.of("title", "Pilot", "dueDate", "2026-11-15", "duePrecision", "QUARTER", "reference", "1.10"));
        milestone(main, Body.of("title", "Survey", "dueDate", "2026-04-01", "reference", "1.2",
                "completedAt", "2026-02-28T09:00:00Z", "evidence", "Survey report no. 7"));
        long revised = commitment(agreement, commitmentBody(party).without("dueAt").with("dueDate", "2026-04-30")
                .with("title", "Harmonise tariffs").with("reference", "2").with("status", "AT_RISK"));
        reviseDeadline(revised, Body.of("dueDate", "2026-05-10", "duePrecision", "MONTH", "reason", "Budget approved late"));
        commitment(agreement, commitmentBody(party).without("dueAt").with("dueDate", "2026-08-01")
                .with("duePrecision", "QUARTER").with("title", "Train the customs staff").with("reference", "3"));
        done = commitment(agreement, commitmentBody(other).without("dueAt").with("dueDate", "2026-04-15")
                .with("title", "Sign the protocol").with("reference", "4"));
        progress(done, Body.of("status", "DONE", "note", "Signed in Tehran", "evidence",
                List.of("https://example.org/protocol.pdf", "https://example.org/photo.jpg")));
        ongoing = commitment(agreement, commitmentBody(party).without("dueAt").with("undated", "Ongoing")
                .with("title", FORMULA).with("responsibleBody", PERSIAN_BODY));
        progress(ongoing, Body.of("status", "IN_PROGRESS", "note", "First steps"));
        progress(ongoing, Body.of("note", PERSIAN_NOTE));
        milestone(ongoing, Body.of("title", "@SUM(1+1)", "undated", "90 days after guidance"));
    }

    /**
     * Every row as the export should write it, in the import's columns. The CSV disarms formulas with an apostrophe,
     * which Pacta's reader takes off again.
     */
    private List<List<String>> expected() {
        String formula = FORMULA;
        return List.of(
                row("4", "", "Sign the protocol", "", other, "", "", "", "2026-04-15", "", "", "DONE", "2026-03-01",
                        "https://example.org/protocol.pdf\nhttps://example.org/photo.jpg", "Signed in Tehran", "NORMAL", "", ""),
                row("2", "", "Harmonise tariffs", "", party, "", "", "", "2026-05", "2026-04-30", "Budget approved late",
                        "AT_RISK", "", "", "", "NORMAL", "", ""),
                row("1", "", "Open the rail corridor", SCRIPT, party, "Ministry of Roads", "Ali Rezaei",
                        "a.rezaei@example.org", "2026-06-30", "", "", "PLANNED", "", "", "", "HIGH", "budget, rail",
                        "2026-03-10"),
                row("1.2", "1", "Survey", "", "", "", "", "", "2026-04-01", "", "", "DONE", "2026-02-28",
                        "Survey report no. 7", "", "", "", ""),
                row("1.10", "1", "Pilot", "", "", "", "", "", "Q4 2026", "", "", "", "", "", "", "", "", ""),
                row("3", "", "Train the customs staff", "", party, "", "", "", "Q3 2026", "", "", "PLANNED", "", "", "",
                        "NORMAL", "", ""),
                row("", "", formula, "", party, PERSIAN_BODY, "", "", "Ongoing", "", "", "IN_PROGRESS", "", "",
                        PERSIAN_NOTE, "NORMAL", "", ""),
                row("", formula, "@SUM(1+1)", "", "", "", "", "", "90 days after guidance", "", "",
                        "", "", "", "", "", "", ""));
    }

    private static List<String> row(String... cells) {
        assertThat("one value per column", cells.length, equalTo(ImportField.values().length));
        return Arrays.asList(cells);
    }

    private static List<String> headers() {
        return Arrays.stream(ImportField.values()).map(ImportField::header).toList();
    }

    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (SheetRow r : sheet.rows()) {
            out.add(r.cells());
        }
        return out;
    }

    private Response export(String query) {
        return Api.given().get("/api/agreements/" + agreement + "/commitments/export" + query);
    }

    @Test
    void theWorkbookReadsBackCellForCell() throws IOException {
        Response r = export("");
        r.then().statusCode(200)
                .header("Content-Type", startsWith(PlanFormat.XLSX_TYPE))
                .header("Content-Disposition", equalTo("attachment; filename=\"agreement-" + agreement + "-commitments.xlsx\""));
        byte[] bytes = r.asByteArray();

        Sheet sheet = SheetReader.read(bytes, "x.xlsx", null, null);
        assertThat(sheet.sheets(), contains("Plan"));
        assertThat(sheet.headerRow(), equalTo(1));
        assertThat(sheet.columns(), equalTo(headers()));
        assertThat(cells(sheet), equalTo(expected()));

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            Cell deadline = rows.get(1).getCell(ImportField.DUE_DATE.ordinal());
            assertThat("a day is a real date a spreadsheet can sort and compute with", deadline.getType(), equalTo(CellType.NUMBER));
            assertThat(deadline.getDataFormatString(), equalTo("yyyy-mm-dd"));
            Cell reference = rows.get(5).getCell(ImportField.REFERENCE.ordinal());
            assertThat("1.10 is text, not the number 1.1", reference.getType(), equalTo(CellType.STRING));
            Cell formula = rows.get(7).getCell(ImportField.TITLE.ordinal());
            assertThat("text that looks like a formula stays text", formula.getType(), equalTo(CellType.STRING));
            assertThat(formula.getRawValue(), equalTo(FORMULA));
        }
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndReadsBackCellForCell() {
        Response r = export("?format=csv");
        r.then().statusCode(200)
                .header("Content-Type", equalTo("text/csv; charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"agreement-" + agreement + "-commitments.csv\""));
        byte[] bytes = r.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3), equalTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertThat("lines end in CRLF", new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                containsString("Start\r\n"));

        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat("a formula is written disarmed", text, containsString(",'" + FORMULA + ","));
        assertThat(text, containsString(",'@SUM(1+1),"));

        // Pacta's reader takes the apostrophe off again.
        Sheet sheet = SheetReader.read(bytes, "x.csv", null, null);
        assertThat(sheet.encoding(), equalTo("UTF-8"));
        assertThat(sheet.delimiter(), equalTo(","));
        assertThat(sheet.columns(), equalTo(headers()));
        assertThat(cells(sheet), equalTo(expected()));
    }

    @Test
    void aCsvExportedImportsIntoANewAgreementAndExportsTheSameText() {
        long plan = agreement(agreementBody(party));
        commitment(plan, commitmentBody(party).without("dueAt").with("dueDate", "2026-09-30").with("reference", "1")
                .with("title", "-5% emissions by 2030").with("description", "=target, as agreed")
                .with("responsibleBody", "+ the regional offices"));
        long second = commitment(plan, commitmentBody(party).without("dueAt").with("dueDate", "2026-10-31")
                .with("reference", "2").with("title", "=target").with("description", "'quoted' as written"));
        milestone(second, Body.of("title", "@mention the ministry", "dueDate", "2026-10-01", "reference", "2.1"));
        String first = Api.given().get("/api/agreements/" + plan + "/commitments/export?format=csv").then().statusCode(200)
                .extract().asString();
        assertThat(first, containsString("'-5% emissions by 2030"));

        String mapping = Arrays.stream(ImportField.values()).map(f -> "\"" + f.header() + "\":\"" + f.key() + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{\"columns\":{", "},\"party\":\"" + party + "\"}"));
        long copy = Api.given().multiPart("file", "plan.csv", first.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .multiPart("mapping", mapping).multiPart("title", Api.unique("Copy")).multiPart("parties", party)
                .post("/api/imports").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("agreementId");

        Api.given().get("/api/agreements/" + copy + "/commitments").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.contains("-5% emissions by 2030", "=target"))
                .body("items[0].description", equalTo("=target, as agreed"))
                .body("items[0].responsibleBody", equalTo("+ the regional offices"))
                .body("items[1].description", equalTo("'quoted' as written"));
        String again = Api.given().get("/api/agreements/" + copy + "/commitments/export?format=csv").then().statusCode(200)
                .extract().asString();
        assertThat(again, equalTo(first));
    }

    @Test
    void aWorkbookExportedImportsIntoANewAgreementAndExportsTheSame() {
        byte[] first = export("").asByteArray();
        // The mapping the preview suggests for the export's own headers; "party" only because the import asks milestone
        // rows for a responsible party too (reported to the import's author), which the export leaves blank.
        Map<String, ImportField> suggested = Api.given().multiPart("file", "plan.xlsx", first, PlanFormat.XLSX_TYPE)
                .post("/api/imports/preview").then().statusCode(200).extract().jsonPath().getMap("suggested");
        String mapping = Arrays.stream(ImportField.values())
                .map(f -> "\"" + f.header() + "\":\"" + f.key() + "\"").collect(java.util.stream.Collectors.joining(",", "{\"columns\":{", "},\"party\":\"" + party + "\"}"));
        assertThat(suggested.size(), equalTo(ImportField.values().length));
        long copy = Api.given().multiPart("file", "plan.xlsx", first, PlanFormat.XLSX_TYPE)
                .multiPart("mapping", mapping).multiPart("title", Api.unique("Copy")).multiPart("parties", party + "," + other)
                .post("/api/imports").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("agreementId");
        byte[] again = Api.given().get("/api/agreements/" + copy + "/commitments/export").then().statusCode(200)
                .extract().asByteArray();
        assertThat(cells(SheetReader.read(again, "x.xlsx", null, null)), equalTo(expected()));
    }

    @Test
    void theListsFiltersNarrowTheExport() {
        Sheet onlyDone = SheetReader.read(export("?format=csv&status=DONE").asByteArray(), "x.csv", null, null);
        assertThat(cells(onlyDone), equalTo(expected().subList(0, 1)));
        Sheet byBody = SheetReader.read(export("?format=csv&responsibleBody=ministry of roads").asByteArray(), "x.csv",
                null, null);
        assertThat("a commitment comes with its milestones", cells(byBody), equalTo(expected().subList(2, 5)));
        Sheet byParty = SheetReader.read(export("?format=csv&responsibleParty=" + other).asByteArray(), "x.csv", null, null);
        assertThat(cells(byParty), equalTo(expected().subList(0, 1)));
        export("?format=csv&party=" + party + "&responsibleParty=" + other).then().spec(problem(422));
        export("?status=FINISHED").then().spec(problem(422));
    }

    @Test
    void anUnknownFormatIsRefusedWithTheFormatsThatExist() {
        export("?format=pdf").then().spec(problem(400))
                .body("detail", containsString("\"pdf\" is not a format"))
                .body("detail", containsString("format=xlsx"))
                .body("detail", containsString("format=csv"));
        Api.given().get("/api/imports/template?format=ods").then().spec(problem(400));
    }

    @Test
    void whoMayReadTheListMayExportItAndNoOneElse() {
        String list = "/api/agreements/" + agreement + "/commitments";
        String exported = list + "/export";
        int listed = anonymous().get(list).statusCode();
        assertThat("a private agreement is hidden from anonymous readers", listed, equalTo(404));
        anonymous().get(exported).then().spec(problem(404));
        anonymous().get(exported + "?format=csv").then().spec(problem(404));
        Api.given().get("/api/agreements/999999999/commitments/export").then().spec(problem(404));

        Accounts.Account outsider = Accounts.official(party("UTC"));
        outsider.given().get(list).then().statusCode(200);
        outsider.given().get(exported).then().statusCode(200);

        long open = agreement(agreementBody(party).with("public", true));
        commitment(open, commitmentBody(party).with("title", "Public one")
                .with("owner", Map.of("name", "Ali Rezaei", "email", "a.rezaei@example.org")));
        Sheet seen = SheetReader.read(anonymous().get("/api/agreements/" + open + "/commitments/export?format=csv")
                .then().statusCode(200).extract().asByteArray(), "x.csv", null, null);
        assertThat(seen.cell(seen.rows().get(0), "Commitment"), equalTo("Public one"));
        assertThat("anonymous readers never see owners", seen.cell(seen.rows().get(0), "Owner"), equalTo(""));
        assertThat(seen.cell(seen.rows().get(0), "Email"), equalTo(""));
    }

    @Test
    void theAgreementPageOffersBothDownloadsInTheReadersLanguage() {
        String page = Api.given().accept("text/html").get("/agreements/" + agreement).then().statusCode(200).extract().asString();
        assertThat(page, containsString("href=\"/api/agreements/" + agreement + "/commitments/export?format=xlsx\""));
        assertThat(page, containsString(">Export (Excel)</a>"));
        assertThat(page, containsString("href=\"/api/agreements/" + agreement + "/commitments/export?format=csv\""));
        assertThat(page, containsString(">Export (CSV)</a>"));
        String russian = Api.given().accept("text/html").header("Accept-Language", "ru").get("/agreements/" + agreement)
                .then().statusCode(200).extract().asString();
        assertThat(russian, containsString(">Экспорт (Excel)</a>"));
    }
}
