package org.pacta.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhooks signed per the Standard Webhooks scheme: {@code webhook-id} is the idempotency key,
 * {@code webhook-signature} is {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body} with the secret.
 * 2xx is delivered; 410 switches the subscription off; anything else is retried.
 */
@ApplicationScoped
public class WebhookChannel {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    public static final String SECRET_PREFIX = "whsec_";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    public CompletableFuture<Delivery> send(Notification n, Message m, String secret) {
        Optional<org.pacta.platform.Phrase> problem = WebhookTargets.problem(n.recipient, pacta.webhooks().allowPrivate());
        if (problem.isPresent()) {
            return CompletableFuture.completedFuture(Delivery.dead(problem.get().english()));
        }
        long timestamp = clock.instant().getEpochSecond();
        String body;
        try {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", m.eventType());
            event.put("timestamp", clock.instant().toString());
            event.put("idempotencyKey", n.idempotencyKey);
            event.put("subject", m.subject());
            event.put("data", m.data());
            body = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return CompletableFuture.completedFuture(Delivery.dead("Payload not serializable: " + e.getOriginalMessage()));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(n.recipient)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Pacta-Webhooks/1")
                .header("webhook-id", n.idempotencyKey)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", "v1," + sign(secret, n.idempotencyKey, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Delivery.sent();
            }
            if (status == 410) {
                return Delivery.gone("The receiver answered 410 Gone.");
            }
            return Delivery.retry("The receiver answered HTTP " + status + ".");
        }).exceptionally(e -> Delivery.retry("Webhook: " + EmailChannel.rootMessage(e)));
    }

    /** base64(HMAC-SHA256(secret, id + "." + timestamp + "." + body)); the secret is base64 after "whsec_". */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
