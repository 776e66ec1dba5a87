package org.pacta.testsupport;

import static io.restassured.config.EncoderConfig.encoderConfig;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser keeps between page requests, without a browser: its cookies (session, CSRF, language), its
 * Accept-Language, and the CSRF token of the last page it read, which it sends back with the next form, as the
 * hidden input of that form would. Redirects are not followed, so tests see them.
 */
public final class PageSession {

    public static final String CSRF_FIELD = "csrf-token";
    public static final String SESSION_COOKIE = "quarkus-credential";

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");
    private static final RestAssuredConfig UTF8_FORMS = RestAssured.config()
            .encoderConfig(encoderConfig().defaultContentCharset("UTF-8").appendDefaultContentCharsetToContentTypeIfUndefined(true));

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String acceptLanguage;
    private String csrfToken;

    private PageSession() {
    }

    public static PageSession anonymous() {
        return new PageSession();
    }

    /** Signs in through the login form, as a browser does. */
    public static PageSession signedIn(String email, String password) {
        PageSession s = new PageSession();
        Response r = s.signIn(email, password);
        if (r.statusCode() != 302 || !s.cookies.containsKey(SESSION_COOKIE)) {
            throw new AssertionError("Signing in as " + email + " failed: " + r.statusCode() + " " + r.header("Location"));
        }
        return s;
    }

    /**
     * Signs in through the login form in this session, as a browser that was sent to the login page does; answers
     * the form's response (a redirect), which the test follows or not.
     */
    public Response signIn(String email, String password) {
        return request().formParam("j_username", email).formParam("j_password", password).post("/j_security_check");
    }

    public PageSession acceptLanguage(String header) {
        this.acceptLanguage = header;
        return this;
    }

    public PageSession cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** A request carrying this session's cookies and headers. */
    public RequestSpecification request() {
        RequestSpecification spec = RestAssured.given().config(UTF8_FORMS).redirects().follow(false)
                .filter((req, res, ctx) -> {
                    Response response = ctx.next(req, res);
                    remember(response);
                    return response;
                });
        if (!cookies.isEmpty()) {
            spec.cookies(cookies);
        }
        if (acceptLanguage != null) {
            spec.header("Accept-Language", acceptLanguage);
        }
        return spec;
    }

    /** GET as a browser navigating to a page. The address is sent as given: a test encodes its query, as a browser does. */
    public Response get(String path) {
        return request().urlEncodingEnabled(false).accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").get(path);
    }

    /** The page's HTML, which must have answered 200 as text/html. */
    public String page(String path) {
        Response r = get(path);
        if (r.statusCode() != 200 || !String.valueOf(r.contentType()).startsWith("text/html")) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + " " + r.contentType() + ":\n"
                    + abbreviate(r.asString()));
        }
        return r.asString();
    }

    /** Posts a form the way its page would: with the CSRF token of the last page shown. */
    public Response submit(String action, Map<String, ?> fields) {
        if (csrfToken == null) {
            throw new IllegalStateException("Read a page with a form before submitting it");
        }
        return submitWithout(action, withToken(fields));
    }

    /** Posts the fields exactly as given: no CSRF token is added. */
    public Response submitWithout(String action, Map<String, ?> fields) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                spec.formParam(name, list.toArray());
            } else {
                spec.formParam(name, value);
            }
        });
        return spec.post(action);
    }

    public String csrfToken() {
        return csrfToken;
    }

    private Map<String, Object> withToken(Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put(CSRF_FIELD, csrfToken);
        return all;
    }

    /** Keeps the cookies a response sets and, as the browser now shows that page, the CSRF token of its forms. */
    private void remember(Response response) {
        String type = String.valueOf(response.contentType());
        if (type.startsWith("text/html")) {
            Matcher m = CSRF_INPUT.matcher(response.asString());
            if (m.find()) {
                csrfToken = m.group(1);
            }
        }
        for (Cookie c : response.getDetailedCookies()) {
            boolean gone = c.getMaxAge() == 0 || (c.getExpiryDate() != null && c.getExpiryDate().getTime() < System.currentTimeMillis())
                    || c.getValue() == null || c.getValue().isEmpty();
            if (gone) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 3000 ? s : s.substring(0, 3000) + "…";
    }
}
