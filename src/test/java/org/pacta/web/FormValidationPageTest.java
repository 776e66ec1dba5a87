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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
                "timeZone", "Mars/Olympus_Mons", "language", "ru"));
        assertThat(r.statusCode(), equalTo(422));
        String html = r.asString();
        assertThat("the chosen language stays chosen", html, containsString("<option value=\"ru\" lang=\"ru\" selected>Русский</option>"));
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

    /** A form whose value the API would refuse: where the page is, what is sent, the field's message id and words. */
    record Refused(String page, String action, Map<String, String> fields, String errorId, String says) {
        @Override
        public String toString() {
            return action + " " + errorId;
        }
    }

    static List<Refused> valuesTheApiRefuses() {
        String longUrl = "https://example.org/" + "e".repeat(1990);
        return List.of(
                new Refused("/commitments/{c}", "/milestones/{m}/reached", Map.of("evidence", longUrl), "ev-{m}-error",
                        "size must be between 0 and 2000"),
                new Refused("/commitments/{c}", "/milestones/{m}/reached", Map.of("evidence", "Signed\u007f"), "ev-{m}-error",
                        "control characters (found U+007F)"),
                new Refused("/subscriptions", "/subscriptions", Map.of("scope", "all", "channel", "email",
                        "email", "a".repeat(64) + "@" + "b".repeat(300) + ".org"), "s-email-error", "size must be between 0 and 320"),
                new Refused("/account", "/account/tokens", Map.of("tokenName", "t".repeat(101), "expiresOn", "2026-06-30"),
                        "tokenName-error", "size must be between 0 and 100"),
                new Refused("/account", "/account/tokens", Map.of("tokenName", "Script\u001b[2J", "expiresOn", "2026-06-30"),
                        "tokenName-error", "control characters (found U+001B)"),
                new Refused("/agreements/{a}/reviews", "/agreements/{a}/reviews", Map.of("notes", "Noted\u0000"), "notes-error",
                        "control characters (found U+0000)"));
    }

    @ParameterizedTest
    @MethodSource("valuesTheApiRefuses")
    void aValueTheApiRefusesIsRefusedBesideItsFieldAndNothingIsStored(Refused refused) {
        long commitment = Api.commitment(agreement, tehran);
        long milestone = Api.milestone(commitment, org.pacta.testsupport.Body.of("title", "Step", "dueDate", "2026-05-01"));
        java.util.function.UnaryOperator<String> ids = t -> t.replace("{c}", Long.toString(commitment))
                .replace("{m}", Long.toString(milestone)).replace("{a}", Long.toString(agreement));
        java.util.function.Supplier<List<Object>> stored = () -> List.of(
                Api.get("/api/commitments/" + commitment + "/milestones").getList("items.completed"),
                Api.total("/api/agreements/" + agreement + "/reviews"));
        List<Object> before = stored.get();

        official.page(ids.apply(refused.page()));
        Response r = official.submit(ids.apply(refused.action()), refused.fields());

        assertThat(r.asString(), r.statusCode(), equalTo(422));
        assertThat(text(r.asString(), ids.apply(refused.errorId())), containsString(refused.says()));
        assertThat(stored.get(), equalTo(before));
        assertThat(official.page("/account"), not(containsString("t".repeat(101))));
    }

    /** Sends a body exactly as given, with this browser's cookies: what a broken client or a hand-made request sends. */
    private static java.net.http.HttpResponse<String> raw(PageSession browser, String method, String path, String type,
            String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        String cookies = java.util.stream.Stream.of(PageSession.SESSION_COOKIE, PageSession.CSRF_FIELD)
                .filter(c -> browser.cookie(c) != null).map(c -> c + "=" + browser.cookie(c))
                .collect(java.util.stream.Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFormNoPageCouldHaveSentIsAnsweredWithAPageThatSaysWhatIsWrong() throws Exception {
        long commitment = Api.commitment(agreement, tehran);
        official.page("/commitments/" + commitment);
        String token = PageSession.CSRF_FIELD + "=" + official.csrfToken();
        String progress = "/commitments/" + commitment + "/progress";
        String form = "application/x-www-form-urlencoded";
        String tokenPart = "--XX\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + official.csrfToken() + "\r\n";
        record Sent(String path, String type, String body, int status, String says) {
        }
        List<Sent> sent = List.of(
                new Sent(progress, form, token + "&note=%zz", 400, "broken %-escape"),
                new Sent(progress, form, token + "&note=x".repeat(1001), 413, "more than 1000 fields"),
                new Sent("/import", "multipart/form-data; boundary=XX",
                        tokenPart + "--XX\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n{}", 400, "multipart body is broken"),
                new Sent("/import", "multipart/form-data; boundary=", "--\r\n\r\n", 400, "multipart body is broken"),
                new Sent(progress, null, token + "&note=untyped", 415, "takes only the form of its own page"));
        for (Sent s : sent) {
            var r = raw(official, "POST", s.path(), s.type(), s.body());
            assertThat(s.path() + " " + s.type() + ": " + r.body(), r.statusCode(), equalTo(s.status()));
            assertThat(r.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
            assertThat(r.body(), containsString(s.says()));
        }
        assertThat(Api.total("/api/commitments/" + commitment + "/updates"), equalTo(0L));

        var signIn = raw(PageSession.anonymous(), "POST", "/j_security_check", "application/json",
                "{\"j_username\": \"" + Api.ADMIN_EMAIL + "\", \"j_password\": \"" + Api.ADMIN_PASSWORD + "\"}");
        assertThat(signIn.body(), signIn.statusCode(), equalTo(415));
        assertThat(signIn.body(), containsString("Sign in with the login form"));
        assertThat(signIn.headers().allValues("Set-Cookie").toString(), not(containsString(PageSession.SESSION_COOKIE)));

        Response back = official.get("/lang/en?back=%2Fagreements%0D%0ASet-Cookie:%20x=y");
        assertThat(back.statusCode(), equalTo(303));
        assertThat(back.header("Location"), endsWith("/"));
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
