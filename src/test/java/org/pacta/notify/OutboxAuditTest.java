package org.pacta.notify;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.pacta.testsupport.Api.given;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.subscribe;
import static org.pacta.testsupport.FollowupFixtures.webhookSubscription;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.WebhookReceiver;

/** What changes in the outbox and its subscriptions leaves a row in the audit trail too, in the same transaction. */
@QuarkusTest
class OutboxAuditTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z"); // the three-day rung in Tehran

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private WebhookReceiver hook;
    private long commitmentId;
    private long subscriptionId;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        hook = new WebhookReceiver();
        String partyCode = party("Asia/Tehran");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        commitmentId = commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 10, 3)).create();
        Map<String, Object> created = subscribe(webhookSubscription(Map.of("commitmentId", commitmentId), hook.url()));
        subscriptionId = ((Number) created.get("id")).longValue();
        hook.secret((String) created.get("secret"));
    }

    @AfterEach
    void tearDown() {
        given().delete("/api/subscriptions/" + subscriptionId);
        hook.close();
    }

    private static JsonPath audit(String itemType, Object itemId) {
        return Api.get("/api/audit?size=50&itemType=" + itemType + "&itemId=" + itemId);
    }

    @Test
    void retryingADeadNotificationIsInTheTrailByTheAdministrator() {
        hook.answerAlways(503);
        driver.sweepAndSendAt(NOW);
        for (int i = 0; i < 10; i++) {
            driver.sendAfter(Duration.ofHours(7)); // longer than the longest backoff
        }
        Object id = notificationsTo(hook.url()).get(0).get("id");

        given().post("/api/notifications/" + id + "/retry").then().statusCode(200).body("status", equalTo("PENDING"));

        JsonPath trail = audit("NOTIFICATION", id);
        assertThat(trail.getList("items.action"), equalTo(List.of("UPDATE")));
        assertThat(trail.getString("items[0].actor"), equalTo(Api.ADMIN_EMAIL + " (token: tests)"));
        assertThat(trail.getLong("items[0].commitmentId"), equalTo(commitmentId));
        assertThat(trail.getString("items[0].before"), containsString("\"status\":\"DEAD\",\"attempts\":8"));
        assertThat(trail.getString("items[0].after"), containsString("\"status\":\"PENDING\",\"attempts\":0"));

        given().post("/api/notifications/" + id + "/retry").then().statusCode(409);
        assertThat("a refused retry changes nothing and leaves no row", audit("NOTIFICATION", id).getInt("total"),
                equalTo(1));
    }

    @Test
    void aWebhookThatAnswersGoneSwitchesItsSubscriptionOffOnTheRecord() {
        hook.answerNext(410);

        driver.sweepAndSendAt(NOW);

        given().get("/api/subscriptions/" + subscriptionId).then().body("active", equalTo(false));
        JsonPath trail = audit("SUBSCRIPTION", subscriptionId);
        assertThat(trail.getList("items.action"), equalTo(List.of("UPDATE", "CREATE")));
        assertThat(trail.getString("items[0].actor"), equalTo("pacta (the webhook answered 410 Gone)"));
        assertThat(trail.getString("items[0].before"), containsString("\"active\":true"));
        assertThat(trail.getString("items[0].after"), containsString("\"active\":false"));
    }
}
