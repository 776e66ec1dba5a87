package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacta.sheet.TestFiles;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Html;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;

/**
 * The spreadsheet import as an official does it in the pages: upload, say what each column holds while seeing the
 * first rows, a dry run that lists what would change and every problem, then the import; mappings saved by name.
 */
@QuarkusTest
class SpreadsheetImportPagesTest {

    private static final String PLAN = "Ref;Action;Lead agency;Deadline;Status\r\n"
            + "1;Publish the budget <script>alert(1)</script>;Ministry of Finance;31.12.2026;In progress\r\n"
            + "1.1;Consult the regions;;30.06.2026;Not started\r\n"
            + "2;Open the procurement data;Treasury;Q3 2026;Not started\r\n";

    @Test
    void anOfficialUploadsMapsChecksAndImportsAWorkbookIntoANewAgreement() {
        String party = Api.party("America/New_York");
        PageSession official = Personas.official(party).session();
        assertThat(official.page("/agreements"), containsString("href=\"/imports/new\""));
        official.page("/imports/new");

        Response kept = upload(official, "plan.xlsx", TestFiles.actionPlanXlsx(), Map.of());
        assertThat(kept.statusCode(), equalTo(303));
        String step = path(kept);
        assertThat(step, startsWith("/imports/"));

        String mapping = official.page(step);
        assertThat("the file is read: its rows and columns counted", mapping, containsString("plan.xlsx</bdi>: 4 rows, 5 columns"));
        Map<String, String> chosen = selections(mapping);
        assertThat("each column's field is suggested by its header", chosen,
                equalTo(Map.of("col0", "reference", "col1", "title", "col2", "responsibleBody", "col3", "dueDate", "col4", "status")));
        assertThat("the first rows are shown as read", mapping, containsString("<td>Publish the open data strategy</td>"));

        Map<String, Object> form = new LinkedHashMap<>(chosen);
        form.put("title", "Open data action plan");
        form.put("parties", party);
        form.put("action", "check");
        Response dry = official.submit(step, form);
        assertThat(dry.statusCode(), equalTo(200));
        String summary = dry.asString();
        assertThat(summary, containsString("Nothing stops this import."));
        assertThat(summary, containsString("4 to create, 0 to update, 0 unchanged."));
        assertThat("the form keeps what was chosen", Html.attr(Html.tag(summary, "title"), "value"), equalTo("Open data action plan"));
        assertThat(Api.total("/api/agreements?q=Open+data+action+plan&size=1"), equalTo(0L));

        form.put("action", "import");
        Response done = official.submit(step, form);
        assertThat(done.statusCode(), equalTo(303));
        String agreementPage = official.page(path(done));
        assertThat(agreementPage, containsString("Publish the open data strategy"));
        assertThat(agreementPage, containsString("Open the spending data"));
        assertThat("the kept file is gone once imported", official.get(step).statusCode(), equalTo(404));
    }

    @Test
    void problemsAreListedWithTheirRowsAndColumnsAndNothingIsImported() {
        String party = Api.party("Europe/Minsk");
        long agreement = Api.agreement(party);
        PageSession official = Personas.official(party).session();
        assertThat(official.page("/agreements/" + agreement), containsString("href=\"/imports/new?agreement=" + agreement + "\""));
        official.page("/imports/new?agreement=" + agreement);
        String bad = PLAN.replace("30.06.2026", "31.02.2026");
        String step = path(upload(official, "plan.csv", bad.getBytes(StandardCharsets.UTF_8), Map.of("agreement", agreement)));
        String mapping = official.page(step);
        assertThat("hostile text of the file is shown as text", mapping, not(containsString("<script>alert(1)")));
        assertThat(mapping, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));

        Map<String, Object> form = new LinkedHashMap<>(selections(mapping));
        form.put("party", party);
        form.put("action", "import");
        Response refused = official.submit(step, form);
        assertThat(refused.statusCode(), equalTo(422));
        String html = refused.asString();
        assertThat(html, containsString("Nothing was imported: 1 problem."));
        assertThat("the problem names its row and column", html, containsString("Row 3, <code>Deadline</code>: "));
        assertThat(Api.total("/api/agreements/" + agreement + "/commitments?size=1"), equalTo(0L));

