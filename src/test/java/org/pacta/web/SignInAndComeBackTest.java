package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;

/**
 * A reader sent to the login page comes back, once signed in, to the page they asked for, and only to a page of
 * this site: the return address is remembered from the request itself, and the form sign-in refuses one that names
 * another site.
 */
@QuarkusTest
class SignInAndComeBackTest {

    private static final String RETURN_COOKIE = "quarkus-redirect-location";

    @Test
    void aPageWithItsQueryIsWhereTheReaderLands() {
        Persona monitor = Personas.monitor();
        PageSession browser = PageSession.anonymous();
        String asked = "/subscriptions?agreement=" + Api.agreement(Api.party());

        assertThat(browser.get(asked).header("Location"), endsWith("/login"));
        Response signedIn = browser.signIn(monitor.email(), monitor.password());

        URI back = URI.create(signedIn.header("Location"));
        assertThat(back.getRawPath() + "?" + back.getRawQuery(), equalTo(asked));
        assertThat(browser.get(asked).statusCode(), equalTo(200));
    }

    @Test
    void withoutAPageAskedForTheReaderLandsOnTheDashboard() {
        Persona monitor = Personas.monitor();
        PageSession browser = PageSession.anonymous();
        browser.page("/login");

        Response signedIn = browser.signIn(monitor.email(), monitor.password());

        assertThat(signedIn.statusCode(), equalTo(302));
        assertThat(URI.create(signedIn.header("Location")).getPath(), equalTo("/"));
    }

    /** The reader is signed in and lands on the dashboard, as if no page had been asked for. */
    @Test
    void aReturnAddressOnAnotherSiteIsNeverFollowed() {
        Persona monitor = Personas.monitor();
        for (String planted : List.of("https://evil.example/phish", "http://evil.example/", "//evil.example/x")) {
            PageSession browser = PageSession.anonymous().cookie(RETURN_COOKIE, planted);

            Response signedIn = browser.signIn(monitor.email(), monitor.password());

            assertThat(planted, signedIn.statusCode(), equalTo(302));
            assertThat(planted, URI.create(signedIn.header("Location")).getHost(), equalTo("localhost"));
            assertThat(planted, URI.create(signedIn.header("Location")).getPath(), equalTo("/"));
        }
    }

    @Test
    void aFormPostIsNotRememberedAsAPageToComeBackTo() {
        PageSession browser = PageSession.anonymous();

        Response refused = browser.submitWithout("/subscriptions", java.util.Map.of("scope", "all"));

        assertThat(refused.statusCode(), equalTo(302));
        assertThat(refused.header("Location"), endsWith("/login"));
        assertThat(browser.cookie(RETURN_COOKIE), nullValue());
    }

    @Test
    void onlyPathsOfThisSiteAreReturnAddresses() {
        assertTrue(SignInFirst.isLocalPath("/commitments/7"));
        assertTrue(SignInFirst.isLocalPath("/subscriptions?agreement=3&x=%2F%2F"));
        for (String elsewhere : List.of("//evil.example/x", "/\\evil.example", "https://evil.example/", "evil.example",
                "/commitments/7\r\nSet-Cookie: x=y", "")) {
            assertFalse(SignInFirst.isLocalPath(elsewhere), elsewhere);
        }
        assertFalse(SignInFirst.isLocalPath(null));
    }
}
