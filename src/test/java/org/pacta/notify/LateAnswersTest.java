package org.pacta.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.subscribe;
import static org.pacta.testsupport.FollowupFixtures.webhookSubscription;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
import org.pacta.testsupport.WebhookReceiver;

/**
 * A receiver that answers after Pacta stopped waiting may have processed the message: Pacta says so, sends it again
 * with the same webhook-id after the usual backoff, and neither loses it nor gives it a new key.
 */
@QuarkusTest
@TestProfile(LateAnswersTest.ShortTimeout.class)
class LateAnswersTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pacta.webhooks.timeout", "PT1S");
        }
    }

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

    @Inject
    FollowupDriver driver;

    @Inject
    MeterRegistry registry;

    private WebhookReceiver hook;
    private long commitmentId;

    @BeforeEach
    void setUp() {
        hook = new WebhookReceiver();
        String partyCode = party("Asia/Tehran");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        commitmentId = commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 10, 3)).create();
        hook.secret((String) subscribe(webhookSubscription(Map.of("commitmentId", commitmentId), hook.url())).get("secret"));
    }

    @AfterEach
    void tearDown() {
        hook.close();
    }

    private double uncertain() {
        var counter = registry.find("pacta.reminders.uncertain").tag("channel", "WEBHOOK").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aWebhookAnsweredAfterItsTimeoutGoesOutAgainWithTheSameIdAndIsNotLost() {
        double before = uncertain();
        WebhookReceiver.Hold late = hook.answerNextAfter(Duration.ofSeconds(30));

        driver.sweepAndSendAt(NOW);
        late.release();

        Map<String, Object> waiting = notificationsTo(hook.url()).get(0);
        assertEquals("RETRY", waiting.get("status"));
        assertTrue(((String) waiting.get("lastError")).startsWith("No answer within 1 s; the receiver may have it"),
                (String) waiting.get("lastError"));
        assertEquals(before + 1, uncertain(), "counted in pacta_reminders_uncertain_total");

        driver.sendAfter(Duration.ofSeconds(40));

        List<Map<String, Object>> rows = notificationsTo(hook.url());
        assertEquals(1, rows.size());
        assertEquals("SENT", rows.get(0).get("status"));
        assertEquals(2, rows.get(0).get("attempts"));
        List<String> ids = hook.deliveries().stream().map(WebhookReceiver.Delivery::id).toList();
        assertEquals(2, ids.size(), "the late-answered delivery and the one sent again");
        assertEquals(ids.get(0), ids.get(1), "both carry the same webhook-id, so the receiver can drop the second");
        assertTrue(ids.get(0).startsWith("commitment:" + commitmentId + ":"), ids.get(0));
        assertTrue(hook.deliveries().stream().allMatch(WebhookReceiver.Delivery::signatureValid));
    }
}
