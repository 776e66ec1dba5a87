package org.pacta.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.sheet.TestFiles;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Api;

/** POST /api/imports: real plans as officials have them, into Pacta in one round, and again without change. */
@QuarkusTest
class PlanImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static ValidatableResponse importing(RequestSpecification who, String name, byte[] file, String mapping,
            Map<String, String> fields) {
        RequestSpecification r = who.multiPart("file", name, file, name.endsWith(".xlsx") ? XLSX : "text/csv")
                .multiPart(text("mapping", mapping));
        fields.forEach((k, v) -> r.multiPart(text(k, v)));
        return r.post("/api/imports").then().log().ifValidationFails();
    }

    /** A text field as browsers and curl send it: UTF-8. */
    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain")
                .charset(StandardCharsets.UTF_8).build();
    }

    static JsonPath commitments(long agreementId) {
        return Api.get("/api/agreements/" + agreementId + "/commitments?size=100");
    }

    static Map<String, Object> byReference(JsonPath list, String reference) {
        return list.getMap("items.find { it.reference == '" + reference + "' }");
    }

    static JsonPath milestones(Object commitmentId) {
        return Api.get("/api/commitments/" + commitmentId + "/milestones?size=100");
    }

    @Test
    void aPlanOfThreeMebibytesGoesThroughADryRun() {
        String party = Api.party();
        byte[] file = org.pacta.sheet.TestFiles.largePlanCsv(3 * 1024 * 1024);
        int rows = org.pacta.sheet.TestFiles.largePlanRows(file);
        String mapping = "{\"columns\": {\"Ref\": \"reference\", \"Title\": \"title\", \"Lead agency\": \"responsibleBody\","
                + " \"Deadline\": \"dueDate\", \"Status\": \"status\", \"Description\": \"description\"}, \"party\": \"" + party + "\"}";

        importing(Accounts.official(party).given(), "plan.csv", file, mapping,
                Map.of("title", "Open data plan in full", "parties", party, "dryRun", "true"))
                .statusCode(200).body("problems", empty()).body("created", equalTo(rows))
                .body("items.findAll { it.kind == 'milestone' }.size()", equalTo(rows / 2));
    }

    @Test
    void anActionPlanWorkbookBecomesANewAgreementWithMilestonesAndComesBackUnchanged() {
        String party = Api.party("America/New_York");
        var official = Accounts.official(party);
        String mapping = "{\"columns\": {\"No.\": \"reference\", \"Action\": \"title\", \"Lead agency\": \"responsibleBody\","
                + " \"Deadline\": \"dueDate\", \"Status\": \"status\"}}";
        Map<String, String> target = Map.of("title", "Open data action plan 2024", "parties", party);

        long before = Api.total("/api/agreements?size=1");
        JsonPath dry = importing(official.given(), "plan.xlsx", PlanFiles.actionPlanXlsx(), mapping,
                Map.of("title", "Open data action plan 2024", "parties", party, "dryRun", "true"))
                .statusCode(200).body("dryRun", equalTo(true)).body("problems", empty())
                .body("created", equalTo(4)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("agreementId", nullValue())
                .body("items.kind", contains("commitment", "milestone", "milestone", "commitment"))
                .extract().jsonPath();
        assertTrue(dry.getList("notes.message").stream().anyMatch(m -> m.toString().contains("recorded as done on 2024-03-31")),
                "a milestone marked Complete without a date is dated by its passed deadline, and told: " + dry.getList("notes"));
        assertEquals(before, Api.total("/api/agreements?size=1"), "a dry run creates nothing");

        JsonPath done = importing(official.given(), "plan.xlsx", PlanFiles.actionPlanXlsx(), mapping, target)
                .statusCode(201).body("dryRun", equalTo(false)).body("created", equalTo(4)).extract().jsonPath();
        long agreementId = done.getLong("agreementId");
        assertEquals("Open data action plan 2024", Api.get("/api/agreements/" + agreementId).getString("title"));

        JsonPath list = commitments(agreementId);
        assertEquals(2, list.getInt("total"));
        Map<String, Object> first = byReference(list, "1");
        assertEquals("Publish the open data strategy", first.get("title"));
        assertEquals("GSA and OMB", first.get("responsibleBody"));
        assertEquals(party, first.get("responsibleParty"));
        assertEquals("2024-12-31", first.get("dueDate"));
        assertEquals("IN_PROGRESS", first.get("status"));
        Map<String, Object> second = byReference(list, "2");
        assertEquals("Treasury", second.get("responsibleBody"));
        assertEquals("2025-06-30", second.get("dueDate"));
        assertEquals("PLANNED", second.get("status"));

        JsonPath ms = milestones(first.get("id"));
        assertEquals(2, ms.getInt("total"));
        Map<String, Object> consult = ms.getMap("items.find { it.reference == '1.1' }");
        assertEquals("Consult the public", consult.get("title"));
        assertEquals("2024-03-31", consult.get("dueDate"));
        assertEquals(true, consult.get("completed"));
        Map<String, Object> draft = ms.getMap("items.find { it.reference == '1.2' }");
        assertEquals("Ongoing", draft.get("undated"));
        assertNull(draft.get("dueAt"), "an undated milestone has no invented date");

        importing(official.given(), "plan.xlsx", PlanFiles.actionPlanXlsx(), mapping, Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4))
                .body("problems", empty());
        assertEquals(2, commitments(agreementId).getInt("total"), "a re-import never doubles the plan");
    }

    @Test
    void aRussianWindows1251PlanWithSemicolonsAndAQuarter() {
        String party = Api.party("Europe/Moscow");
        var official = Accounts.official(party);
        long agreementId = Api.agreement(party);
        // The preview's suggestion, used as it is; the bodies all belong to the one party of the agreement.
        String mapping = Api.given().multiPart("file", "план.csv", PlanFiles.russianCsv(), "text/csv")
                .post("/api/imports/preview").then().statusCode(200).extract().jsonPath().prettify();
        String suggested = new io.restassured.path.json.JsonPath(mapping).getMap("suggested").entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"").reduce((a, b) -> a + ", " + b).map(s -> "{" + s + "}")
                .orElseThrow();

        importing(official.given(), "план.csv", PlanFiles.russianCsv(), suggested, Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(201).body("problems", empty()).body("created", equalTo(4));

        JsonPath list = commitments(agreementId);
        assertEquals(3, list.getInt("total"));
        Map<String, Object> one = byReference(list, "1");
        assertEquals("Подготовить проект соглашения о сотрудничестве", one.get("title"));
        assertEquals("Минэкономразвития России", one.get("responsibleBody"));
        assertEquals("2024-12-31", one.get("dueDate"));
        assertEquals("IN_PROGRESS", one.get("status"));
        Map<String, Object> two = byReference(list, "2");
        assertEquals("Провести заседание рабочей группы; подготовить протокол", two.get("title"));
        assertEquals("QUARTER", two.get("duePrecision"));
        assertEquals("2025-03-31", two.get("dueDate"));
        assertEquals("Увеличить товарооборот до 2,5 млрд долл.", byReference(list, "3").get("title"));
        Map<String, Object> approve = milestones(one.get("id")).getMap("items[0]");
        assertEquals("1.1", approve.get("reference"));
        assertEquals(true, approve.get("completed"));

        importing(official.given(), "план.csv", PlanFiles.russianCsv(), suggested, Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(200).body("unchanged", equalTo(4)).body("created", equalTo(0)).body("updated", equalTo(0));
    }

    @Test
    void aPersianPlanWithSolarHijriDatesInPersianDigits() {
        String party = Api.party("Asia/Tehran");
        var official = Accounts.official(party);
        long agreementId = Api.agreement(party);
        String mapping = "{\"ردیف\": \"reference\", \"عنوان\": \"title\", \"دستگاه مسئول\": \"responsibleBody\","
                + " \"مهلت\": \"dueDate\", \"وضعیت\": \"status\"}";

        importing(official.given(), "برنامه.csv", PlanFiles.persianCsv(), mapping, Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(201).body("problems", empty()).body("created", equalTo(2));

        JsonPath list = commitments(agreementId);
        Map<String, Object> meeting = byReference(list, "۱");
        assertEquals("برگزاری نشست کمیسیون مشترک", meeting.get("title"));
        assertEquals("وزارت امور خارجه", meeting.get("responsibleBody"));
        assertEquals("2024-12-31", meeting.get("dueDate"), "11 Dey 1403 is 31 December 2024");
        assertEquals("IN_PROGRESS", meeting.get("status"));
        Map<String, Object> signed = byReference(list, "۲");
        assertEquals("2025-06-21", signed.get("dueDate"), "31 Khordad 1404 is 21 June 2025");
        assertEquals("DONE", signed.get("status"));
        assertEquals(false, signed.get("completionEvidenced"), "done as the plan reports it, without evidence, is marked so");
        assertNull(signed.get("completedAt"), "a completion reported without a date is not dated by the import");

        importing(official.given(), "برنامه.csv", PlanFiles.persianCsv(), mapping, Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(200).body("unchanged", equalTo(2));
    }

    @Test
    void anEnglishPlanWithMonthNamesQuartersUndatedItemsAndRevisions() {
        String party = Api.party("America/New_York");
        var official = Accounts.official(party);
        long agreementId = Api.agreement(party);
        String mapping = "{\"Ref\": \"reference\", \"Commitment\": \"title\", \"Lead agency\": \"responsibleBody\","
                + " \"Original deadline\": \"originalDueDate\", \"Revised deadline\": \"dueDate\","
                + " \"Reason for revision\": \"revisionReason\", \"Status\": \"status\", \"Completed on\": \"completedOn\","
                + " \"Evidence\": \"evidence\"}";
        Map<String, String> into = Map.of("agreementId", String.valueOf(agreementId));

        importing(official.given(), "nap.csv", PlanFiles.englishCsv(), mapping, into)
                .statusCode(201).body("problems", empty()).body("created", equalTo(6));

        JsonPath list = commitments(agreementId);
        assertEquals(4, list.getInt("total"));
        Map<String, Object> portal = byReference(list, "1");
        assertEquals("2024-09-30", portal.get("dueDate"));
        assertTrue(portal.get("baselineDueAt").toString().startsWith("2024-04-01"), "the original deadline is the baseline: " + portal);
        assertEquals(183, ((Number) portal.get("slippageDays")).intValue());
        assertEquals("DONE", portal.get("status"));
        assertEquals(true, portal.get("completionEvidenced"));
        assertTrue(portal.get("completedAt").toString().startsWith("2024-08-15"), portal.toString());
        JsonPath changes = Api.get("/api/commitments/" + portal.get("id") + "/deadline-changes");
        assertEquals("Procurement of the platform took longer than planned", changes.getString("items[0].reason"));

        Map<String, Object> foia = byReference(list, "2");
        assertEquals("MONTH", foia.get("duePrecision"));
        assertEquals("2024-12-31", foia.get("dueDate"));
        Map<String, Object> staff = byReference(list, "3");
        assertEquals("Ongoing", staff.get("undated"));
        assertEquals(false, staff.get("overdue"), "an undated item is never overdue");
        assertEquals("90 days after guidance", byReference(list, "4").get("undated"));

        JsonPath ms = milestones(portal.get("id"));
        Map<String, Object> standard = ms.getMap("items.find { it.reference == '1.1' }");
        assertEquals("QUARTER", standard.get("duePrecision"));
        assertEquals("2024-03-31", standard.get("dueDate"));
        assertEquals(true, standard.get("completed"));
        Map<String, Object> train = ms.getMap("items.find { it.reference == '1.2' }");
        assertEquals("MONTH", train.get("duePrecision"));
        assertEquals(false, train.get("completed"));

        importing(official.given(), "nap.csv", PlanFiles.englishCsv(), mapping, into)
                .statusCode(200).body("unchanged", equalTo(6)).body("updated", equalTo(0));

        // The plan is revised again: one deadline moves, with its reason; only that item is updated.
        String revised = TestFiles.ENGLISH_PLAN.replace("2,Review the FOIA regulations,DOJ,,December 2024,,In progress,,",
                "2,Review the FOIA regulations,DOJ,,March 2025,Public comments ran longer,In progress,,");
        importing(official.given(), "nap.csv", revised.getBytes(StandardCharsets.UTF_8), mapping, into)
                .statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(5))
                .body("items[0].reference", equalTo("2")).body("items[0].changes", contains("dueDate"));
        Map<String, Object> moved = byReference(commitments(agreementId), "2");
        assertEquals("2025-03-31", moved.get("dueDate"));
        assertEquals("Public comments ran longer",
                Api.get("/api/commitments/" + moved.get("id") + "/deadline-changes").getString("items[0].reason"));
    }

    @Test
    void everyProblemOfTheFileIsToldInOneRoundAndNothingIsWritten() {
        String party = Api.party();
        var official = Accounts.official(party);
        long agreementId = Api.agreement(party);
        String csv = "No.,Action,Deadline,Status,Responsible\n"
                + "1,Sign the protocol,31.02.2025,Done,\n"
                + "2,Open the border crossing,2025-06-30,Maybe,\n"
                + "2,Exchange the lists,2025-07-31,,\n"
                + "3,Hold the forum,2025-09-30,,Atlantis\n"
                + "4,,2025-10-31,,\n";
        String mapping = "{\"No.\": \"reference\", \"Action\": \"title\", \"Deadline\": \"dueDate\", \"Status\": \"status\","
                + " \"Responsible\": \"responsibleParty\"}";

        JsonPath dry = importing(official.given(), "plan.csv", csv.getBytes(StandardCharsets.UTF_8), mapping,
                Map.of("agreementId", String.valueOf(agreementId), "dryRun", "true"))
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> problems = dry.getList("problems");
        assertEquals(5, problems.size(), problems.toString());
        assertEquals(List.of(2, 3, 4, 5, 6), dry.getList("problems.row"));
        assertEquals(List.of("Deadline", "Status", "No.", "Responsible", "Action"), dry.getList("problems.column"));
        assertTrue(dry.getString("problems[0].message").contains("31.02.2025"), problems.toString());
        assertTrue(dry.getString("problems[1].message").contains("Maybe"));
        assertTrue(dry.getString("problems[2].message").contains("row 3"));
        assertTrue(dry.getString("problems[3].message").contains("Atlantis"));

        importing(official.given(), "plan.csv", csv.getBytes(StandardCharsets.UTF_8), mapping,
                Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(422).contentType(containsString(Api.PROBLEM_JSON))
                .body("detail", containsString("5 problem(s); nothing was imported")).body("problems", hasSize(5));
        assertEquals(0, commitments(agreementId).getInt("total"), "all or nothing");
    }

    @Test
    void datesThatReadBothWaysAreAskedAboutOnceThenReadAsChosen() {
        String party = Api.party();
        var official = Accounts.official(party);
        long agreementId = Api.agreement(party);
        byte[] csv = "Action,Deadline\nSign,03/04/2025\nRatify,05/06/2025\n".getBytes(StandardCharsets.UTF_8);
        Map<String, String> into = Map.of("agreementId", String.valueOf(agreementId));

        importing(official.given(), "plan.csv", csv, "{\"Action\": \"title\", \"Deadline\": \"dueDate\"}", into)
                .statusCode(422).body("problems", hasSize(1)).body("problems[0].column", equalTo("Deadline"))
                .body("problems[0].message", containsString("dateOrder DMY"));
        importing(official.given(), "plan.csv", csv,
                "{\"columns\": {\"Action\": \"title\", \"Deadline\": \"dueDate\"}, \"dateOrder\": \"MDY\"}", into)
                .statusCode(201).body("created", equalTo(2));
        assertEquals("2025-03-04", commitments(agreementId).getMap("items.find { it.title == 'Sign' }").get("dueDate"));
    }

    @Test
    void aTitleTooLongIsCutAtAWordAndKeptWholeInTheDescription() {
        String party = Api.party();
        var official = Accounts.official(party);
        long agreementId = Api.agreement(party);
        String title = "Establish a joint commission ".repeat(14).strip();
        byte[] csv = ("Action,Deadline\n\"" + title + "\",2026-12-31\n").getBytes(StandardCharsets.UTF_8);

        importing(official.given(), "plan.csv", csv, "{\"Action\": \"title\", \"Deadline\": \"dueDate\"}",
                Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(201).body("notes.message", hasItem(containsString("cut at a word")));
        Map<String, Object> c = commitments(agreementId).getMap("items[0]");
        String cut = c.get("title").toString();
        assertTrue(cut.length() <= 300 && cut.endsWith(" Establish…") && title.startsWith(cut.substring(0, cut.length() - 1)), cut);
        assertEquals(title, c.get("description"));
    }

    @Test
    void hostileTextIsKeptAsTextAndTheBodiesMapToParties() {
        String us = Api.party("America/New_York");
        String br = Api.party("America/Sao_Paulo");
        var official = Accounts.official(us, br);
        long agreementId = Api.agreement(us, br);
        String csv = "Action,Lead agency,Deadline\n"
                + "\"<script>alert(1)</script>'; drop table commitment; --\",GSA and OMB,2026-12-31\n"
                + "\"توسعهٔ همکاری 🤝 Mercosur\",Itamaraty,2026-11-30\n";
        String mapping = "{\"columns\": {\"Action\": \"title\", \"Lead agency\": \"responsibleBody\", \"Deadline\": \"dueDate\"},"
                + " \"parties\": {\"GSA and OMB\": \"" + us + "\", \"itamaraty\": \"" + br + "\"}}";

        importing(official.given(), "plan.csv", csv.getBytes(StandardCharsets.UTF_8), mapping,
                Map.of("agreementId", String.valueOf(agreementId))).statusCode(201).body("created", equalTo(2));
        JsonPath list = commitments(agreementId);
        assertEquals(us, list.getMap("items.find { it.responsibleBody == 'GSA and OMB' }").get("responsibleParty"));
        assertEquals("<script>alert(1)</script>'; drop table commitment; --",
                list.getMap("items.find { it.responsibleBody == 'GSA and OMB' }").get("title"));
        assertEquals(br, list.getMap("items.find { it.responsibleBody == 'Itamaraty' }").get("responsibleParty"));
    }

    @Test
    void onlyOfficialsOfTheResponsiblePartyImportAndMonitorsCannot() {
        String mine = Api.party();
        String theirs = Api.party();
        long agreementId = Api.agreement(mine, theirs);
        byte[] csv = "Action,Responsible,Deadline\nBuild the bridge,THEIRS,2026-12-31\n".replace("THEIRS", theirs)
                .getBytes(StandardCharsets.UTF_8);
        String mapping = "{\"Action\": \"title\", \"Responsible\": \"responsibleParty\", \"Deadline\": \"dueDate\"}";
        Map<String, String> into = Map.of("agreementId", String.valueOf(agreementId));

        importing(Accounts.official(mine).given(), "plan.csv", csv, mapping, into)
                .statusCode(422).body("problems[0].message", containsString(theirs));
        importing(Accounts.monitor().given(), "plan.csv", csv, mapping, into).statusCode(403);
        importing(Api.anonymous(), "plan.csv", csv, mapping, into).statusCode(401);
        assertEquals(0, commitments(agreementId).getInt("total"));
        importing(Accounts.official(theirs).given(), "plan.csv", csv, mapping, into).statusCode(201);
    }

    @Test
    void milestoneRowsTakeTheirCommitmentsPartyAndACommitmentWithoutOneIsTold() {
        String a = Api.party();
        String b = Api.party();
        var official = Accounts.official(a, b);
        long agreementId = Api.agreement(a, b);
        String csv = "No.,Action,Responsible,Deadline\n1,Open the office,A,2026-12-31\n1.1,Rent the building,,2026-10-31\n"
                + "2,Hire the staff,,2026-11-30\n";
        String mapping = "{\"No.\": \"reference\", \"Action\": \"title\", \"Responsible\": \"responsibleParty\","
                + " \"Deadline\": \"dueDate\"}";
        Map<String, String> into = Map.of("agreementId", String.valueOf(agreementId));

        importing(official.given(), "plan.csv", csv.replace(",A,", "," + a + ",").getBytes(StandardCharsets.UTF_8), mapping, into)
                .statusCode(422).body("problems", hasSize(1)).body("problems[0].row", equalTo(4))
                .body("problems[0].column", equalTo("Responsible"));
        String fixed = csv.replace(",A,", "," + a + ",").replace("2,Hire the staff,,", "2,Hire the staff," + b + ",");
        importing(official.given(), "plan.csv", fixed.getBytes(StandardCharsets.UTF_8), mapping, into)
                .statusCode(201).body("created", equalTo(3));
        assertEquals("2026-10-31", milestones(byReference(commitments(agreementId), "1").get("id")).getString("items[0].dueDate"));
    }

    @Test
    void badRequestsSayWhatToSend() {
        String party = Api.party();
        var official = Accounts.official(party);
        long agreementId = Api.agreement(party);
        byte[] csv = "Action,Deadline\nSign,2026-12-31\n".getBytes(StandardCharsets.UTF_8);

        importing(official.given(), "plan.csv", csv, "{\"Action\": \"title\"}", Map.of()).statusCode(400)
                .body("detail", containsString("agreementId"));
        importing(official.given(), "plan.csv", csv, "{\"Action\": \"title\"}",
                Map.of("agreementId", "12abc")).statusCode(422).body("errors[0].message", containsString("12abc"));
        importing(official.given(), "plan.csv", csv, "{\"Action\": \"title\"}", Map.of("agreementId", "999999999"))
                .statusCode(404);
        importing(official.given(), "plan.csv", csv, "{not json", Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(422).body("problems[0].message", containsString("not valid JSON"));
        importing(official.given(), "plan.csv", csv, "{\"Action\": \"headline\", \"Nope\": \"title\"}",
                Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(422).body("problems.message", hasItem(containsString("\"headline\" is not a field")))
                .body("problems.message", hasItem(containsString("does not have")));
        importing(official.given(), "plan.csv", csv, "{\"Deadline\": \"dueDate\"}", Map.of("agreementId", String.valueOf(agreementId)))
                .statusCode(422).body("problems[0].message", containsString("Map a column to title"));
        assertFalse(commitments(agreementId).getInt("total") > 0);
    }
}
