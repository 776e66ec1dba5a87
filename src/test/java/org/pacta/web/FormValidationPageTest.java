package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Html.attr;
import static org.pacta.testsupport.Html.selected;
import static org.pacta.testsupport.Html.tag;
import static org.pacta.testsupport.Html.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.TestClockProducer;

/**
 * A form with a mistake comes back (422) with the message beside the field it is about (the field marked
 * aria-invalid and described by the message), and with everything else the person typed still in place.
 */
@QuarkusTest
class FormValidationPageTest {

    @Inject
    MutableClock clock;

    private String tehran;
    private long agreement;
    private PageSession official;

    @BeforeEach
    void anOfficialAtTheirForms() {
        clock.set(TestClockProducer.START);
        tehran = Api.party("Asia/Tehran");
        agreement = Api.agreement(tehran, Api.party("Europe/Minsk"));
        official = Personas.official(tehran).session();
    }

    @Test
    void aCommitmentWithABlankTitleComesBackWithTheMessageBesideItAndEverythingElseKept() {
        official.page("/agreements/" + agreement + "/commitments/new");
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("title", "  ");
        typed.put("responsibleParty", tehran);
        typed.put("dueDate", "2026-04-30");
        typed.put("startOn", "2026-04-01");
        typed.put("description", "Line one\nLine \"two\" & three");
        typed.put("ownerName", "Ali Rezaei");
        typed.put("ownerEmail", "ali@example.ir");
        typed.put("tags", "transport, rail");
        typed.put("priority", "HIGH");
        typed.put("status", "IN_PROGRESS");
        Response r = official.submit("/agreements/" + agreement + "/commitments/new", typed);

        assertThat(r.statusCode(), equalTo(422));
        assertThat(r.contentType(), startsWith("text/html"));
        String html = r.asString();
        String title = tag(html, "title");
        assertThat(attr(title, "aria-invalid"), equalTo("true"));
        assertThat(attr(title, "aria-describedby"), equalTo("title-error"));
        assertThat(text(html, "title-error"), equalTo("must not be blank"));
        assertThat(html, containsString("<p class=\"error\" role=\"alert\">Some fields need attention"));
        // Only the title is marked.
        assertThat(html.split("aria-invalid=\"true\"", -1).length - 1, equalTo(1));
        // What was typed is still there.
        assertThat(attr(tag(html, "dueDate"), "value"), equalTo("2026-04-30"));
        assertThat(attr(tag(html, "startOn"), "value"), equalTo("2026-04-01"));
        assertThat(text(html, "description"), equalTo("Line one\nLine &quot;two&quot; &amp; three"));
        assertThat(attr(tag(html, "ownerName"), "value"), equalTo("Ali Rezaei"));
        assertThat(attr(tag(html, "ownerEmail"), "value"), equalTo("ali@example.ir"));
        assertThat(attr(tag(html, "tags"), "value"), equalTo("transport, rail"));
        assertThat(selected(html, "priority"), equalTo("HIGH"));
        assertThat(selected(html, "status"), equalTo("IN_PROGRESS"));
        assertThat(selected(html, "responsibleParty"), equalTo(tehran));
        assertThat(Api.commitmentCount(agreement), equalTo(0L));

        // Corrected, from the page that came back (its own CSRF token), it goes through.
        typed.put("title", "Exchange customs data");
        Response fixed = official.submit("/agreements/" + agreement + "/commitments/new", typed);
        assertThat(fixed.statusCode(), equalTo(303));
        assertThat(fixed.header("Location"), containsString("/commitments/"));
        assertThat(Api.commitmentCount(agreement), equalTo(1L));
    }

