package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * bcrypt reads only the first 72 bytes of what it hashes; every character of a password up to 128 must count all
 * the same, and hashes stored before that (bcrypt of the password itself) must go on working and be replaced at
 * the next sign-in.
 *
 * <p>The failed sign-ins here happen at moments of the clock far from the other tests', and each test ends by
 * letting the throttle forget them (as {@code LoginThrottleTest} does), so they slow down nobody else.
 */
@QuarkusTest
class PasswordSchemeTest {

    /** The stored form of the current scheme: its marker, then bcrypt at the configured cost (the test profile's 4). */
    private static final String CURRENT_SCHEME = "sha384-bcrypt:$2a$" + String.format("%02d", Passwords.Cost.VALUE) + "$";

    /** 80 characters two passwords share: well past bcrypt's 72 bytes. */
    private static final String SHARED = "harbour lights over the quiet river bend, seven gulls and a ferry named morning.";
    private static final String LONG = SHARED + " amber window 4417 t";
    private static final String LONG_TWIN = SHARED + " cobalt lantern 92 o";

    private static final String NEW_PASSWORD = "granite orchard whistle 58";

    @Inject
    MutableClock clock;

    @AfterEach
    void forgetFailuresAndStartOfTime() {
        // A quarter of an hour later a sign-in finds this address's failures expired and drops them.
        clock.advance(Duration.ofMinutes(16));
        Api.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        clock.set(TestClockProducer.START);
    }

    private void at(long daysAfterStart) {
        clock.set(TestClockProducer.START.plus(Duration.ofDays(daysAfterStart)));
    }

    /** A form sign-in as a browser sends it, in UTF-8. */
    private static Response signIn(String email, String password) {
        return RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", email).formParam("j_password", password).post("/j_security_check");
    }

    private static String signedIn(String email, String password) {
        Response r = signIn(email, password);
        r.then().statusCode(302).header("Location", endsWith("/"));
        String session = r.getCookie(Accounts.SESSION_COOKIE);
        Accounts.browser(session).get("/api/me").then().statusCode(200).body("email", equalTo(email));
        return session;
    }

    private static void refused(String email, String password) {
        Response r = signIn(email, password);
        r.then().statusCode(302).header("Location", endsWith("/login/error"));
        assertThat("no session for a refused sign-in", r.getCookie(Accounts.SESSION_COOKIE), nullValue());
    }

    private static long account(String email, String password) {
        return Api.json().body(Accounts.userBody(email, "monitor").with("password", password)).post("/api/users")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An account as a database from before the current scheme holds it: bcrypt of the password itself. */
    private long legacyAccount(String email, String password) {
        String legacy = BcryptUtil.bcryptHash(password, 12);
        return QuarkusTransaction.requiringNew().call(() -> {
            User u = new User();
            u.email = email;
            u.name = "Signed up long ago";
            u.passwordHash = legacy;
            u.role = User.Role.MONITOR.id();
            u.createdAt = clock.instant();
            u.updatedAt = clock.instant();
            u.persist();
            return u.id;
        });
    }

    private static String storedHash(long id) {
        return QuarkusTransaction.requiringNew().call(() -> User.<User>findById(id).passwordHash);
    }

    private static void storeHash(long id, String hash) {
        QuarkusTransaction.requiringNew().run(() -> User.update("passwordHash = ?1 where id = ?2", hash, id));
    }

    @Test
    void twoLongPasswordsThatShareTheirFirst80CharactersAreTwoPasswords() {
        at(230);
        assertThat(LONG.length(), equalTo(100));
        assertThat(LONG_TWIN.length(), equalTo(100));
        String email = Accounts.uniqueEmail("long");
        long id = account(email, LONG);

        refused(email, LONG_TWIN);
        signedIn(email, LONG);
        assertThat(storedHash(id), startsWith(CURRENT_SCHEME));
    }

    @Test
    void everyOneOf128MultiByteCharactersCounts() {
        at(240);
        String text = "Лесная тропа ведёт к тихому озеру 🌲🦉, где утром поют птицы; باران بهاری روی کوهستان"
                + " می بارد 🌙✨ و رود آرام است؛ 🍵 чай остывает на окне, а ветер шуршит листвой 🍂 и ждёт";
        String first127 = text.substring(0, text.offsetByCodePoints(0, 127));
        String password = first127 + "я";
        String variant = first127 + "ю";
        assertThat(password.codePointCount(0, password.length()), equalTo(PasswordPolicy.MAX));
        assertThat(password.getBytes(StandardCharsets.UTF_8).length, greaterThan(3 * 72));
        String email = Accounts.uniqueEmail("multibyte");
        account(email, password);

        refused(email, variant);
        signedIn(email, password);
    }

    @Test
    void aLegacyHashSignsInAndIsReplacedByTheCurrentSchemeInThatSignIn() {
        at(250);
        String email = Accounts.uniqueEmail("legacy");
        long id = legacyAccount(email, LONG);
        String legacy = storedHash(id);

        refused(email, "not the password at all, not even close");
        assertThat("a refused sign-in leaves the hash alone", storedHash(id), equalTo(legacy));

        signedIn(email, LONG);
        String current = storedHash(id);
        assertThat(current, startsWith(CURRENT_SCHEME));
        assertThat(current.length(), lessThanOrEqualTo(100));

        signedIn(email, LONG);
        assertThat("a current hash is kept as it is", storedHash(id), equalTo(current));
        refused(email, LONG_TWIN);
    }

    @Test
    void theCurrentPasswordOfAPasswordChangeIsCheckedToItsLastCharacter() {
        at(260);
        String email = Accounts.uniqueEmail("change");
        long id = account(email, LONG);
        Account a = new Account(id, email, LONG, Api.token(email, LONG, "tests"));

        a.json().body(Map.of("currentPassword", LONG_TWIN, "newPassword", NEW_PASSWORD)).post("/api/me/password")
                .then().spec(problem(422)).body("errors.field", contains("currentPassword"));
        a.json().body(Map.of("currentPassword", LONG, "newPassword", NEW_PASSWORD)).post("/api/me/password")
                .then().statusCode(204);

        assertThat(storedHash(id), startsWith(CURRENT_SCHEME));
        signedIn(email, NEW_PASSWORD);
    }

    @Test
    void theCurrentPasswordOfAPasswordChangeMayStillHaveALegacyHash() {
        at(270);
        String email = Accounts.uniqueEmail("change-legacy");
        String password = "copper kettle morning 77";
        long id = account(email, password);
        Account a = new Account(id, email, password, Api.token(email, password, "tests"));
        String legacy = BcryptUtil.bcryptHash(password, 12);
        storeHash(id, legacy);

        a.json().body(Map.of("currentPassword", "copper kettle morning 78", "newPassword", NEW_PASSWORD))
                .post("/api/me/password").then().spec(problem(422)).body("errors.field", contains("currentPassword"));
        assertThat(storedHash(id), equalTo(legacy));

        a.json().body(Map.of("currentPassword", password, "newPassword", NEW_PASSWORD)).post("/api/me/password")
                .then().statusCode(204);

        String changed = storedHash(id);
        assertThat(changed, startsWith(CURRENT_SCHEME));
        assertThat(changed, not(equalTo(legacy)));
        refused(email, password);
        signedIn(email, NEW_PASSWORD);
    }
}
