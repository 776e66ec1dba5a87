package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;

/**
 * Outside development the session and CSRF cookies are marked Secure, whatever the proxy in front says about
 * the scheme (the test profile turns this off to run over plain HTTP; this class turns it back on).
 */
@QuarkusTest
@TestProfile(SecureCookiesTest.Production.class)
class SecureCookiesTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The %test values in application.properties would win over plain names.
            return Map.of("%test.pacta.security.secure-cookies", "true", "%test.quarkus.rest-csrf.cookie-force-secure", "true");
        }
    }

    private static String setCookie(Response r, String name) {
        List<String> all = r.getHeaders().getValues("Set-Cookie");
        return all.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + all));
    }

    @Test
    void sessionAndCsrfCookiesAreSecureHttpOnlyAndLax() {
        Account a = Accounts.monitor();
        Response signIn = RestAssured.given().redirects().follow(false).formParam("j_username", a.email())
                .formParam("j_password", a.password()).post("/j_security_check");
        String session = setCookie(signIn, Accounts.SESSION_COOKIE).toLowerCase(Locale.ROOT);
        assertThat(session, containsString("; secure"));
        assertThat(session, containsString("httponly"));
        assertThat(session, containsString("samesite=lax"));

        String cookie = signIn.getCookie(Accounts.SESSION_COOKIE);
        Response page = Accounts.browser(cookie).get("/");
        String csrf = setCookie(page, Accounts.CSRF_COOKIE).toLowerCase(Locale.ROOT);
        assertThat(csrf, containsString("secure"));
        assertThat(csrf, containsString("httponly"));
        // The cookie the browser sent is not sent back (with or without attributes) on an ordinary request.
        assertThat(page.getHeaders().getValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith(Accounts.SESSION_COOKIE + "=")), org.hamcrest.Matchers.is(true));

        Response out = Accounts.postForm(Accounts.browser(cookie), "/logout", Accounts.csrfFrom(page), Map.of());
        out.then().statusCode(303);
        assertThat(setCookie(out, Accounts.SESSION_COOKIE).toLowerCase(Locale.ROOT), containsString("; secure"));
    }
}