    @Test
    void aDateThatIsNotADateIsNamedBesideItsField() {
        official.page("/agreements/" + agreement + "/commitments/new");
        Response r = official.submit("/agreements/" + agreement + "/commitments/new",
                Map.of("title", "Exchange customs data", "responsibleParty", tehran, "dueDate", "2026-02-30"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(attr(tag(html, "dueDate"), "aria-invalid"), equalTo("true"));
        assertThat(attr(tag(html, "dueDate"), "aria-describedby"), containsString("dueDate-error"));
        assertThat(text(html, "dueDate-error"), containsString("is not a date"));
        assertThat(attr(tag(html, "dueDate"), "value"), equalTo("2026-02-30"));
        assertThat(attr(tag(html, "title"), "value"), equalTo("Exchange customs data"));
    }

    @Test
    void anAgreementWithoutPartiesKeepsItsTitleQuotesAndAll() {
        official.page("/agreements/new");
        Response r = official.submit("/agreements/new", Map.of("title", "Memorandum \"on customs\" & trade",
                "summary", "Two lines\nof summary", "signedOn", "2026-02-14", "status", "ACTIVE"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(text(html, "parties-error"), equalTo("must name at least one party"));
        assertThat(attr(tag(html, "title"), "value"), equalTo("Memorandum &quot;on customs&quot; &amp; trade"));
        assertThat(text(html, "summary"), equalTo("Two lines\nof summary"));
        assertThat(attr(tag(html, "signedOn"), "value"), equalTo("2026-02-14"));
    }

    @Test
    void aProgressUpdateOutOfRangeReopensItsFormWithTheMessage() {
        long c = Api.commitment(agreement, tehran);
        official.page("/commitments/" + c);
        Response r = official.submit("/commitments/" + c + "/progress",
                Map.of("status", "IN_PROGRESS", "percentComplete", "150", "note", "Working group met"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        String percent = tag(html, "pr-percent");
        assertThat(attr(percent, "aria-invalid"), equalTo("true"));
        assertThat(attr(percent, "aria-describedby"), equalTo("pr-percent-error"));
        assertThat(attr(percent, "value"), equalTo("150"));
        assertThat(text(html, "pr-percent-error"), containsString("100"));
        assertThat(text(html, "pr-note"), equalTo("Working group met"));
        // The progress form is the one shown open; the others stay closed.
        assertThat(html, containsString("<details open>\n    <summary>Log progress</summary>"));
        assertThat(html, not(containsString("<details open>\n    <summary>Change the deadline</summary>")));
        assertThat(Api.total("/api/commitments/" + c + "/updates"), equalTo(0L));
    }

    @Test
    void doneWithoutEvidenceIsRefusedWithAReasonAndTheCommitmentStaysOpen() {
        long c = Api.commitment(agreement, tehran);
        official.page("/commitments/" + c);
        Response r = official.submit("/commitments/" + c + "/progress",
                Map.of("status", "DONE", "percentComplete", "100", "note", "Delivered"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(html, containsString("evidence"));
        assertThat(html, containsString("class=\"error\""));
        assertThat(text(html, "pr-note"), equalTo("Delivered"));
        assertThat(Api.getCommitment(c).getString("status"), equalTo("PLANNED"));
    }

    @Test
    void aDeadlineMovedWithoutAReasonKeepsTheNewDate() {
        long c = Api.commitment(agreement, tehran);
        official.page("/commitments/" + c);
        Response r = official.submit("/commitments/" + c + "/deadline", Map.of("dueDate", "2026-05-15", "reason", ""));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(attr(tag(html, "dl-reason"), "aria-invalid"), equalTo("true"));
        assertThat(attr(tag(html, "dl-reason"), "aria-describedby"), equalTo("dl-reason-error"));
        assertThat(text(html, "dl-reason-error"), notNullValue());
        assertThat(attr(tag(html, "dl-date"), "value"), equalTo("2026-05-15"));
        assertThat(attr(tag(html, "dl-date"), "aria-invalid"), nullValue());
        assertThat(html, containsString("<details open>\n    <summary>Change the deadline</summary>"));
    }

    @Test
    void aSubscriptionInAnUnknownTimeZoneKeepsTheRest() {
        official.page("/subscriptions?agreement=" + agreement);
        Response r = official.submit("/subscriptions", Map.of("scope", "agreement", "agreementId", Long.toString(agreement),
                "channel", "email", "email", "me@example.org", "leadTimes", "P7D, P1D", "delivery", "immediate",
                "timeZone", "Mars/Olympus_Mons"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(attr(tag(html, "s-zone"), "aria-invalid"), equalTo("true"));
        assertThat(text(html, "s-zone-error"), containsString("Mars/Olympus_Mons"));
        assertThat(attr(tag(html, "s-zone"), "value"), equalTo("Mars/Olympus_Mons"));
        assertThat(attr(tag(html, "s-email"), "value"), equalTo("me@example.org"));
        assertThat(attr(tag(html, "s-leads"), "value"), equalTo("P7D, P1D"));
        assertThat(attr(tag(html, "s-agreement"), "value"), equalTo(Long.toString(agreement)));
    }

    @Test
    void aPartyInAnUnknownTimeZoneKeepsItsCodeAndName() {
        PageSession admin = Personas.admin().session();
        admin.page("/parties");
        String code = Api.uniqueCode();
        Response r = admin.submit("/parties", Map.of("code", code, "name", "Ministry of Roads", "timeZone", "Asia/Atlantis"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat(attr(tag(html, "timeZone"), "aria-invalid"), equalTo("true"));
        assertThat(text(html, "timeZone-error"), notNullValue());
        assertThat(attr(tag(html, "code"), "value"), equalTo(code));
        assertThat(attr(tag(html, "name"), "value"), equalTo("Ministry of Roads"));
        assertThat(Api.anonymous().get("/api/parties/" + code).statusCode(), equalTo(404));
    }

    @Test
    void aSignInThatFailsSaysSoWithoutSayingWhichPartWasWrong() {
        Response r = PageSession.anonymous().request().formParam("j_username", "nobody@example.org")
                .formParam("j_password", "wrong password").post("/j_security_check");
        assertThat(r.statusCode(), equalTo(302));
        assertThat(r.header("Location"), endsWith("/login/error"));
        String html = PageSession.anonymous().page("/login/error");
        assertThat(html, containsString("role=\"alert\">The email or password is not right"));
        for (String field : List.of("j_username", "j_password")) {
            assertThat(attr(tag(html, field), "required"), equalTo(""));
        }
    }
}
