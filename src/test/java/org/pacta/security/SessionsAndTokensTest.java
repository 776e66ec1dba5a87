package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Accounts.browser;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * Browser sessions and API tokens end when they should, at once and on the server: a password change, an
 * administrator's "sign out everywhere", revoking a token, its expiry, deleting the account. A cookie or token
 * that was valid a moment ago gets nothing afterwards.
 */
@QuarkusTest
class SessionsAndTokensTest {

    private static final String NEW_PASSWORD = "copper kettle morning 77";

    @Inject
    MutableClock clock;

    @BeforeEach
    @AfterEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    private static int me(String sessionCookie) {
        return browser(sessionCookie).get("/api/me").statusCode();
    }

    private static int me(Account a, String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).get("/api/me").statusCode();
    }

    private static String newToken(String sessionCookie, String name) {
        return browser(sessionCookie).contentType(ContentType.JSON)
                .body(Map.of("name", name, "expiresAt", Api.daysAfterStart(30).toString()))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
    }

    @Test
    void aSignInIsAServerSideSessionInAnHttpOnlyLaxCookie() {
        Account a = Accounts.monitor();
        Response signIn = RestAssured.given().redirects().follow(false).formParam("j_username", a.email())
                .formParam("j_password", a.password()).post("/j_security_check");
        signIn.then().statusCode(302).header("Location", endsWith("/"));
        String setCookie = signIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Accounts.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie.toLowerCase(java.util.Locale.ROOT), containsString("httponly"));
        assertThat(setCookie.toLowerCase(java.util.Locale.ROOT), containsString("samesite=lax"));
        assertThat(setCookie, containsString("Path=/"));

        String cookie = signIn.getCookie(Accounts.SESSION_COOKIE);
        browser(cookie).get("/api/me").then().statusCode(200).body("email", equalTo(a.email()))
                .body("role", equalTo("monitor"));
        // The cookie is encrypted: it does not show who it belongs to.
        assertThat(cookie, not(containsString(a.email())));
        assertThat(cookie, not(containsString("monitor")));
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndTokensButNotTheCurrentSession() {
        Account a = Accounts.official(Api.party());
        String here = a.signIn();
        String elsewhere = a.signIn();
        String otherToken = newToken(elsewhere, "laptop");
        assertThat(me(here), equalTo(200));
        assertThat(me(elsewhere), equalTo(200));

        browser(here).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", a.password(), "newPassword", NEW_PASSWORD))
                .post("/api/me/password").then().statusCode(204);

        assertThat("the session that changed the password goes on", me(here), equalTo(200));
        assertThat("another browser's session ended", me(elsewhere), equalTo(401));
        assertThat("the tokens ended", me(a, a.token()), equalTo(401));
        assertThat(me(a, otherToken), equalTo(401));
        browser(here).get("/api/me/tokens").then().statusCode(200).body("size()", equalTo(0));
        Api.signIn(a.email(), NEW_PASSWORD);
    }

    @Test
    void changingOnesPasswordWithATokenKeepsThatTokenOnly() {
        Account a = Accounts.monitor();
        String session = a.signIn();
        String second = newToken(session, "second");

        a.json().body(Map.of("currentPassword", a.password(), "newPassword", NEW_PASSWORD))
                .post("/api/me/password").then().statusCode(204);

        assertThat(me(a, a.token()), equalTo(200));
        assertThat(me(a, second), equalTo(401));
        assertThat(me(session), equalTo(401));
        a.given().get("/api/me").then().body("mustChangePassword", is(false));
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        Account a = Accounts.monitor();
        String session = a.signIn();
        a.json().body(Map.of("currentPassword", "not my password at all", "newPassword", NEW_PASSWORD))
                .post("/api/me/password").then().spec(problem(422))
                .body("errors.field", hasItem("currentPassword"));
        a.json().body(Map.of("currentPassword", a.password(), "newPassword", a.password()))
                .post("/api/me/password").then().spec(problem(422))
                .body("errors.field", hasItem("newPassword"));
        assertThat(me(session), equalTo(200));
        assertThat(me(a, a.token()), equalTo(200));
    }

    @Test
    void anAdministratorSignsSomeoneOutEverywhere() {
        Account a = Accounts.official(Api.party());
        String one = a.signIn();
        String two = a.signIn();
        String token = newToken(one, "script");

        Api.json().post("/api/users/{id}/sign-out-everywhere", a.id()).then().statusCode(200)
                // two sessions from the form, the one behind a.token(), and two tokens
                .body("ended", equalTo(5));

        assertThat(me(one), equalTo(401));
        assertThat(me(two), equalTo(401));
        assertThat(me(a, token), equalTo(401));
        assertThat(me(a, a.token()), equalTo(401));
        // The account itself still works: signing in again starts afresh.
        assertThat(me(a.signIn()), equalTo(200));
    }

    @Test
    void anEndedSessionsCookieIsDroppedSoTheLoginPageDoesNotRedirectToItself() {
        Account a = Accounts.monitor();
        String stale = a.signIn();
        Api.json().post("/api/users/{id}/sign-out-everywhere", a.id()).then().statusCode(200);

        Response page = browser(stale).get("/login");
        page.then().statusCode(302).header("Location", endsWith("/login"));
        assertThat(page.getDetailedCookie(Accounts.SESSION_COOKIE).getMaxAge(), equalTo(0L));
        assertThat(page.getCookie(Accounts.SESSION_COOKIE), equalTo(""));

        Response api = browser(stale).get("/api/me");
        api.then().spec(problem(401));
        assertThat(api.getDetailedCookie(Accounts.SESSION_COOKIE).getMaxAge(), equalTo(0L));

        // Without the cookie, as the browser now is, the login page shows.
        RestAssured.given().redirects().follow(false).get("/login").then().statusCode(200);
    }

    @Test
    void aRevokedTokenStopsAtOnceAndOnlyItsOwnerCanRevokeIt() {
        Account a = Accounts.monitor();
        Account other = Accounts.monitor();
        String session = a.signIn();
        Response created = browser(session).contentType(ContentType.JSON)
                .body(Map.of("name", "cron job", "expiresAt", Api.daysAfterStart(30).toString())).post("/api/me/tokens");
        created.then().statusCode(201)
                .header("Location", containsString("/api/me/tokens/"))
                .body("token", startsWith("pacta_"))
                .body("name", equalTo("cron job"));
        String token = created.path("token");
        long id = created.jsonPath().getLong("id");
        assertThat(me(a, token), equalTo(200));

        // The secret is shown once: listing tokens never shows it, and only its hash is stored.
        browser(session).get("/api/me/tokens").then().statusCode(200)
                .body("find { it.id == %d }".formatted(id), not(hasKey("token")))
                .body("name", hasItem("cron job"));
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id).tokenHash);
        assertThat(stored, matchesPattern("[0-9a-f]{64}"));
        assertThat(stored, equalTo(Tokens.hash(token)));

        // Someone else guessing the id: as if it did not exist, and the token still works.
        other.given().delete("/api/me/tokens/{id}", id).then().spec(problem(404));
        assertThat(me(a, token), equalTo(200));

        browser(session).delete("/api/me/tokens/{id}", id).then().statusCode(204);
        assertThat(me(a, token), equalTo(401));
        browser(session).get("/api/me/tokens").then().body("id", not(hasItem((int) id)));
        browser(session).delete("/api/me/tokens/{id}", id).then().spec(problem(404));
    }

    @Test
    void aTokenWorksUntilTheMomentItExpires() {
        Account a = Accounts.monitor();
        Instant expiresAt = TestClockProducer.START.plus(Duration.ofHours(1));
        String token = a.json().body(Map.of("name", "short", "expiresAt", expiresAt.toString())).post("/api/me/tokens")
                .then().statusCode(201).body("expiresAt", equalTo(expiresAt.toString())).extract().path("token");

        clock.set(expiresAt.minusSeconds(1));
        assertThat(me(a, token), equalTo(200));
        clock.set(expiresAt);
        RestAssured.given().header("Authorization", "Bearer " + token).get("/api/me").then().spec(problem(401))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aTokenLastsAtMostAYearAndStartsInTheFuture() {
        Account a = Accounts.monitor();
        for (Instant bad : List.of(TestClockProducer.START, TestClockProducer.START.minusSeconds(60),
                TestClockProducer.START.plus(Duration.ofDays(367)))) {
            a.json().body(Map.of("name", "odd", "expiresAt", bad.toString())).post("/api/me/tokens").then()
                    .spec(problem(422)).body("errors.field", hasItem("expiresAt"));
        }
        a.json().body(Map.of("name", "no expiry")).post("/api/me/tokens").then().spec(problem(422));
        a.given().get("/api/me/tokens").then().body("name", everyItem(equalTo("tests")));
    }

    @Test
    void aMalformedOrForeignBearerValueIsRefused() {
        for (String value : List.of("pacta_", "pacta_" + "A".repeat(43), "not-a-pacta-token", "x".repeat(5000),
                Api.adminToken() + "x", Api.adminToken().substring(0, 20))) {
            RestAssured.given().header("Authorization", "Bearer " + value).get("/api/me").then().spec(problem(401));
        }
        // A session cookie that was not made by Pacta is no session.
        browser("forged-cookie-value").get("/api/me").then().statusCode(401);
        browser(Api.adminToken()).get("/api/me").then().statusCode(401);
    }

    @Test
    void aDeletedAccountsTokensAndSessionsStop() {
        Account a = Accounts.monitor();
        String session = a.signIn();
        Api.given().delete("/api/users/{id}", a.id()).then().statusCode(204);
        assertThat(me(a, a.token()), equalTo(401));
        assertThat(me(session), equalTo(401));
        Api.given().get("/api/users/{id}", a.id()).then().spec(problem(404));
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        Account a = Accounts.official(Api.party());
        String oneTime = "provisional harbour code 5";
        Map<String, Object> user = Api.get("/api/users/" + a.id()).getMap("");
        Api.json().body(Body.from(user).with("password", oneTime))
                .put("/api/users/{id}", a.id()).then().statusCode(200)
                .body("mustChangePassword", is(true));
        // Setting a password ends what the old one opened.
        assertThat(me(a, a.token()), equalTo(401));

        String session = Api.signIn(a.email(), oneTime);
        browser(session).get("/api/me").then().statusCode(200).body("mustChangePassword", is(true));
        for (String path : List.of("/api/parties", "/api/agreements", "/api/me/tokens", "/api/subscriptions")) {
            browser(session).get(path).then().spec(problem(403))
                    .body("type", equalTo("urn:pacta:problem:password-change-required"));
        }
        browser(session).contentType(ContentType.JSON)
                .body(Map.of("name", "sneaky", "expiresAt", Api.daysAfterStart(30).toString()))
                .post("/api/me/tokens").then().spec(problem(403));
        browser(session).get("/").then().statusCode(303).header("Location", endsWith("/account/password"));
        browser(session).get("/account/password").then().statusCode(200)
                .body(containsString("name=\"newPassword\""));

        browser(session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", oneTime, "newPassword", NEW_PASSWORD))
                .post("/api/me/password").then().statusCode(204);
        browser(session).get("/api/parties").then().statusCode(200);
        browser(session).get("/api/me").then().body("mustChangePassword", is(false));
        browser(session).get("/").then().statusCode(200);
    }

    @Test
    void theFirstStartAdministratorExistsAndNeedNotChangeTheConfiguredPassword() {
        String session = Api.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        browser(session).get("/api/me").then().statusCode(200)
                .body("email", equalTo(Api.ADMIN_EMAIL))
                .body("role", equalTo("admin"))
                .body("parties", equalTo(List.of()))
                .body("mustChangePassword", is(false));
        browser(session).get("/api/users").then().statusCode(200);
    }

    @Test
    void nobodyDeletesThemselvesAndADemotionTakesEffectAtOnce() {
        long me = Api.get("/api/me").getLong("id");
        Api.given().delete("/api/users/{id}", me).then().spec(problem(409));
        Account admin = Accounts.admin();
        admin.given().delete("/api/users/{id}", admin.id()).then().spec(problem(409));
        admin.given().get("/api/me").then().statusCode(200).body("role", equalTo("admin"));
        // A demotion keeps the token but not the powers: roles are read on every request.
        Map<String, Object> user = Api.get("/api/users/" + admin.id()).getMap("");
        Api.json().body(Body.from(user).with("role", "monitor")).put("/api/users/{id}", admin.id()).then().statusCode(200);
        admin.given().get("/api/users").then().spec(problem(403));
        admin.given().get("/api/me").then().body("role", equalTo("monitor"))
                .body("id", equalTo((int) admin.id())).body("email", equalTo(admin.email()));
        assertThat(Api.get("/api/users/" + admin.id()).getString("role"), equalTo("monitor"));
        Api.given().get("/api/users/{id}", admin.id()).then().body("mustChangePassword", is(false))
                .body("parties", equalTo(List.of())).body("name", not(nullValue()));
    }
}
