package org.pacta.testsupport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People who use Pacta, made through the administrators' API: each test makes its own accounts with unique
 * emails, so tests never share a person (a password change or a sign-out in one test cannot touch another).
 */
public final class Accounts {

    /** Long, and not one of the common passwords. */
    public static final String PASSWORD = "tidal basin lantern 2026";

    public static final String SESSION_COOKIE = "quarkus-credential";
    public static final String CSRF_COOKIE = "csrf-token";
    public static final String CSRF_FIELD = "csrf-token";

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");

    private Accounts() {
    }

    /** A person with their account id and one API token (valid as long as any test moves the clock). */
    public record Account(long id, String email, String password, String token) {

        /** A request with this person's token. */
        public RequestSpecification given() {
            return RestAssured.given().header("Authorization", "Bearer " + token);
        }

        public RequestSpecification json() {
            return given().contentType(ContentType.JSON).accept(ContentType.JSON);
        }

        /** Signs in through the login form: a new browser session, answered as its cookie value. */
        public String signIn() {
            return Api.signIn(email, password);
        }

        public Account withPassword(String newPassword) {
            return new Account(id, email, newPassword, token);
        }
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@pacta.test";
    }

    public static Account admin() {
        return create("admin");
    }

    public static Account official(String... parties) {
        return create("official", parties);
    }

    public static Account monitor() {
        return create("monitor");
    }

    /** An account of the role, with an API token. */
    public static Account create(String role, String... parties) {
        Account a = createWithoutToken(role, parties);
        return new Account(a.id(), a.email(), a.password(), Api.token(a.email(), a.password(), "tests"));
    }

    /** An account of the role that has never signed in. */
    public static Account createWithoutToken(String role, String... parties) {
        String email = uniqueEmail(role);
        long id = Api.json().body(userBody(email, role, parties)).post("/api/users").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Account(id, email, PASSWORD, null);
    }

    public static Body userBody(String email, String role, String... parties) {
        return Body.of("email", email, "name", Api.unique("Person"), "password", PASSWORD, "role", role,
                "parties", List.of(parties));
    }

    // --- browser sessions

    /** A request from a browser with this session cookie. */
    public static RequestSpecification browser(String sessionCookie) {
        return RestAssured.given().redirects().follow(false).cookie(SESSION_COOKIE, sessionCookie);
    }

    /** The CSRF pair a page gives a browser: the hidden form field's value and the cookie that goes with it. */
    public record Csrf(String field, String cookie) {
    }

    /** Reads the CSRF field and cookie from a page, as a browser that shows it would. */
    public static Csrf csrfFrom(Response page) {
        Matcher m = CSRF_INPUT.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("The page has no " + CSRF_FIELD + " field:\n" + page.asString());
        }
        String cookie = page.getCookie(CSRF_COOKIE);
        if (cookie == null) {
            throw new AssertionError("The page set no " + CSRF_COOKIE + " cookie: " + page.getHeaders());
        }
        return new Csrf(m.group(1), cookie);
    }

    /** Posts a form the way the page's own form would: with the CSRF field and cookie. */
    public static Response postForm(RequestSpecification request, String path, Csrf csrf, Map<String, String> fields) {
        return request.cookie(CSRF_COOKIE, csrf.cookie()).contentType(ContentType.URLENC).formParams(fields)
                .formParam(CSRF_FIELD, csrf.field()).post(path);
    }
}
