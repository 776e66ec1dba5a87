package org.pacta.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.pacta.notify.WebhookChannel;

/**
 * A real HTTP receiver for webhooks. It checks each delivery's Standard Webhooks signature with the secret it is
 * given, records what came, and answers with the status it is told to (200, 500 for an outage, 410 to say stop).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received. */
    public record Delivery(String id, String timestamp, String signature, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private volatile String secret;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
                boolean valid = secret != null && id != null && ts != null && sig != null
                        && sig.equals("v1," + WebhookChannel.sign(secret, id, Long.parseLong(ts), body));
                int answer = status.get();
                if (answer >= 200 && answer < 300) {
                    received.add(new Delivery(id, ts, sig, body, valid));
                }
                exchange.sendResponseHeaders(answer, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void secret(String secret) {
        this.secret = secret;
    }

    public void answer(int status) {
        this.status.set(status);
    }

    public List<Delivery> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
