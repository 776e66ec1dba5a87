package org.pacta.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP endpoint for webhook subscriptions. It checks each delivery's Standard Webhooks signature itself
 * (with the secret Pacta handed out, not with Pacta's code) and answers 204, or the statuses it was told to.
 * Its path is random: a stale subscription of another test that lands on a reused port gets a 404 and is not
 * recorded.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One POST that reached this receiver, and what it answered. */
    public record Delivery(String id, String timestamp, String signature, String body, boolean signatureValid,
            int answered) {
    }

    private final HttpServer server;
    private final String path = "/hooks/" + UUID.randomUUID();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Deque<Integer> scripted = new ArrayDeque<>();
    private volatile int defaultStatus = 204;
    private volatile String secret;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The subscription's secret as Pacta returned it ("whsec_..."). */
    public void secret(String whsec) {
        this.secret = whsec;
    }

    /** The next deliveries get these statuses, in order; after them, the default. */
    public synchronized void answerNext(int... statuses) {
        for (int s : statuses) {
            scripted.add(s);
        }
    }

    public void answerAlways(int status) {
        defaultStatus = status;
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The webhook-id of each delivery answered with a 2xx, in arrival order. */
    public List<String> acceptedIds() {
        return deliveries.stream().filter(d -> d.answered() / 100 == 2).map(Delivery::id).toList();
    }

    private synchronized int nextStatus() {
        Integer s = scripted.poll();
        return s == null ? defaultStatus : s;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path) || !"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            int status = nextStatus();
            deliveries.add(new Delivery(id, timestamp, signature, body, verify(id, timestamp, body, signature), status));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** Standard Webhooks: "v1," + base64(HMAC-SHA256(base64-decoded secret, id.timestamp.body)). */
    private boolean verify(String id, String timestamp, String body, String header) {
        if (secret == null || id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String candidate : header.split(" ")) {
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        candidate.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
