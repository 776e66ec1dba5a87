package org.pacta.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.anonymous;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.sheet.ColumnSuggestions;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.Sheet;
import org.pacta.sheet.SheetReader;
import org.pacta.sheet.SheetRow;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Api;

/** The empty plan an official downloads, fills in and imports: its columns are the ones the import recognises. */
@QuarkusTest
class PlanTemplateTest {

    private static byte[] template(String format) {
        return Api.given().get("/api/imports/template?format=" + format).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"pacta-plan-template." + format + "\""))
                .extract().asByteArray();
    }

    private static Map<String, ImportField> byHeader(List<String> columns) {
        Map<String, ImportField> out = new LinkedHashMap<>();
        for (String c : columns) {
            out.put(c, ImportField.ofHeader(c));
        }
        return out;
    }

    private static void hasTheExamples(Sheet sheet) {
        List<SheetRow> rows = sheet.rows();
        assertThat(rows.size(), equalTo(3));
        assertThat(sheet.cell(rows.get(0), "No."), equalTo("1"));
        assertThat(sheet.cell(rows.get(0), "Deadline"), equalTo("2026-12-31"));
        assertThat(sheet.cell(rows.get(0), "Lead agency"), equalTo("Ministry of Digital Affairs"));
        assertThat(sheet.cell(rows.get(1), "No."), equalTo("1.1"));
        assertThat(sheet.cell(rows.get(1), "Parent"), equalTo("1"));
        assertThat(sheet.cell(rows.get(1), "Deadline"), equalTo("Q4 2026"));
        assertThat(sheet.cell(rows.get(2), "No."), equalTo("2"));
        assertThat(sheet.cell(rows.get(2), "Deadline"), equalTo("Ongoing"));
    }

    @Test
    void theWorkbooksColumnsAreRecognisedByTheImportAndExplained() {
        byte[] bytes = template("xlsx");
        Sheet plan = SheetReader.read(bytes, "x.xlsx", null, null);
        assertThat(plan.sheets(), contains("Plan", "Instructions"));
        assertThat(plan.columns(), equalTo(Arrays.stream(ImportField.values()).map(ImportField::header).toList()));
        assertThat("every column is suggested as the field it was written for",
                ColumnSuggestions.suggest(plan.columns()), equalTo(byHeader(plan.columns())));
        hasTheExamples(plan);

        Sheet help = SheetReader.read(bytes, "x.xlsx", "Instructions", null);
        assertThat(help.columns(), contains("Column", "What it holds", "Allowed values", "Also understood as"));
        assertThat(help.rows().stream().map(r -> help.cell(r, "Column")).toList(), equalTo(plan.columns()));
        SheetRow status = help.rows().get(ImportField.STATUS.ordinal());
        assertThat(help.cell(status, "Allowed values"), containsString("IN_PROGRESS: In progress, Ongoing"));
        assertThat(help.cell(status, "Allowed values"), containsString("В работе"));
        SheetRow deadline = help.rows().get(ImportField.DUE_DATE.ordinal());
        for (String form : List.of("2024-12-31", "31.12.2024", "31/12/2024 or 12/31/2024", "31 December 2024", "2024-12",
                "Q4 2024", "H2 2024", "2024", "1403/10/11", "Ongoing")) {
            assertThat(help.cell(deadline, "Allowed values"), containsString(form));
        }
        assertThat(help.cell(deadline, "Also understood as"), containsString("Срок исполнения"));
        assertThat(help.cell(deadline, "Also understood as"), containsString("مهلت"));
        assertThat(help.cell(help.rows().get(ImportField.PRIORITY.ordinal()), "Allowed values"),
                equalTo("LOW, NORMAL, HIGH, CRITICAL"));
    }

    @Test
    void theCsvHasTheSameColumnsAndExamplesWithAByteOrderMark() {
        byte[] bytes = template("csv");
        assertThat(Arrays.copyOf(bytes, 3), equalTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        Sheet plan = SheetReader.read(bytes, "x.csv", null, null);
        assertThat(plan.encoding(), equalTo("UTF-8"));
        assertThat(ColumnSuggestions.suggest(plan.columns()), equalTo(byHeader(plan.columns())));
        hasTheExamples(plan);
    }

    @Test
    void officialsAndAdministratorsDownloadIt() {
        Api.given().get("/api/imports/template").then().statusCode(200)
                .header("Content-Type", startsWith(PlanFormat.XLSX_TYPE));
        Accounts.official(Api.party()).given().get("/api/imports/template?format=csv").then().statusCode(200)
                .header("Content-Type", equalTo("text/csv; charset=UTF-8"));
        Accounts.monitor().given().get("/api/imports/template").then().spec(problem(403));
        anonymous().get("/api/imports/template").then().spec(problem(401));
    }
}
