package org.pacta.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;

/** Where a password is set (a new account, an administrator's reset, one's own change) the same rules apply. */
@QuarkusTest
class PasswordRulesApiTest {

    private static final List<String> REFUSED = List.of("password1234", "qwertyqwerty", "123456789012", "short pass",
            "x".repeat(129));

    @Test
    void aNewAccountNeedsAGoodPassword() {
        String email = Accounts.uniqueEmail("weak");
        for (String weak : REFUSED) {
            Api.json().body(Accounts.userBody(email, "monitor").with("password", weak)).post("/api/users")
                    .then().spec(problem(422)).body("errors.field", contains("password"));
        }
        Api.json().body(Accounts.userBody(email, "monitor").without("password")).post("/api/users")
                .then().spec(problem(422)).body("errors.field", contains("password"));
        Api.json().body(Accounts.userBody(email, "monitor").with("password", "y".repeat(1001))).post("/api/users")
                .then().spec(problem(422)).body("errors.field", contains("password"));
        Api.given().get("/api/users?size=200").then().body("items.email", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(email)));
    }

    @Test
    void anAdministratorsResetNeedsAGoodPassword() {
        Account a = Accounts.monitor();
        Map<String, Object> user = Api.get("/api/users/" + a.id()).getMap("");
        for (String weak : REFUSED) {
            Api.json().body(Body.from(user).with("password", weak)).put("/api/users/{id}", a.id())
                    .then().spec(problem(422)).body("errors.field", contains("password"));
        }
        Api.given().get("/api/users/{id}", a.id()).then().body("version", equalTo(user.get("version")))
                .body("mustChangePassword", is(false));
        a.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void onesOwnNewPasswordMustBeGood() {
        Account a = Accounts.monitor();
        for (String weak : REFUSED) {
            a.json().body(Map.of("currentPassword", a.password(), "newPassword", weak)).post("/api/me/password")
                    .then().spec(problem(422)).body("errors.field", contains("newPassword"))
                    .body("detail", org.hamcrest.Matchers.anyOf(containsString("character"), containsString("common")));
        }
        a.json().body(Map.of("currentPassword", a.password())).post("/api/me/password").then().spec(problem(422));
        Api.signIn(a.email(), a.password());
    }
}
