package org.pacta.notify;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;

@QuarkusTest
class SubscriptionApiTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String partyCode;
    private long agreementId;
    private long commitmentId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-07-01T09:00:00Z"));
        partyCode = party("Asia/Tehran");
        agreementId = agreement(partyCode, party("Europe/Minsk")).remindOwners(false).create();
        commitmentId = commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 7, 3)).create();
    }

    private static long total() {
        return given().get("/api/subscriptions?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void emailSubscriptionKeepsEverySettingAndNormalisesTheLeadTimes() {
        String monitor = email("monitor");
        Map<String, Object> body = Map.ofEntries(Map.entry("scope", Map.of("agreementId", agreementId)),
                Map.entry("channel", "email"), Map.entry("email", monitor), Map.entry("leadTimes", List.of("P1D", "p2w", "PT36H", "P1D")),
                Map.entry("onDue", true), Map.entry("onOverdue", false), Map.entry("escalateEvery", "P7D"),
                Map.entry("escalateAfter", 2), Map.entry("delivery", "daily-digest"), Map.entry("digestAt", "07:30"),
                Map.entry("timeZone", "Europe/Minsk"), Map.entry("quietHours", Map.of("from", "22:00", "to", "07:00")));

        Response created = given().contentType(ContentType.JSON).body(body).post("/api/subscriptions");

        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/subscriptions/\\d+"))
                .body("scope", equalTo(Map.of("agreementId", (int) agreementId))).body("channel", equalTo("email"))
                .body("email", equalTo(monitor)).body("leadTimes", equalTo(List.of("P14D", "PT36H", "P1D")))
                .body("onDue", equalTo(true)).body("onOverdue", equalTo(false)).body("escalateEvery", equalTo("P7D"))
                .body("escalateAfter", equalTo(2)).body("delivery", equalTo("daily-digest")).body("digestAt", equalTo("07:30"))
                .body("timeZone", equalTo("Europe/Minsk")).body("quietHours.from", equalTo("22:00"))
                .body("quietHours.to", equalTo("07:00")).body("active", equalTo(true))
                .body("calendarUrl", matchesPattern("http://localhost:8080/api/calendar/[A-Za-z0-9_-]{32}\\.ics"))
                .body("$", not(hasKey("secret")));
        Object id = created.path("id");
        given().get("/api/subscriptions/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("leadTimes", equalTo(List.of("P14D", "PT36H", "P1D"))).body("email", equalTo(monitor));
    }

    @Test
    void defaultsAreTheOwnersLadderImmediatelyInTheScopesZone() {
        given().contentType(ContentType.JSON).body(Map.of("scope", Map.of("party", partyCode.toLowerCase()), "email", email("m")))
                .post("/api/subscriptions").then().statusCode(201)
                .body("scope.party", equalTo(partyCode)).body("channel", equalTo("email"))
                .body("leadTimes", equalTo(List.of("P14D", "P3D", "P1D"))).body("onDue", equalTo(true))
                .body("onOverdue", equalTo(true)).body("escalateEvery", equalTo("P7D")).body("escalateAfter", equalTo(3))
                .body("delivery", equalTo("immediate")).body("timeZone", equalTo("Asia/Tehran"))
                .body("$", not(hasKey("digestAt"))).body("$", not(hasKey("quietHours")));
        given().contentType(ContentType.JSON).body(Map.of("scope", Map.of("agreementId", agreementId), "email", email("m")))
                .post("/api/subscriptions").then().statusCode(201).body("timeZone", equalTo("Asia/Tehran"));
        given().contentType(ContentType.JSON).body(Map.of("scope", Map.of("commitmentId", commitmentId), "email", email("m"),
                "delivery", "daily-digest", "escalateEvery", "none"))
                .post("/api/subscriptions").then().statusCode(201).body("digestAt", equalTo("08:00"))
                .body("escalateEvery", equalTo("none"));
        Response all = given().contentType(ContentType.JSON).body(Map.of("scope", Map.of("all", true), "email", email("m")))
                .post("/api/subscriptions");
        // Subscribed to everything: removed at once, or every later test's items would be reminded to it.
        given().delete("/api/subscriptions/" + all.path("id")).then().statusCode(204);
        all.then().statusCode(201).body("scope", equalTo(Map.of("all", true))).body("timeZone", equalTo("UTC"));
    }

    @Test
    void webhookSecretIsShownOnceAtCreation() {
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("scope", Map.of("commitmentId", commitmentId), "url", "https://hooks.example.org/pacta"))
                .post("/api/subscriptions");

        created.then().statusCode(201).body("channel", equalTo("webhook")).body("url", equalTo("https://hooks.example.org/pacta"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]+=*"));
        String secret = created.path("secret");
        assertEquals(24, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        Object id = created.path("id");
        given().get("/api/subscriptions/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        List<Map<String, Object>> listed = given().get("/api/subscriptions?size=200&page=0").then().statusCode(200)
                .extract().jsonPath().getList("items");
        listed.forEach(s -> assertEquals(null, s.get("secret"), "no secret in the list"));
        given().delete("/api/subscriptions/" + id).then().statusCode(204);
    }

    @Test
    void replacingNeedsTheCurrentVersion() {
        Map<String, Object> created = subscribe(Map.of("scope", Map.of("commitmentId", commitmentId), "email", email("m")));
        Object id = created.get("id");
        Map<String, Object> change = Map.of("scope", Map.of("commitmentId", commitmentId), "email", email("changed"),
                "leadTimes", List.of("P2D"));

        given().contentType(ContentType.JSON).body(change).put("/api/subscriptions/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(change).put("/api/subscriptions/" + id)
                .then().statusCode(412);
        Map<String, Object> staleBody = new java.util.HashMap<>(change);
        staleBody.put("version", 7);
        given().contentType(ContentType.JSON).body(staleBody).put("/api/subscriptions/" + id).then().statusCode(409);
        given().get("/api/subscriptions/" + id).then().header("ETag", "\"0\"").body("email", equalTo(created.get("email")));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/api/subscriptions/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("email", equalTo(change.get("email")))
                .body("leadTimes", equalTo(List.of("P2D")));
    }

    @Test
    void deletedSubscriptionIsGone() {
        Object id = subscribe(Map.of("scope", Map.of("commitmentId", commitmentId), "email", email("m"))).get("id");

        given().header("If-Match", "\"3\"").delete("/api/subscriptions/" + id).then().statusCode(412);
        given().delete("/api/subscriptions/" + id).then().statusCode(204);

        given().get("/api/subscriptions/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/subscriptions/" + id).then().statusCode(404);
        given().get("/api/subscriptions/not-a-number").then().statusCode(404);
    }

    @Test
    void badReplacementChangesNothingAndCancelsNothing() {
        String monitor = email("m");
        Object id = subscribe(Map.of("scope", Map.of("commitmentId", commitmentId), "email", monitor)).get("id");
        driver.sweep();
        assertEquals(List.of("DUE_SOON:P3D PENDING"), stagesAndStatuses(notificationsTo(monitor)));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("scope", Map.of("commitmentId", commitmentId), "email", email("other"), "timeZone", "Mars/Olympus"))
                .put("/api/subscriptions/" + id).then().statusCode(422).body("errors.field", equalTo(List.of("timeZone")));

        given().get("/api/subscriptions/" + id).then().header("ETag", "\"0\"").body("email", equalTo(monitor))
                .body("timeZone", equalTo("Asia/Tehran"));
        assertEquals(List.of("DUE_SOON:P3D PENDING"), stagesAndStatuses(notificationsTo(monitor)));
    }

    static Stream<Arguments> badSubscriptions() {
        String ok = "\"email\": \"m@example.org\"";
        return Stream.of(
                Arguments.of("{\"scope\": {\"agreementId\": 999999999}, " + ok + "}", "scope.agreementId"),
                Arguments.of("{\"scope\": {\"commitmentId\": 999999999}, " + ok + "}", "scope.commitmentId"),
                Arguments.of("{\"scope\": {\"party\": \"NOSUCHPARTY99\"}, " + ok + "}", "scope.party"),
                Arguments.of("{\"scope\": {\"agreementId\": AGREEMENT, \"party\": \"PARTY\"}, " + ok + "}", "scope"),
                Arguments.of("{\"scope\": {}, " + ok + "}", "scope"),
                Arguments.of("{\"scope\": {\"all\": false}, " + ok + "}", "scope"),
                Arguments.of("{" + ok + "}", "scope"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"leadTimes\": [\"P3X\"]}", "leadTimes[0]"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"leadTimes\": [\"P3D\", \"PT0S\"]}", "leadTimes[1]"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"leadTimes\": [\"P400D\"]}", "leadTimes[0]"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"escalateEvery\": \"weekly\"}", "escalateEvery"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"escalateEvery\": \"PT10S\"}", "escalateEvery"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"escalateAfter\": -1}", "escalateAfter"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"timeZone\": \"Mars/Olympus\"}", "timeZone"),
                Arguments.of("{\"scope\": {\"all\": true}, \"channel\": \"email\"}", "email"),
                Arguments.of("{\"scope\": {\"all\": true}, \"email\": \"not-an-address\"}", "email"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"url\": \"https://hooks.example.org/x\", \"channel\": \"email\"}", "url"),
                Arguments.of("{\"scope\": {\"all\": true}, \"channel\": \"webhook\"}", "url"),
                Arguments.of("{\"scope\": {\"all\": true}, \"channel\": \"webhook\", \"url\": \"ftp://hooks.example.org/x\"}", "url"),
                Arguments.of("{\"scope\": {\"all\": true}, \"channel\": \"webhook\", \"url\": \"https://h.example.org/x\", " + ok + "}", "email"),
                Arguments.of("{\"scope\": {\"all\": true}, \"channel\": \"sms\", " + ok + "}", "channel"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"delivery\": \"weekly\"}", "delivery"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"delivery\": \"daily-digest\", \"digestAt\": \"25:00\"}", "digestAt"),
                Arguments.of("{\"scope\": {\"all\": true}, " + ok + ", \"quietHours\": {\"from\": \"late\", \"to\": \"07:00\"}}", "quietHours.from"));
    }

    @ParameterizedTest
    @MethodSource("badSubscriptions")
    void badSubscriptionIsRefusedWithItsFieldAndNothingIsStored(String json, String field) {
        long before = total();
        String body = json.replace("AGREEMENT", Long.toString(agreementId)).replace("PARTY", partyCode);

        Response r = given().contentType(ContentType.JSON).body(body).post("/api/subscriptions");
        if (r.statusCode() == 201) {
            given().delete("/api/subscriptions/" + r.path("id"));
        }

        r.then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertEquals(before, total());
    }

    @Test
    void unreadableBodiesAreBadRequests() {
        long before = total();

        given().contentType(ContentType.JSON).body("{\"scope\": {\"all\": true}, ").post("/api/subscriptions")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"scope\": {\"all\": true}, \"email\": \"m@example.org\", \"colour\": \"red\"}")
                .post("/api/subscriptions").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"scope\": {\"all\": true}, \"email\": \"m@example.org\", \"onDue\": \"often\"}")
                .post("/api/subscriptions").then().statusCode(400);
        given().contentType(ContentType.JSON).body("").post("/api/subscriptions").then().statusCode(422);
        given().contentType(ContentType.TEXT).body("scope=all").post("/api/subscriptions").then().statusCode(415);

        assertEquals(before, total());
    }
}
