package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Accounts.browser;
import static org.pacta.testsupport.Accounts.csrfFrom;
import static org.pacta.testsupport.Accounts.postForm;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pacta.notify.UnsubscribeLinks;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Accounts.Csrf;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * The pages' forms (sign out, change password) need the CSRF token the page gave (quarkus-rest-csrf answers
 * 400 without it), and every answer, API or page, carries the security headers.
 */
@QuarkusTest
class AccountPagesSecurityTest {

    private static final String NEW_PASSWORD = "violet harbour signal 31";

    @Inject
    MutableClock clock;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    Account person;
    String session;

    @BeforeEach
    void someoneSignedIn() {
        clock.set(TestClockProducer.START);
        person = Accounts.monitor();
        session = person.signIn();
    }

    private int me(String cookie) {
        return browser(cookie).get("/api/me").statusCode();
    }

    private Csrf csrfOf(String page) {
        Response r = browser(session).get(page);
        r.then().statusCode(200);
        return csrfFrom(r);
    }

    // --- CSRF

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() {
        Csrf csrf = csrfOf("/");
        browser(session).contentType(ContentType.URLENC).formParam("x", "1").post("/logout").then().statusCode(400);
        browser(session).cookie(Accounts.CSRF_COOKIE, csrf.cookie()).contentType(ContentType.URLENC)
                .formParam("x", "1").post("/logout").then().statusCode(400);
        browser(session).contentType(ContentType.URLENC).formParam(Accounts.CSRF_FIELD, csrf.field())
                .post("/logout").then().statusCode(400);
        browser(session).cookie(Accounts.CSRF_COOKIE, csrf.cookie()).contentType(ContentType.URLENC)
                .formParam(Accounts.CSRF_FIELD, csrf.field() + "x").post("/logout").then().statusCode(400);
        // The token of another browser's page does not fit this one's cookie.
        Csrf other = csrfFrom(browser(person.signIn()).get("/"));
        browser(session).cookie(Accounts.CSRF_COOKIE, csrf.cookie()).contentType(ContentType.URLENC)
                .formParam(Accounts.CSRF_FIELD, other.field()).post("/logout").then().statusCode(400);
        // Not a form at all: no way around the check (REST Assured sends a bodiless POST as a form).
        browser(session).post("/logout").then().statusCode(org.hamcrest.Matchers.oneOf(400, 415));
        browser(session).contentType(ContentType.JSON).body("{}").post("/logout").then().statusCode(415);
        browser(session).contentType(ContentType.TEXT).body("x=1").post("/logout").then().statusCode(415);

        assertThat("still signed in", me(session), equalTo(200));
    }

    /** A POST another site can make a browser send with its cookie, but without the page's form and token. */
    enum Forged {
        JSON("application/json", "{}"), TEXT("text/plain", "csrf-token=x&note=forged"), NO_TYPE(null, ""),
        NO_TYPE_WITH_A_BODY(null, "note=forged");

        final String type;
        final String body;

        Forged(String type, String body) {
            this.type = type;
            this.body = body;
        }
    }

