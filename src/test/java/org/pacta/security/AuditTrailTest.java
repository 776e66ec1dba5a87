package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Accounts.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
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
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.TestClockProducer;

/**
 * Every change leaves a row: who (the person, and the token if one was used), what, when, and the item before
 * and after. Administrators read it at /api/audit; a commitment's rows (with its milestones, deadline changes
 * and progress) are its history. Secrets never get into it.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    MutableClock clock;

    String ir;
    Account official;

    @BeforeEach
    void anOfficial() {
        clock.set(TestClockProducer.START);
        ir = Api.party("Asia/Tehran");
        official = Accounts.official(ir);
    }

    @AfterEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    private static JsonPath audit(String itemType, Object itemId) {
        return Api.get("/api/audit?size=200&itemType=" + itemType + "&itemId=" + itemId);
    }

    private static String byToken(Account a) {
        return a.email() + " (token: tests)";
    }

    private static String adminByToken() {
        return Api.ADMIN_EMAIL + " (token: tests)";
    }

    @Test
    void anAgreementsLife() {
        long id = official.json().body(Api.agreementBody(ir).with("title", "Audited roadmap")).post("/api/agreements")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        clock.advance(Duration.ofMinutes(5));
        Map<String, Object> read = Api.get("/api/agreements/" + id).getMap("");
        official.json().body(Body.from(read).with("title", "Audited roadmap, revised")).put("/api/agreements/{id}", id)
                .then().statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        Api.given().delete("/api/agreements/{id}", id).then().statusCode(204);

        JsonPath trail = audit("AGREEMENT", id);
        assertThat(trail.getList("items.action"), contains("DELETE", "UPDATE", "CREATE"));
        assertThat(trail.getList("items.actor"), contains(adminByToken(), byToken(official), byToken(official)));
        assertThat(trail.getList("items.actorUserId", Long.class).get(1), equalTo(official.id()));
        assertThat(trail.getList("items.at"), contains(Api.daysAfterStart(0).plus(Duration.ofMinutes(10)).toString(),
                Api.daysAfterStart(0).plus(Duration.ofMinutes(5)).toString(), TestClockProducer.START.toString()));
        assertThat(trail.getString("items[2].before"), nullValue());
        assertThat(trail.getString("items[2].after"), containsString("\"title\":\"Audited roadmap\""));
        assertThat(trail.getString("items[1].before"), containsString("\"title\":\"Audited roadmap\""));
        assertThat(trail.getString("items[1].after"), containsString("\"title\":\"Audited roadmap, revised\""));
        assertThat(trail.getString("items[0].before"), containsString("Audited roadmap, revised"));
        assertThat(trail.getString("items[0].after"), nullValue());
    }

    @Test
    void aCommitmentsLifeIsItsHistory() {
        long agreement = Api.agreement(ir);
        String session = official.signIn();
        long c = browser(session).contentType(ContentType.JSON).body(Api.commitmentBody(ir).with("title", "Audited promise"))
                .post("/api/agreements/{id}/commitments", agreement).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> read = Api.commitmentState(c);
        official.json().body(Body.from(read).with("title", "Audited promise, renamed")).put("/api/commitments/{id}", c)
                .then().statusCode(200);
        official.json().body(Body.of("dueDate", "2026-06-30", "reason", "Parliament in recess"))
                .post("/api/commitments/{id}/deadline", c).then().statusCode(200);
        official.json().body(Body.of("status", "IN_PROGRESS", "percentComplete", 40, "note", "Halfway"))
                .post("/api/commitments/{id}/updates", c).then().statusCode(201);
        long m = official.json().body(Body.of("title", "Draft", "dueAt", Api.daysAfterStart(10).toString()))
                .post("/api/commitments/{id}/milestones", c).then().statusCode(201).extract().jsonPath().getLong("id");
        official.json().body(Body.of("title", "Draft sent", "dueAt", Api.daysAfterStart(10).toString(), "version", 0))
                .put("/api/milestones/{id}", m).then().statusCode(200);
        official.given().header("If-Match", "\"1\"").delete("/api/milestones/{id}", m).then().statusCode(204);

        JsonPath history = official.given().get("/api/commitments/{id}/history", c).then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("items.itemType"), contains("MILESTONE", "MILESTONE", "MILESTONE", "PROGRESS",
                "DEADLINE", "COMMITMENT", "COMMITMENT"));
        assertThat(history.getList("items.action"), contains("DELETE", "UPDATE", "CREATE", "CREATE", "UPDATE", "UPDATE",
                "CREATE"));
        assertThat("signed in through the form, the actor is the person alone",
                history.getString("items[6].actor"), equalTo(official.email()));
        assertThat(history.getList("items.actor").subList(0, 6), everyItem(equalTo(byToken(official))));
        assertThat(history.getList("items.commitmentId", Long.class), everyItem(equalTo(c)));
        assertThat(history.getString("items[4].before"), containsString("dueAt"));
        assertThat(history.getString("items[4].after"), containsString("Parliament in recess"));
        assertThat(history.getString("items[5].before"), containsString("\"title\":\"Audited promise\""));
        assertThat(history.getString("items[5].after"), containsString("\"title\":\"Audited promise, renamed\""));
        assertThat(history.getString("items[1].after"), containsString("Draft sent"));

        // The same rows in the administrators' trail, by item.
        assertThat(audit("DEADLINE", c).getList("items.action"), contains("UPDATE"));
        assertThat(audit("MILESTONE", m).getList("items.action"), contains("DELETE", "UPDATE", "CREATE"));
        assertThat(audit("COMMITMENT", c).getList("items.action"), contains("UPDATE", "CREATE"));

        Api.given().delete("/api/commitments/{id}", c).then().statusCode(204);
        JsonPath deleted = audit("COMMITMENT", c);
        assertThat(deleted.getList("items.action"), contains("DELETE", "UPDATE", "CREATE"));
        assertThat(deleted.getString("items[0].before"), containsString("Audited promise, renamed"));
        assertThat(deleted.getString("items[0].after"), nullValue());
    }

    @Test
    void subscriptionsWithoutTheirWebhookSecret() {
        Account monitor = Accounts.monitor();
        long c = Api.commitment(Api.agreement(ir), ir);
        Body body = Body.of("scope", Map.of("commitmentId", c), "channel", "webhook", "url", "https://hooks.example.org/pacta");
        io.restassured.response.Response created = monitor.json().body(body).post("/api/subscriptions");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        String secret = created.jsonPath().getString("secret");
        monitor.json().body(body.with("onDue", false).with("version", 0)).put("/api/subscriptions/{id}", id)
                .then().statusCode(200);
        monitor.given().delete("/api/subscriptions/{id}", id).then().statusCode(204);

        JsonPath trail = audit("SUBSCRIPTION", id);
        assertThat(trail.getList("items.action"), contains("DELETE", "UPDATE", "CREATE"));
        assertThat(trail.getList("items.actor"), everyItem(equalTo(byToken(monitor))));
        assertThat(trail.getString("items[1].before"), containsString("\"onDue\":true"));
        assertThat(trail.getString("items[1].after"), containsString("\"onDue\":false"));
        assertThat(trail.prettify(), not(containsString(secret)));
        assertThat(trail.prettify(), not(containsString("whsec_")));
    }

    @Test
    void accountsAndTokensWithoutPasswordsOrSecrets() {
        Account person = Accounts.createWithoutToken("monitor");
        Map<String, Object> user = Api.get("/api/users/" + person.id()).getMap("");
        Api.json().body(Body.from(user).with("name", "Renamed Person")).put("/api/users/{id}", person.id())
                .then().statusCode(200);

        String session = person.signIn();
        io.restassured.response.Response created = browser(session).contentType(ContentType.JSON)
                .body(Map.of("name", "backup script", "expiresAt", Api.daysAfterStart(30).toString())).post("/api/me/tokens");
        long tokenId = created.jsonPath().getLong("id");
        String token = created.jsonPath().getString("token");
        RestAssured.given().header("Authorization", "Bearer " + token).delete("/api/me/tokens/{id}", tokenId)
                .then().statusCode(204);
        browser(session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", person.password(), "newPassword", "granite orchard evening 12"))
                .post("/api/me/password").then().statusCode(204);
        Api.given().delete("/api/users/{id}", person.id()).then().statusCode(204);

        JsonPath tokens = audit("TOKEN", tokenId);
        assertThat(tokens.getList("items.action"), contains("DELETE", "CREATE"));
        assertThat(tokens.getList("items.actor"), contains(person.email() + " (token: backup script)", person.email()));
        assertThat(tokens.getString("items[0].after"), containsString("revokedAt"));
        assertThat(tokens.prettify(), not(containsString(token)));

        JsonPath users = audit("USER", person.id());
        assertThat(users.getList("items.action"), contains("DELETE", "UPDATE", "UPDATE", "CREATE"));
        assertThat(users.getList("items.actor"), contains(adminByToken(), person.email(), adminByToken(), adminByToken()));
        assertThat(users.getString("items[1].after"), equalTo("{\"password\":\"changed\"}"));
        assertThat(users.getString("items[2].after"), containsString("Renamed Person"));
        String all = users.prettify();
        assertThat(all, not(containsString(person.password())));
        assertThat(all, not(containsString("granite orchard")));
        assertThat(all, not(containsString("$2a$")));
        assertThat(all, not(containsString("$2y$")));
        assertThat(all, not(containsString("passwordHash")));
    }

    @Test
    void theTrailIsFilteredByPersonAndTime() {
        long agreement = Api.agreement(ir);
        clock.set(TestClockProducer.START.plus(Duration.ofDays(3)));
        long c = official.json().body(Api.commitmentBody(ir)).post("/api/agreements/{id}/commitments", agreement)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath mine = Api.get("/api/audit?size=200&user=" + official.id());
        assertThat(mine.getList("items.actorUserId", Long.class), everyItem(equalTo(official.id())));
        assertThat(mine.getList("items.itemId"), hasItems(String.valueOf(c)));
        JsonPath window = Api.get("/api/audit?size=200&itemType=commitment&from=2026-03-04&to=2026-03-05");
        assertThat(window.getList("items.itemId"), hasItems(String.valueOf(c)));
        assertThat(window.getList("items.at"), everyItem(org.hamcrest.Matchers.startsWith("2026-03-04")));
        assertThat(Api.get("/api/audit?itemType=COMMITMENT&itemId=" + c + "&to=2026-03-04").getInt("total"), equalTo(0));
        for (String bad : List.of("from=yesterday", "to=2026-13-01", "user=me")) {
            Api.json().get("/api/audit?" + bad).then().statusCode(org.hamcrest.Matchers.oneOf(400, 422))
                    .contentType(org.hamcrest.Matchers.startsWith(Api.PROBLEM_JSON));
        }
        official.given().get("/api/audit").then().spec(Api.problem(403));
    }

    @Test
    void signingInAndOutAndOnesOwnZoneAndLanguageAreInTheTrail() {
        Account person = Accounts.createWithoutToken("monitor");
        PageSession browser = PageSession.signedIn(person.email(), person.password());
        browser.page("/account");
        browser.submit("/account/zone", Map.of("timeZone", "Asia/Tehran")).then().statusCode(303);
        browser.get("/lang/fa?back=/account").then().statusCode(303);
        browser.submit("/logout", Map.of()).then().statusCode(303);

        JsonPath sessions = Api.get("/api/audit?itemType=SESSION&user=" + person.id());
        assertThat(sessions.getList("items.action"), contains("DELETE", "CREATE"));
        assertThat(sessions.getList("items.actor"), everyItem(equalTo(person.email())));
        assertThat("the sign-out names the session the sign-in opened", sessions.getString("items[0].itemId"),
                equalTo(sessions.getString("items[1].itemId")));
        assertThat(sessions.getString("items[1].itemId"), org.hamcrest.Matchers.matchesPattern("session-[0-9a-f]{16}"));

        JsonPath account = audit("USER", person.id());
        assertThat(account.getList("items.action"), contains("UPDATE", "UPDATE", "CREATE"));
        assertThat(account.getList("items.actor").subList(0, 2), everyItem(equalTo(person.email())));
        assertThat(account.getString("items[0].before"), equalTo("{\"language\":null}"));
        assertThat(account.getString("items[0].after"), equalTo("{\"language\":\"fa\"}"));
        assertThat(account.getString("items[1].before"), equalTo("{\"timeZone\":\"UTC\"}"));
        assertThat(account.getString("items[1].after"), equalTo("{\"timeZone\":\"Asia/Tehran\"}"));
    }

    @Test
    void theFirstAdministratorIsCreatedOnTheRecordByPactaItself() {
        long adminId = Api.get("/api/me").getLong("id");

        JsonPath trail = audit("USER", adminId);
        int first = trail.getInt("total") - 1;

        assertThat(trail.getString("items[" + first + "].action"), equalTo("CREATE"));
        assertThat(trail.getString("items[" + first + "].actor"), equalTo("pacta"));
        assertThat(trail.getString("items[" + first + "].after"), containsString(Api.ADMIN_EMAIL));
    }

    /** A subscription that goes with what it follows, or with its account, leaves its own row, by whoever deleted that. */
    @Test
    void subscriptionsDeletedWithWhatTheyFollowAreInTheTrail() {
        Account monitor = Accounts.monitor();
        long agreement = Api.agreement(ir);
        long c = Api.commitment(agreement, ir);
        long onCommitment = subscribe(monitor, Map.of("commitmentId", c));
        long onAgreement = subscribe(monitor, Map.of("agreementId", agreement));
        Account leaving = Accounts.monitor();
        long ofTheAccount = subscribe(leaving, Map.of("agreementId", Api.agreement(ir)));

        Api.given().delete("/api/commitments/{id}", c).then().statusCode(204);
        Api.given().delete("/api/agreements/{id}", agreement).then().statusCode(204);
        Api.given().delete("/api/users/{id}", leaving.id()).then().statusCode(204);

        for (long id : List.of(onCommitment, onAgreement, ofTheAccount)) {
            JsonPath trail = audit("SUBSCRIPTION", id);
            assertThat(trail.getList("items.action"), contains("DELETE", "CREATE"));
            assertThat(trail.getString("items[0].actor"), equalTo(adminByToken()));
            assertThat(trail.getString("items[0].before"), containsString("\"address\":\"watch@example.org\""));
            assertThat(trail.getString("items[0].after"), nullValue());
        }
    }

    private static long subscribe(Account who, Map<String, Object> scope) {
        return who.json().body(Map.of("scope", scope, "email", "watch@example.org")).post("/api/subscriptions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
