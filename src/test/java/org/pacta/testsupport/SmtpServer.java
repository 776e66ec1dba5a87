package org.pacta.testsupport;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on the port the {@code %test} profile sends to (3025).
 * When that port is taken (another build on this machine), it moves to a free one and tells Quarkus so.
 * Messages are never purged: tests share the server, so each test reads only what went to its own addresses.
 */
@QuarkusTestResource(SmtpServer.class)
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    public static final int PREFERRED_PORT = 3025;

    private static GreenMail greenMail;
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        if (greenMail == null) {
            port = portFree(PREFERRED_PORT) ? PREFERRED_PORT : freePort();
            try {
                greenMail = started(port);
            } catch (IllegalStateException taken) {
                // Another build on this machine took the port between the check and the start.
                port = freePort();
                greenMail = started(port);
            }
        }
        return Map.of("quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.host", "127.0.0.1");
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Takes the server down (an SMTP outage); {@link #up()} brings it back on the same port. */
    public static synchronized void down() {
        // Keep what arrived before the outage readable.
        EARLIER.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        greenMail.stop();
    }

    public static synchronized void up() {
        greenMail = started(port);
        MAILBOXES.forEach(a -> greenMail.setUser(a, a, a));
    }

    private static final java.util.Set<String> MAILBOXES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Opens the mailbox before anything is sent to it. GreenMail otherwise creates it during the SMTP exchange, and
     * with several exchanges at once one of them has been seen to stall until the dispatcher gave up on it.
     */
    public static synchronized String mailbox(String address) {
        if (greenMail != null && MAILBOXES.add(address)) {
            greenMail.setUser(address, address, address);
        }
        return address;
    }

    private static final List<MimeMessage> EARLIER = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Every message delivered to this address so far, in the order the server received them. */
    public static synchronized List<MimeMessage> messagesTo(String address) {
        List<MimeMessage> all = new java.util.ArrayList<>(EARLIER);
        all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        return all.stream().filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits (the SMTP exchange finishes on another thread) until exactly {@code count} messages went to the address. */
    public static List<MimeMessage> awaitMessagesTo(String address, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(address).size() >= count);
        return messagesTo(address);
    }

    /** The body part of this type (text/plain, text/html) of a message. */
    public static String part(MimeMessage m, String type) {
        try {
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) m.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType(type)) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no " + type + " part");
    }

    public static List<String> subjectsTo(String address) {
        return messagesTo(address).stream().map(SmtpServer::subject).toList();
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** A busy machine can take more than GreenMail's default two seconds to open the port. */
    private static GreenMail started(int p) {
        ServerSetup setup = new ServerSetup(p, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(30_000);
        GreenMail server = new GreenMail(setup);
        try {
            server.start();
        } catch (IllegalStateException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    private static boolean portFree(int p) {
        try (ServerSocket s = new ServerSocket(p)) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
