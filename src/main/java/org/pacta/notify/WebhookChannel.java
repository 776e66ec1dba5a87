package org.pacta.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhooks signed per the Standard Webhooks scheme: {@code webhook-id} is the idempotency key,
 * {@code webhook-signature} is {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body} with the secret.
 * 2xx is delivered; 410 switches the subscription off; anything else is retried. The host is resolved once and the
 * connection goes to the address that was checked ({@link WebhookTargets#resolve}); how long the receiver may take
 * is the dispatcher's to judge ({@code pacta.webhooks.timeout}), which cancels a send it gave up on.
 */
@ApplicationScoped
public class WebhookChannel {

    /** Webhooks of one batch sent at once, and connections kept per receiver. */
    static final int CONCURRENT = 32;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final String SECRET_PREFIX = "whsec_";

    @Inject
    Vertx vertx;

    @Inject
    HostResolver names;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    private HttpClient http;

    @PostConstruct
    void open() {
        http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                .setMaxPoolSize(CONCURRENT).setKeepAlive(true).setIdleTimeout(30).setForceSni(true).setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    public CompletableFuture<Delivery> send(Notification n, Message m, String secret) {
        WebhookTargets.Resolved resolved = WebhookTargets.resolve(n.recipient, pacta.webhooks().allowPrivate(), names);
        if (resolved.problem() != null) {
            String why = resolved.problem().english();
            return CompletableFuture.completedFuture(resolved.unresolved() ? Delivery.retry(why) : Delivery.dead(why));
        }
        long timestamp = clock.instant().getEpochSecond();
        String body;
        try {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", m.eventType());
            event.put("timestamp", clock.instant().toString());
            event.put("idempotencyKey", n.idempotencyKey);
            event.put("subject", m.subject());
            // What a chat receiver shows (Slack-style "text"), in the subscription's language like the subject.
            event.put("text", m.subject().startsWith("[Pacta] ") ? m.subject().substring(8) : m.subject());
            event.put("data", m.data());
            body = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return CompletableFuture.completedFuture(Delivery.dead("Payload not serializable: " + e.getOriginalMessage()));
        }
        URI uri = resolved.target().uri();
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(n.recipient)
                .setServer(SocketAddress.inetSocketAddress(port, resolved.target().address().getHostAddress()))
                .setFollowRedirects(false)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Pacta-Webhooks/1")
                .putHeader("webhook-id", n.idempotencyKey)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", "v1," + sign(secret, n.idempotencyKey, timestamp, body));
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        http.request(request).compose(r -> {
            sent.set(r);
            if (result.isCancelled()) {
                r.reset();
            }
            return r.send(Buffer.buffer(body));
        }).onComplete(answer -> {
            if (answer.failed()) {
                result.complete(Delivery.retry("Webhook: " + EmailChannel.rootMessage(answer.cause())));
                return;
            }
            HttpClientResponse response = answer.result();
            result.complete(outcome(response.statusCode()));
            try {
                response.handler(ignored -> { });
                response.exceptionHandler(ignored -> { });
            } catch (IllegalStateException alreadyEnded) {
                // A body-less answer (204) has ended by now: nothing to discard.
            }
        });
        // The dispatcher gave up waiting: the connection is reset rather than left to answer into nothing.
        result.whenComplete((d, e) -> {
            if (result.isCancelled() && sent.get() != null) {
                sent.get().reset();
            }
        });
        return result;
    }

    private static Delivery outcome(int status) {
        if (status >= 200 && status < 300) {
            return Delivery.sent();
        }
        if (status == 410) {
            return Delivery.gone("The receiver answered 410 Gone.");
        }
        return Delivery.retry("The receiver answered HTTP " + status + ".");
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