    /** Posts as a browser with only the session cookie, through a plain HTTP client that adds no type of its own. */
    private static HttpResponse<String> forge(String path, String cookie, Forged forged) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Cookie", Accounts.SESSION_COOKIE + "=" + cookie)
                .POST(forged.body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(forged.body));
        if (forged.type != null) {
            request.header("Content-Type", forged.type);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(Forged.class)
    void aPageThatChangesSomethingTakesOnlyItsOwnFormWhateverTheBodysType(Forged forged) throws Exception {
        Account admin = Accounts.admin();
        String adminSession = admin.signIn();
        String party = Api.party();
        long agreement = Api.agreement(party);
        long commitment = Api.commitment(agreement, party);
        long milestone = Api.milestone(commitment, Body.of("title", "Step", "dueAt", Api.daysAfterStart(5).toString()));
        long subscription = admin.json().body(Body.of("scope", Map.of("commitmentId", commitment), "channel", "email",
                "email", "me@example.org")).post("/api/subscriptions").then().statusCode(201).extract().jsonPath().getLong("id");
        long token = admin.given().get("/api/me/tokens").then().extract().jsonPath().getLong("[0].id");
        Supplier<List<Object>> state = () -> List.of(
                Api.given().get("/api/agreements/{id}", agreement).statusCode(),
                Api.given().get("/api/commitments/{id}", commitment).statusCode(),
                Api.total("/api/commitments/" + commitment + "/updates"),
                Api.get("/api/commitments/" + commitment + "/milestones").getList("items.completed"),
                admin.given().get("/api/subscriptions/{id}", subscription).statusCode(),
                admin.given().get("/api/me").statusCode(), Api.given().get("/api/users/{id}", person.id()).statusCode(),
                me(session), me(adminSession));
        List<Object> before = state.get();

        for (String path : List.of("/agreements/" + agreement + "/delete", "/commitments/" + commitment + "/delete",
                "/commitments/" + commitment + "/progress", "/milestones/" + milestone + "/reached",
                "/subscriptions/" + subscription + "/delete", "/account/tokens/" + token + "/revoke",
                "/accounts/" + person.id() + "/sign-out-everywhere", "/accounts/" + person.id() + "/delete", "/logout")) {
            HttpResponse<String> r = forge(path, adminSession, forged);
            assertThat(path + ": " + r.body(), r.statusCode(), equalTo(415));
            assertThat(path, r.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
            assertThat(path, r.body(), containsString("takes only the form of its own page"));
        }
        assertThat(state.get(), equalTo(before));
    }

    @Test
    void anApiPostRidingOnTheSessionCookieMustDeclareItsType() throws Exception {
        String adminSession = Accounts.admin().signIn();
        String path = "/api/users/" + person.id() + "/sign-out-everywhere";
        // JSON is left out: a browser sends it to another site only after asking, and Pacta allows no other site.
        for (Forged forged : java.util.EnumSet.of(Forged.TEXT, Forged.NO_TYPE, Forged.NO_TYPE_WITH_A_BODY)) {
            HttpResponse<String> r = forge(path, adminSession, forged);
            assertThat(forged + ": " + r.body(), r.statusCode(), equalTo(415));
            assertThat(forged.name(), r.headers().firstValue("Content-Type").orElse(""), startsWith(Api.PROBLEM_JSON));
        }
        assertThat("the person is still signed in", me(session), equalTo(200));
        browser(adminSession).contentType(ContentType.JSON).post(path).then().statusCode(200);
        assertThat(me(session), equalTo(401));
    }

    @Test
    void anApiTokenNeedsNoDeclaredTypeForABodilessPost() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/users/" + person.id() + "/sign-out-everywhere"))
                .header("Authorization", "Bearer " + Api.adminToken()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body(), r.statusCode(), equalTo(200));
        assertThat(me(session), equalTo(401));
    }

    @Test
    void signingOutWithTheTokenEndsTheSessionOnTheServer() {
        Response out = postForm(browser(session), "/logout", csrfOf("/"), Map.of());
        out.then().statusCode(303).header("Location", endsWith("/login"));
        assertThat(out.getDetailedCookie(Accounts.SESSION_COOKIE).getMaxAge(), equalTo(0L));
        // Even replayed, the old cookie is worth nothing now.
        assertThat(me(session), equalTo(401));
    }

    @Test
    void changingThePasswordWithoutTheCsrfTokenIsRefused() {
        String other = person.signIn();
        browser(session).contentType(ContentType.URLENC).formParam("currentPassword", person.password())
                .formParam("newPassword", NEW_PASSWORD).post("/account/password").then().statusCode(400);
        browser(session).contentType(ContentType.TEXT).body("currentPassword=x&newPassword=y")
                .post("/account/password").then().statusCode(415);
        assertThat(me(session), equalTo(200));
        assertThat("nothing changed, so other sessions go on", me(other), equalTo(200));
        assertThat(me(Api.signIn(person.email(), person.password())), equalTo(200));
    }

    @Test
    void changingThePasswordOnThePageEndsTheOtherSessions() {
        String other = person.signIn();
        Response done = postForm(browser(session), "/account/password", csrfOf("/account/password"),
                Map.of("currentPassword", person.password(), "newPassword", NEW_PASSWORD));
        done.then().statusCode(200).body(containsString("Your password was changed"));
        assertThat(me(session), equalTo(200));
        assertThat(me(other), equalTo(401));
        assertThat(me(Api.signIn(person.email(), NEW_PASSWORD)), equalTo(200));
    }

    @Test
    void thePasswordPageShowsWhatIsWrongBesideTheField() {
        Response common = postForm(browser(session), "/account/password", csrfOf("/account/password"),
                Map.of("currentPassword", person.password(), "newPassword", "password1234"));
        common.then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"newPassword-error\""))
                .body(containsString("most common passwords"))
                .body(not(containsString("id=\"currentPassword-error\"")));
        Response wrong = postForm(browser(session), "/account/password", csrfOf("/account/password"),
                Map.of("currentPassword", "not the password", "newPassword", NEW_PASSWORD));
        wrong.then().statusCode(422).body(containsString("id=\"currentPassword-error\""));
        assertThat(me(Api.signIn(person.email(), person.password())), equalTo(200));
    }

    private long subscription() {
        String party = Api.party();
        long commitment = Api.commitment(Api.agreement(party), party);
        return person.json().body(Body.of("scope", Map.of("commitmentId", commitment), "channel", "email",
                "email", "me@example.org")).post("/api/subscriptions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String unsubscribePath(long subscription) {
        String url = unsubscribeLinks.forSubscription(subscription);
        return url.substring(url.indexOf("/unsubscribe/"));
    }

    private boolean active(long subscription) {
        return person.given().get("/api/subscriptions/{id}", subscription).then().statusCode(200).extract().path("active");
    }

    @Test
    void oneClickUnsubscribeNeedsNoCookieButAGenuineLink() {
        long mine = subscription();
        long another = subscription();
        String path = unsubscribePath(mine);

        // Someone else's link made from this one's signature: refused, and nothing changes.
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("s:" + another).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String forged = "/unsubscribe/" + payload + path.substring(path.indexOf('.'));
        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(forged)
                .then().statusCode(404);
        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post(path.substring(0, path.length() - 2)).then().statusCode(404);
        assertThat(active(mine), is(true));
        assertThat(active(another), is(true));

        // A mail client's one-click POST (RFC 8058): a form, without any cookie or CSRF token.
        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(path)
                .then().statusCode(200).body(containsString("Done"));
        assertThat(active(mine), is(false));
        assertThat(active(another), is(true));
    }

    @Test
    void theUnsubscribePagesButtonWorksAndAFollowedLinkAloneChangesNothing() {
        long subscription = subscription();
        String path = unsubscribePath(subscription);
        // Mail scanners follow links: GET only shows the button.
        Response page = RestAssured.given().get(path);
        page.then().statusCode(200).body(containsString("<form method=\"post\" action=\"" + path + "\">"));
        assertThat(active(subscription), is(true));
        RestAssured.given().cookies(page.getCookies()).contentType(ContentType.URLENC).post(path).then().statusCode(200);
        assertThat(active(subscription), is(false));
    }

    // --- headers and cookies

    private static void securityHeaders(Response r) {
        String csp = r.header("Content-Security-Policy");
        assertThat(r.getHeaders().toString(), csp, notNullValue());
        String scriptSrc = List.of(csp.split(";")).stream().map(String::strip).filter(d -> d.startsWith("script-src"))
                .findFirst().orElseGet(() -> List.of(csp.split(";")).stream().map(String::strip)
                        .filter(d -> d.startsWith("default-src")).findFirst().orElseThrow());
        assertThat(scriptSrc, not(containsString("'unsafe-inline'")));
        assertThat(scriptSrc, not(containsString("'unsafe-eval'")));
        assertThat(csp, containsString("frame-ancestors 'none'"));
        assertThat(csp, containsString("object-src 'none'"));
        assertThat(r.header("X-Content-Type-Options"), equalTo("nosniff"));
        assertThat(r.header("Referrer-Policy"), equalTo("strict-origin-when-cross-origin"));
        assertThat(r.header("X-Frame-Options"), equalTo("DENY"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<Response> answers = List.of(
                Api.given().get("/api/parties"),
                Api.anonymous().get("/api/agreements"),
                Api.anonymous().get("/api/no-such-thing"),
                Api.anonymous().get("/api/me"),
                Api.anonymous().contentType(ContentType.JSON).body("{").post("/api/parties"),
                Api.anonymous().accept("text/csv").get("/api/reports/overdue"),
                RestAssured.given().redirects().follow(false).get("/login"),
                RestAssured.given().redirects().follow(false).get("/login/error"),
                RestAssured.given().redirects().follow(false).get("/account/password"),
                browser(session).get("/"),
                browser(session).get("/account/password"),
                RestAssured.given().get("/unsubscribe/forged"),
                RestAssured.given().get("/static/pacta.css"),
                RestAssured.given().redirects().follow(false).formParam("j_username", person.email())
                        .formParam("j_password", person.password()).post("/j_security_check"));
        answers.forEach(AccountPagesSecurityTest::securityHeaders);
    }

    @Test
    void pagesHaveNoInlineScript() {
        for (Response page : List.of(RestAssured.given().get("/login"), browser(session).get("/"),
                browser(session).get("/account/password"))) {
            String html = page.asString().toLowerCase(Locale.ROOT);
            assertThat(html, not(containsString("<script>")));
            assertThat(html, not(containsString(" onclick=")));
            assertThat(html, not(containsString("javascript:")));
        }
    }

    @Test
    void theSessionAndCsrfCookiesAreHttpOnly() {
        Response signIn = RestAssured.given().redirects().follow(false).formParam("j_username", person.email())
                .formParam("j_password", person.password()).post("/j_security_check");
        String sessionCookie = signIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Accounts.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(sessionCookie.toLowerCase(Locale.ROOT), containsString("httponly"));
        assertThat(sessionCookie.toLowerCase(Locale.ROOT), containsString("samesite=lax"));
        String csrfCookie = browser(session).get("/").getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Accounts.CSRF_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(csrfCookie.toLowerCase(Locale.ROOT), containsString("httponly"));
    }

    @Test
    void theLoginPageNeitherSaysWhichPartWasWrongNorEchoesIt() {
        Response error = RestAssured.given().get("/login/error");
        error.then().statusCode(200).body(containsString("The email or password is not right"));
        Response unknown = RestAssured.given().redirects().follow(false)
                .formParam("j_username", "<script>alert(1)</script>@example.org").formParam("j_password", "x")
                .post("/j_security_check");
        unknown.then().statusCode(302).header("Location", endsWith("/login/error"));
        assertThat(unknown.asString(), is(""));
    }
}
