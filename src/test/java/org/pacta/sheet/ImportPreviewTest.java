package org.pacta.sheet;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Api;

/** POST /api/imports/preview: a file as an official has it, read and mapped before anything is imported. */
@QuarkusTest
class ImportPreviewTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ValidatableResponse preview(RequestSpecification who, String name, byte[] file, String type) {
        return who.multiPart("file", name, file, type).post("/api/imports/preview").then();
    }

    @Test
    void anOfficialPreviewsAnActionPlanWorkbook() {
        preview(Accounts.official(Api.party()).given(), "plan.xlsx", TestFiles.actionPlanXlsx(), XLSX)
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("format", equalTo("xlsx"))
                .body("sheets", contains("Plan"))
                .body("sheet", equalTo("Plan"))
                .body("encoding", nullValue())
                .body("headerRow", equalTo(3))
                .body("columns", contains("No.", "Action", "Lead agency", "Deadline", "Status"))
                .body("rows", hasSize(4))
                .body("rowCount", equalTo(4))
                .body("rows[0].row", equalTo(4))
                .body("rows[0].cells", contains("1", "Publish the open data strategy", "GSA and OMB", "2024-12-31", "In progress"))
                .body("rows[2].cells", contains("1.2", "Draft the strategy", "", "Ongoing", ""))
                .body("rows[3].cells[0]", equalTo("2"))
                .body("suggested.'No.'", equalTo("reference"))
                .body("suggested.Action", equalTo("title"))
                .body("suggested.'Lead agency'", equalTo("responsibleBody"))
                .body("suggested.Deadline", equalTo("dueDate"))
                .body("suggested.Status", equalTo("status"))
                .body("fields", hasSize(ImportField.values().length))
                .body("fields", org.hamcrest.Matchers.hasItems("reference", "parent", "responsibleBody", "originalDueDate"))
                .body("problems", hasSize(0));
    }

    @Test
    void aRussianWindows1251SemicolonFileIsDetectedAndMapped() {
        byte[] file = TestFiles.text(TestFiles.RUSSIAN_PLAN, Charset.forName("windows-1251"), false);

        preview(Api.given(), "план.csv", file, "text/csv")
                .statusCode(200)
                .body("format", equalTo("csv"))
                .body("encoding", equalTo("windows-1251"))
                .body("delimiter", equalTo(";"))
                .body("sheets", hasSize(0))
                .body("columns", contains("№", "Мероприятие", "Ответственный исполнитель", "Срок исполнения", "Статус"))
                .body("rows[2].row", equalTo(4))
                .body("rows[2].cells[1]", equalTo("Провести заседание рабочей группы; подготовить протокол"))
                .body("suggested.'№'", equalTo("reference"))
                .body("suggested.'Ответственный исполнитель'", equalTo("responsibleBody"))
                .body("suggested.'Срок исполнения'", equalTo("dueDate"));
    }

    @Test
    void aPersianFileWithAByteOrderMarkAndAChosenEncoding() {
        byte[] file = TestFiles.text(TestFiles.PERSIAN_PLAN, StandardCharsets.UTF_8, true);

        Api.given().multiPart("file", "plan.csv", file, "text/csv").multiPart("encoding", "UTF-8")
                .post("/api/imports/preview").then().statusCode(200)
                .body("encoding", equalTo("UTF-8"))
                .body("columns", contains("ردیف", "عنوان", "دستگاه مسئول", "مهلت", "وضعیت"))
                .body("rows[0].cells[3]", equalTo("۱۴۰۳/۱۰/۱۱"))
                .body("suggested.'مهلت'", equalTo("dueDate"))
                .body("suggested.'وضعیت'", equalTo("status"));
    }

    @Test
    void aNamedSheetIsReadAndAnUnknownOneNamesTheSheetsThatExist() {
        byte[] file = TestFiles.xlsx(TestFiles.sheet("Cover", ws -> ws.value(0, 0, "Roadmap")),
                TestFiles.sheet("Actions", ws -> {
                    ws.value(0, 0, "Task");
                    ws.value(0, 1, "Due");
                    ws.value(1, 0, "Sign");
                    ws.value(1, 1, "Q4 2025");
                }));

        Api.given().multiPart("file", "book.xlsx", file, XLSX).multiPart("sheet", "Actions").post("/api/imports/preview")
                .then().statusCode(200).body("sheet", equalTo("Actions")).body("sheets", contains("Cover", "Actions"))
                .body("suggested.Task", equalTo("title")).body("suggested.Due", equalTo("dueDate"));
        Api.given().multiPart("file", "book.xlsx", file, XLSX).multiPart("sheet", "Budget").post("/api/imports/preview")
                .then().statusCode(422).contentType(startsWith(Api.PROBLEM_JSON))
                .body("detail", equalTo("This workbook has no sheet \"Budget\"; its sheets are \"Cover\", \"Actions\"."))
                .body("errors[0].field", equalTo("sheet"));
    }

    @Test
    void onlyTheFirstTwentyRowsComeBackWithTheCountOfAll() {
        StringBuilder csv = new StringBuilder("Title,Deadline\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("Item ").append(i).append(",2025-01-").append(String.format("%02d", i)).append('\n');
        }

        preview(Api.given(), "plan.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200)
                .body("rows", hasSize(20)).body("rowCount", equalTo(25)).body("rows[19].row", equalTo(21))
                .body("rows[19].cells[0]", equalTo("Item 20"));
    }

    @Test
    void filesPactaDoesNotReadAreRefusedSayingWhatToSaveThemAs() {
        byte[] xls = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, xls, 0, magic.length);

        preview(Api.given(), "plan.xls", xls, "application/vnd.ms-excel").statusCode(400)
                .contentType(startsWith(Api.PROBLEM_JSON))
                .body("detail", containsString("save it as .xlsx or CSV"));
        preview(Api.given(), "plan.pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .statusCode(400).body("detail", containsString("PDF document"));
        preview(Api.given(), "plan.csv", new byte[0], "text/csv").statusCode(400)
                .body("detail", containsString("The file is empty"));
        preview(Api.given(), "plan.csv", "a;\"b\n".getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(400)
                .body("detail", containsString("Line 1: a quoted value is not closed"))
                .body("errors[0].line", equalTo(1));
        preview(Api.given(), "plan.csv", "Title\nx\n".getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200);
        Api.given().multiPart("file", "plan.csv", "Title\nx\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("encoding", "martian").post("/api/imports/preview").then().statusCode(422)
                .body("errors[0].field", equalTo("encoding"));
    }

    @Test
    void aRequestWithoutAFileIsToldToChooseOne() {
        Api.given().multiPart("sheet", "Plan").post("/api/imports/preview").then().statusCode(422)
                .contentType(startsWith(Api.PROBLEM_JSON))
                .body("detail", equalTo("Choose a file to upload: the form field \"file\" is missing or empty."));
    }

    @Test
    void aPlanOfThreeMebibytesIsPreviewed() {
        byte[] file = TestFiles.largePlanCsv(3 * 1024 * 1024);

        // RestAssured sends a multipart body in chunks, without a declared length.
        preview(Accounts.official(Api.party()).given(), "plan.csv", file, "text/csv").statusCode(200)
                .body("rowCount", equalTo(TestFiles.largePlanRows(file)))
                .body("rows[0].cells[0]", equalTo("1"))
                .body("suggested.Ref", equalTo("reference"));
    }

    @Test
    void hostileTextComesBackAsJsonText() {
        String csv = "Title,Notes\n\"<script>alert(1)</script>\",\"\u202Efdp.exe 👍🏽\"\n";

        preview(Api.given(), "plan.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200)
                .contentType(startsWith("application/json"))
                .body("rows[0].cells", contains("<script>alert(1)</script>", "\u202Efdp.exe 👍🏽"));
    }

    @Test
    void monitorsAndSignedOutCallersCannotPreview() {
        byte[] file = "Title\nx\n".getBytes(StandardCharsets.UTF_8);

        preview(Accounts.monitor().given(), "plan.csv", file, "text/csv").statusCode(403)
                .contentType(startsWith(Api.PROBLEM_JSON));
        preview(Api.anonymous(), "plan.csv", file, "text/csv").statusCode(401)
                .contentType(startsWith(Api.PROBLEM_JSON));
    }

    @Test
    void aBrowserSessionNeedsThePagesCsrfTokenAndAnApiTokenDoesNot() {
        Accounts.Account official = Accounts.official(Api.party());
        String session = official.signIn();
        byte[] file = "Title\nx\n".getBytes(StandardCharsets.UTF_8);
        Accounts.Csrf csrf = Accounts.csrfFrom(Accounts.browser(session).get("/"));

        Accounts.browser(session).cookie(Accounts.CSRF_COOKIE, csrf.cookie()).multiPart(Accounts.CSRF_FIELD, csrf.field())
                .multiPart("file", "plan.csv", file, "text/csv").post("/api/imports/preview").then().statusCode(200)
                .body("columns", contains("Title"));
        Accounts.browser(session).cookie(Accounts.CSRF_COOKIE, csrf.cookie()).header("X-CSRF-TOKEN", csrf.field())
                .multiPart("file", "plan.csv", file, "text/csv").post("/api/imports/preview").then().statusCode(200);
        // What another site's form could send with the reader's cookie: no token.
        Accounts.browser(session).multiPart("file", "plan.csv", file, "text/csv").post("/api/imports/preview").then()
                .statusCode(400).contentType(startsWith(Api.PROBLEM_JSON))
                .body("detail", containsString("without the page's CSRF token"));
        // A script with an API token needs no CSRF token, whatever stale CSRF cookie it carries.
        official.given().cookie(Accounts.CSRF_COOKIE, "stale").multiPart("file", "plan.csv", file, "text/csv")
                .post("/api/imports/preview").then().statusCode(200).header("Set-Cookie", nullValue());
    }
}
