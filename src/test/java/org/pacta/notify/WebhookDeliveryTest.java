package org.pacta.notify;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.deleteSubscription;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;
import static org.pacta.testsupport.FollowupFixtures.webhookSubscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.WebhookReceiver;

/** Signed webhooks against a real receiver that checks signatures and can refuse. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z"); // 12:30 in Tehran
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private WebhookReceiver hook;
    private long commitmentId;
    private long subscriptionId;
    private String title;
    private String partyCode;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        hook = new WebhookReceiver();
        partyCode = party("Asia/Tehran");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        title = "Open the rail corridor " + partyCode;
        commitmentId = commitment(agreementId, partyCode).title(title).dueDate(LocalDate.of(2026, 10, 3)).create();
        Map<String, Object> created = subscribe(webhookSubscription(Map.of("commitmentId", commitmentId), hook.url()));
        subscriptionId = ((Number) created.get("id")).longValue();
        hook.secret((String) created.get("secret"));
    }

    @AfterEach
    void tearDown() {
        given().delete("/api/subscriptions/" + subscriptionId);
        hook.close();
    }

    private Map<String, Object> onlyRow() {
        List<Map<String, Object>> rows = notificationsTo(hook.url());
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    private String key() {
        return "commitment:" + commitmentId + ":" + Instant.parse("2026-10-03T20:30:00Z").getEpochSecond()
                + ":DUE_SOON:P3D:sub:" + subscriptionId;
    }

    @Test
    void signedEventCarriesTheKeyTheTimeAndTheReminder() throws Exception {
        driver.sweepAndSendAt(NOW);

        WebhookReceiver.Delivery d = hook.deliveries().get(0);
        assertTrue(d.signatureValid(), "signature verifies with the secret handed out at creation");
        assertEquals(key(), d.id());
        assertEquals(Long.toString(NOW.getEpochSecond()), d.timestamp());
        JsonNode event = JSON.readTree(d.body());
        assertEquals("commitment.due_soon", event.get("type").asText());
        assertEquals(NOW.toString(), event.get("timestamp").asText());
        assertEquals(key(), event.get("idempotencyKey").asText());
        assertTrue(event.get("subject").asText().startsWith("[Pacta] Due in 2 days: " + title), event.toString());
        JsonNode reminder = event.at("/data/reminder");
        assertEquals(title, reminder.get("title").asText());
        assertEquals(partyCode, reminder.get("responsibleParty").asText());
        assertEquals("2026-10-03T20:30:00Z", reminder.get("dueAt").asText());
        assertEquals("Asia/Tehran", reminder.get("dueZone").asText());
        assertEquals("SENT", onlyRow().get("status"));
    }

    @Test
    void aPersianSubscriptionsWebhookTextIsPersianWhileItsFieldsStayEnglish() throws Exception {
        WebhookReceiver persian = new WebhookReceiver();
        try {
            Map<String, Object> body = new java.util.LinkedHashMap<>(webhookSubscription(Map.of("commitmentId", commitmentId),
                    persian.url()));
            body.put("language", "fa");
            Map<String, Object> created = subscribe(body);
            persian.secret((String) created.get("secret"));

            driver.sweepAndSendAt(NOW);

            JsonNode event = JSON.readTree(persian.deliveries().get(0).body());
            assertEquals("commitment.due_soon", event.get("type").asText());
            assertEquals("۲ روز تا موعد: \u2068" + title + "\u2069 — \u2068" + event.at("/data/reminder/agreementTitle").asText()
                    + "\u2069 (\u2068" + partyCode + "\u2069)", event.get("text").asText());
            assertEquals("۲ روز تا موعد", event.at("/data/reminder/headline").asText());
            assertEquals("DUE_SOON", event.at("/data/reminder/kind").asText());
            given().delete("/api/subscriptions/" + created.get("id"));
        } finally {
            persian.close();
        }
    }

    @Test
    void serverErrorIsRetriedAfterItsBackoffThenDelivered() {
        hook.answerNext(500);

        driver.sweepAndSendAt(NOW);
        Map<String, Object> failed = onlyRow();
        assertEquals("RETRY", failed.get("status"));
        assertEquals(1, failed.get("attempts"));
        assertEquals("The receiver answered HTTP 500.", failed.get("lastError"));

        driver.sendAfter(Duration.ofSeconds(20)); // the first wait is 30 s, give or take a fifth
        assertEquals(1, hook.deliveries().size());
        driver.sendAfter(Duration.ofSeconds(20));

        assertEquals("SENT", onlyRow().get("status"));
        assertEquals(List.of(key(), key()), hook.deliveries().stream().map(WebhookReceiver.Delivery::id).toList());
        assertEquals(List.of(key()), hook.acceptedIds());
        assertTrue(hook.deliveries().stream().allMatch(WebhookReceiver.Delivery::signatureValid));
    }

    @Test
    void goneSwitchesTheSubscriptionOffAndNothingMoreIsSent() {
        hook.answerNext(410);

        driver.sweepAndSendAt(NOW);

        Map<String, Object> row = onlyRow();
        assertEquals("DEAD", row.get("status"));
        assertEquals("The receiver answered 410 Gone.", row.get("lastError"));
        given().get("/api/subscriptions/" + subscriptionId).then().statusCode(200).body("active", equalTo(false));

        driver.sweepAndSendAt(Instant.parse("2026-10-02T04:30:00Z")); // the one-day rung
        driver.sweepAndSendAt(Instant.parse("2026-10-04T00:00:00Z"));
        assertEquals(1, hook.deliveries().size());
        assertEquals(List.of("DUE_SOON:P3D DEAD"), stagesAndStatuses(notificationsTo(hook.url())));
    }

    @Test
    void deadAfterTheLastAttemptThenSentByTheRetryEndpoint() {
        hook.answerAlways(503);
        driver.sweepAndSendAt(NOW);
        for (int i = 0; i < 10; i++) {
            driver.sendAfter(Duration.ofHours(7)); // longer than the longest backoff
        }
        Map<String, Object> dead = onlyRow();
        assertEquals("DEAD", dead.get("status"));
        assertEquals(8, dead.get("attempts"), "pacta.dispatch.max-attempts");
        assertEquals(8, hook.deliveries().size());

        hook.answerAlways(204);
        given().post("/api/notifications/" + dead.get("id") + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        driver.send();

        assertEquals("SENT", onlyRow().get("status"));
        assertEquals(List.of(key()), hook.acceptedIds());
        assertEquals(9, hook.deliveries().size());
        given().post("/api/notifications/" + dead.get("id") + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedWithoutASecondLookup() {
        // The receiver listens on loopback; any later lookup of the name answers an address where nothing listens.
        WebhookTargetsTest.Rebinding dns = new WebhookTargetsTest.Rebinding("127.0.0.1", "192.0.2.1", "192.0.2.1");
        QuarkusMock.installMockForType(dns, HostResolver.class);
        String url = hook.url().replace("127.0.0.1", WebhookTargetsTest.Rebinding.NAME);
        long other = commitment(agreement(partyCode).remindOwners(false).create(), partyCode)
                .dueDate(LocalDate.of(2026, 10, 3)).create();
        Map<String, Object> created = subscribe(webhookSubscription(Map.of("commitmentId", other), url));
        try {
            driver.sweepAndSendAt(NOW);

            assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsTo(url)), notificationsTo(url).toString());
            assertEquals(1, dns.asked, "the name was looked up once, for the connection it was checked for");
            assertTrue(hook.deliveries().stream().anyMatch(d -> d.id().startsWith("commitment:" + other + ":")));
        } finally {
            deleteSubscription(((Number) created.get("id")).longValue());
        }
    }

    @Test
    void deletingTheSubscriptionStopsItsRetries() {
        hook.answerNext(500);
        driver.sweepAndSendAt(NOW);

        deleteSubscription(subscriptionId);
        driver.sendAfter(Duration.ofHours(1));

        Map<String, Object> row = onlyRow();
        assertEquals("CANCELLED", row.get("status"));
        assertEquals("The subscription was deleted.", row.get("lastError"));
        assertEquals(1, hook.deliveries().size());
    }
}
