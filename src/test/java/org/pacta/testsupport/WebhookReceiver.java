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
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
    private final Deque<Hold> holds = new ArrayDeque<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private volatile int defaultStatus = 204;
    private volatile String secret;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        // Each request on its own thread, as real receivers serve them: one slow answer holds up no other.
        server.setExecutor(handlers);
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

    /** The answer to a delivery that waits until it is released or its time is up, whichever comes first. */
    public record Hold(CountDownLatch released, Duration atMost) {
        public void release() {
            released.countDown();
        }
    }

    /**
     * The next delivery is recorded when it arrives but answered only after {@code delay}: a receiver slower than
     * Pacta is willing to wait. Answers the hold, which the test may release earlier.
     */
    public synchronized Hold answerNextAfter(Duration delay) {
        Hold hold = new Hold(new CountDownLatch(1), delay);
        holds.add(hold);
        return hold;
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

    private synchronized Hold nextHold() {
        return holds.poll();
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
            Hold hold = nextHold();
            deliveries.add(new Delivery(id, timestamp, signature, body, verify(id, timestamp, body, signature), status));
            if (hold != null) {
                try {
                    hold.released().await(hold.atMost().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
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
        synchronized (this) {
            holds.forEach(Hold::release);
        }
        server.stop(0);
        handlers.shutdownNow();
    }
}
