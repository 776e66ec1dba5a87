package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * Repeated failed sign-ins are slowed down per account (after pacta.security.free-login-failures = 3, each
 * attempt waits 1 s, 2 s, 4 s …), and nothing in the answer (or its time) tells whether the account exists.
 *
 * <p>The throttle forgets a failure a quarter of an hour after it, by the application clock. These tests fail
 * sign-ins at a moment far from the others' (so earlier failures from 127.0.0.1 do not count), and move the clock
 * past the quarter of an hour at the end, so that the failures made here do not slow down anyone else. The
 * delays themselves are real time; they are kept to one second per test.
 */
@QuarkusTest
class LoginThrottleTest {

    private static final Duration FORGOTTEN = Duration.ofMinutes(16);

    @Inject
    MutableClock clock;

    @AfterEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    private record Attempt(Response response, long millis) {
    }

    private static Attempt signIn(String email, String password) {
        long start = System.nanoTime();
        Response r = RestAssured.given().redirects().follow(false).formParam("j_username", email)
                .formParam("j_password", password).post("/j_security_check");
        return new Attempt(r, (System.nanoTime() - start) / 1_000_000);
    }

    private static void assertRefused(Attempt a) {
        a.response().then().statusCode(302).header("Location", endsWith("/login/error"));
        assertThat("no session for a failed sign-in", a.response().getCookie(Accounts.SESSION_COOKIE), nullValue());
    }

    /** Forgets the failures made from this address: the next attempt after a quarter of an hour starts clean. */
    private void forgetFailures(Account someone) {
        clock.advance(FORGOTTEN);
        signIn(someone.email(), someone.password()).response().then().statusCode(302).header("Location", endsWith("/"));
    }

    @Test
    void afterThreeFailuresTheNextAttemptIsHeldBackForKnownAndUnknownAccountsAlike() {
        clock.set(TestClockProducer.START.plus(Duration.ofDays(200)));
        Account known = Accounts.createWithoutToken("monitor");
        String unknown = Accounts.uniqueEmail("nobody");

        for (int i = 0; i < 3; i++) {
            assertRefused(signIn(known.email(), "wrong password " + i));
            assertRefused(signIn(unknown, "wrong password " + i));
        }
        Attempt knownHeld = signIn(known.email(), "wrong password again");
        Attempt unknownHeld = signIn(unknown, "wrong password again");

        assertRefused(knownHeld);
        assertRefused(unknownHeld);
        assertThat("the fourth failure in a row waits a second", knownHeld.millis(), greaterThanOrEqualTo(900L));
        assertThat("an unknown account is slowed down exactly like a known one", unknownHeld.millis(),
                greaterThanOrEqualTo(900L));
        // The same answer, header for header, whether or not the account exists.
        assertThat(unknownHeld.response().statusCode(), equalTo(knownHeld.response().statusCode()));
        assertThat(unknownHeld.response().header("Location"), equalTo(knownHeld.response().header("Location")));
        assertThat(unknownHeld.response().asString(), equalTo(knownHeld.response().asString()));

        // A quarter of an hour later the failures are forgotten: the right password goes straight through
        // (with four failures remembered it would wait two seconds).
        clock.advance(FORGOTTEN);
        Attempt later = signIn(known.email(), known.password());
        later.response().then().statusCode(302).header("Location", endsWith("/"));
        assertThat(later.millis(), lessThan(1500L));
    }

    @Test
    void anUnknownAccountTakesAsLongToRefuseAsAKnownOne() {
        // Without care, a known name costs a bcrypt check and an unknown one is refused at once: the time of
        // the answer would tell which accounts exist. Two failures per known account stay within the free ones.
        Instant moment = TestClockProducer.START.plus(Duration.ofDays(210));
        clock.set(moment);
        Account known = Accounts.createWithoutToken("monitor");
        Account other = Accounts.createWithoutToken("monitor");
        long knownFastest = Long.MAX_VALUE;
        long unknownFastest = Long.MAX_VALUE;
        for (Account a : new Account[] {known, other}) {
            for (int i = 0; i < 2; i++) {
                Attempt k = signIn(a.email(), "wrong password " + i);
                assertRefused(k);
                knownFastest = Math.min(knownFastest, k.millis());
                Attempt u = signIn(Accounts.uniqueEmail("nobody"), "wrong password " + i);
                assertRefused(u);
                unknownFastest = Math.min(unknownFastest, u.millis());
            }
        }
        assertThat("refusing an unknown account (" + unknownFastest + " ms) takes about as long as a known one ("
                + knownFastest + " ms)", unknownFastest * 2, greaterThanOrEqualTo(knownFastest));
        forgetFailures(known);
    }

    @Test
    void hostileSignInsAreFailedSignInsNothingMore() {
        clock.set(TestClockProducer.START.plus(Duration.ofDays(220)));
        Account someone = Accounts.createWithoutToken("monitor");
        for (String[] attempt : new String[][] {
            {"a\u0000b@example.org", "whatever password"},
            {someone.email() + "\u0000", someone.password()},
            {"' OR '1'='1' --", "' OR '1'='1' --"},
            {"x".repeat(100_000), "whatever password"},
            {someone.email(), "\u0000" + someone.password()}}) {
            Attempt a = signIn(attempt[0], attempt[1]);
            // A form field over quarkus.http.limits.max-form-attribute-size (2048 bytes) never reaches the sign-in:
            // Vert.x answers an empty 200. No session either way.
            boolean oversized = attempt[0].length() > 2048;
            assertThat(a.response().statusCode() + " " + a.response().asString(), a.response().statusCode(),
                    oversized ? org.hamcrest.Matchers.oneOf(200, 302, 400, 413) : org.hamcrest.Matchers.oneOf(302, 400));
            if (oversized) {
                assertThat(a.response().asString(), org.hamcrest.Matchers.is(""));
            }
            assertThat(a.response().getCookie(Accounts.SESSION_COOKIE), nullValue());
            if (a.response().statusCode() == 302) {
                assertThat(a.response().header("Location"), endsWith("/login/error"));
            }
        }
        forgetFailures(someone);
    }
}