        form.put("action", "check");
        String fixed = official.submit(step, Map.of("dateOrder", "DMY", "party", party, "action", "check",
                "col0", "reference", "col1", "title", "col3", "dueDate")).asString();
        assertThat("a column left unmapped is not imported; the date problem stays", fixed, containsString("Row 3, <code>Deadline</code>"));
    }

    @Test
    void aMappingSavedByNameIsOfferedForTheNextFileOfTheSameShape() {
        String party = Api.party("Asia/Tehran");
        long agreement = Api.agreement(party);
        PageSession official = Personas.official(party).session();
        official.page("/imports/new?agreement=" + agreement);
        String step = path(upload(official, "plan.csv", PLAN.getBytes(StandardCharsets.UTF_8), Map.of("agreement", agreement)));
        official.page(step);
        String name = "Ministry plans " + Api.uniqueCode();
        Response checked = official.submit(step, Map.of("col0", "reference", "col1", "title", "col3", "dueDate",
                "dateOrder", "DMY", "party", party, "saveAs", name, "action", "check"));
        assertThat(checked.asString(), containsString("3 to create"));

        official.page("/imports/new?agreement=" + agreement);
        String next = path(upload(official, "plan-2.csv", PLAN.getBytes(StandardCharsets.UTF_8), Map.of("agreement", agreement)));
        String offered = official.page(next);
        assertThat(offered, containsString("<option value=\"" + name + "\""));
        String used = official.page(next + "?mapping=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
        Map<String, String> chosen = selections(used);
        assertThat("the saved choices, not the suggestions: Lead agency stays unmapped", chosen.get("col2"), equalTo(""));
        assertThat(chosen.get("col1"), equalTo("title"));
        assertThat(Html.selected(used, "dateOrder"), equalTo("DMY"));
        assertThat(Html.selected(used, "party"), equalTo(party));
    }

    @Test
    void aFileThatCannotBeReadIsToldOnTheSameFormWhichKeepsTheChoices() {
        String party = Api.party("UTC");
        long agreement = Api.agreement(party);
        PageSession official = Personas.official(party).session();
        official.page("/imports/new?agreement=" + agreement);
        Response refused = upload(official, "plan.pdf", "%PDF-1.7 not a sheet".getBytes(StandardCharsets.US_ASCII),
                Map.of("agreement", agreement, "encoding", "windows-1251"));
        assertThat(refused.statusCode(), equalTo(422));
        String html = refused.asString();
        assertThat(html, containsString("PDF"));
        assertThat(Html.selected(html, "encoding"), equalTo("windows-1251"));
        assertThat(html, containsString("name=\"agreement\" value=\"" + agreement + "\""));

        Response none = upload(official, null, null, Map.of("agreement", agreement));
        assertThat(none.statusCode(), equalTo(422));
        assertThat(Html.text(none.asString(), "file-error"), containsString("file"));
    }

    @Test
    void anUploadIsOnlyItsUploadersAndOnlyOfficialsOfTheAgreementStartOne() {
        String party = Api.party("UTC");
        String other = Api.party("UTC");
        long agreement = Api.agreement(party);
        PageSession official = Personas.official(party).session();
        official.page("/imports/new?agreement=" + agreement);
        String step = path(upload(official, "plan.csv", PLAN.getBytes(StandardCharsets.UTF_8), Map.of("agreement", agreement)));

        PageSession colleague = Personas.official(party).session();
        assertThat(colleague.get(step).statusCode(), equalTo(404));
        assertThat(colleague.get("/imports/not-an-upload").statusCode(), equalTo(404));
        assertThat(Personas.official(other).session().get("/imports/new?agreement=" + agreement).statusCode(), equalTo(403));
        assertThat(Personas.monitor().session().get("/imports/new").statusCode(), equalTo(403));
        assertThat(PageSession.anonymous().get("/imports/new").statusCode(), equalTo(302));
        assertThat(official.submitWithout(step, Map.of("action", "check")).statusCode(), equalTo(400));
    }

    @Test
    void aRoadmapSentTwiceFromThePageAsksBeforeMakingASecondAgreement() {
        String party = Api.party("Europe/Minsk");
        String roadmap = "{\"format\": \"pacta.roadmap.v1\", \"agreement\": {\"title\": \"Sent twice " + party
                + "\", \"parties\": [\"" + party + "\"]}, \"commitments\": []}";
        PageSession official = Personas.official(party).session();
        official.page("/import");
        assertThat(roadmapForm(official, roadmap, false).statusCode(), equalTo(303));
        long before = Api.total("/api/agreements?size=1");

        official.page("/import");
        Response asked = roadmapForm(official, roadmap, false);
        assertThat(asked.statusCode(), equalTo(409));
        String html = asked.asString();
        assertThat(html, containsString("is already in Pacta"));
        assertThat("the document is kept to send again", html, containsString("Sent twice " + party));
        assertThat(html, containsString("name=\"again\""));
        assertThat(Api.total("/api/agreements?size=1"), equalTo(before));

        assertThat(roadmapForm(official, roadmap, true).statusCode(), equalTo(303));
        assertThat(Api.total("/api/agreements?size=1"), equalTo(before + 1));
    }

    private static Response roadmapForm(PageSession who, String document, boolean again) {
        RequestSpecification spec = who.request().multiPart(PageSession.CSRF_FIELD, who.csrfToken())
                .multiPart(text("document", document));
        if (again) {
            spec.multiPart(text("again", "yes"));
        }
        return spec.post("/import");
    }

    /** Posts the upload form as its page does: multipart, with the page's CSRF token. */
    private static Response upload(PageSession who, String name, byte[] bytes, Map<String, ?> fields) {
        RequestSpecification spec = who.request().multiPart(PageSession.CSRF_FIELD, who.csrfToken());
        if (bytes != null) {
            spec.multiPart("file", name, bytes);
        }
        fields.forEach((k, v) -> spec.multiPart(text(k, String.valueOf(v))));
        return spec.post("/imports");
    }

    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    private static String path(Response redirect) {
        String location = redirect.header("Location");
        assertThat("a redirect: " + redirect.statusCode() + " " + redirect.asString(), location, org.hamcrest.Matchers.notNullValue());
        return java.net.URI.create(location).getPath();
    }

    /** What each column's select holds now: its selected option, or "" when it is left as not imported. */
    private static Map<String, String> selections(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher select = Pattern.compile("<select id=\"(col\\d+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
            out.put(select.group(1), option.find() ? option.group(1) : "");
        }
        return out;
    }
}
