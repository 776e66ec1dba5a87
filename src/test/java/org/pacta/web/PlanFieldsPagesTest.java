package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.pacta.web.HostileTextPagesTest.HOSTILE;
import static org.pacta.web.HostileTextPagesTest.SCRIPT;
import static org.pacta.web.HostileTextPagesTest.SCRIPT_ESCAPED;
import static org.pacta.web.HostileTextPagesTest.isSafe;
import static org.pacta.web.HostileTextPagesTest.showsItAsText;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Html;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.TestClockProducer;

/**
 * The fields plans bring (a responsible body, a reference, an undated item's words) hold markup, script, Persian
 * and emoji here: every page shows them as text, and the forms that edit them keep what was typed.
 */
@QuarkusTest
class PlanFieldsPagesTest {

    @Inject
    MutableClock clock;

    private String party;
    private long agreement;
    private long undated;
    private long dated;

    @BeforeEach
    void hostilePlanFields() {
        clock.set(TestClockProducer.START);
        party = Api.party("Asia/Tehran");
        agreement = Api.agreement(Api.agreementBody(party).with("public", true));
        undated = Api.commitment(agreement, Api.commitmentBody(party).without("dueAt").with("undated", HOSTILE)
                .with("responsibleBody", HOSTILE).with("reference", SCRIPT + Api.uniqueCode()));
        dated = Api.commitment(agreement, Api.commitmentBody(party).with("dueAt", Api.daysAfterStart(1).toString())
                .with("responsibleBody", HOSTILE).with("reference", SCRIPT + Api.uniqueCode()));
        Api.milestone(dated, Body.of("title", "Checkpoint", "undated", HOSTILE, "reference", SCRIPT + Api.uniqueCode()));
        clock.set(Api.daysAfterStart(3));
    }

    @Test
    void pagesShowTheNewFieldsAsText() {
        PageSession official = Personas.official(party).session();
        String body = URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8).replace("+", "%20");
        Map<String, PageSession> pages = Map.of(
                "/commitments/" + undated, PageSession.anonymous(),
                "/commitments/" + dated, PageSession.anonymous(),
                "/agreements/" + agreement, PageSession.anonymous(),
                "/commitments/" + undated + "/edit", official,
                "/reports/overdue?agreement=" + agreement, PageSession.anonymous(),
                "/reports/overdue?responsibleBody=" + body, PageSession.anonymous());
        pages.forEach((path, who) -> {
            String html = who.page(path);
            isSafe(path, html);
            showsItAsText(path, html);
        });
        String page = PageSession.anonymous().page("/commitments/" + undated);
        assertThat(page, containsString("No fixed date: " + SCRIPT_ESCAPED));
        assertThat(page, containsString("<dd><bdi>" + SCRIPT_ESCAPED)); // the reference and the body
        String report = PageSession.anonymous().page("/reports/overdue?responsibleBody=" + body);
        assertThat(report, containsString("/commitments/" + dated + "\""));
    }

    @Test
    void theEditFormKeepsTheUndatedWordsAndRefusesADuplicateReferenceBesideItsField() {
        PageSession official = Personas.official(party).session();
        String form = official.page("/commitments/" + undated + "/edit");
        assertThat(Html.attr(Html.tag(form, "undated"), "value"), containsString(SCRIPT_ESCAPED));
        assertThat(Html.attr(Html.tag(form, "dueDate"), "value"), equalTo(""));
        String taken = Api.getCommitment(dated).getString("reference");

        var answer = official.submit("/commitments/" + undated + "/edit", Map.ofEntries(
                Map.entry("version", versionOf(undated)),
                Map.entry("title", "Renamed"), Map.entry("responsibleParty", party), Map.entry("undated", "Ongoing"),
                Map.entry("duePrecision", "DAY"), Map.entry("reference", taken), Map.entry("priority", "NORMAL"),
                Map.entry("status", "PLANNED"), Map.entry("responsibleBody", "Ministry of Roads")));
        assertThat(answer.statusCode(), equalTo(422));
        String html = answer.asString();
        assertThat(Html.text(html, "reference-error"), containsString("commitment #" + dated));
        assertThat(Html.attr(Html.tag(html, "undated"), "value"), equalTo("Ongoing"));
        assertThat(Html.attr(Html.tag(html, "responsibleBody"), "value"), equalTo("Ministry of Roads"));
        assertThat(Api.getCommitment(undated).getString("undated"), equalTo(HOSTILE));

        var saved = official.submit("/commitments/" + undated + "/edit", Map.ofEntries(
                Map.entry("version", versionOf(undated)), Map.entry("title", "Renamed"), Map.entry("responsibleParty", party),
                Map.entry("undated", "Ongoing"), Map.entry("duePrecision", "DAY"), Map.entry("reference", "9.9"),
                Map.entry("priority", "NORMAL"), Map.entry("status", "PLANNED"), Map.entry("responsibleBody", "Ministry of Roads")));
        assertThat(saved.statusCode(), equalTo(303));
        var read = Api.getCommitment(undated);
        assertThat(List.of(read.getString("undated"), read.getString("reference"), read.getString("responsibleBody")),
                equalTo(List.of("Ongoing", "9.9", "Ministry of Roads")));
    }

    private static String versionOf(long id) {
        return String.valueOf(Api.getCommitment(id).getLong("version"));
    }
}
