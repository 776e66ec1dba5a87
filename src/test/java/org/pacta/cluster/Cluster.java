package org.pacta.cluster;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pacta.testsupport.WebhookReceiver;

/**
 * Several Pacta processes from the packaged jar on one fresh PostgreSQL database, with one SMTP server (GreenMail)
 * and one webhook receiver. Register it on a test class; each test gets its own database, dropped afterwards, and
 * its nodes' output in {@code target/cluster/<test>/node-N.log}, whose tails are printed when the test fails.
 * Every scenario's duration and figures go to {@code target/cluster/report.txt}.
 */
public final class Cluster implements BeforeEachCallback, AfterEachCallback {

    public static final String ADMIN_EMAIL = "admin@cluster.test";
    public static final String ADMIN_PASSWORD = "cluster-admin-password-2026";
    static final Path ROOT = Path.of("target", "cluster");
    /** A node starts in about 10 s here; on a machine shared with heavy builds it has been seen to take 150 s. */
    static final Duration READY_WITHIN = Duration.ofMinutes(4);
    private static boolean reportStarted;

    private final Map<String, String> settings = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();
    private Path dir;
    private Database database;
    private GreenMail smtp;
    private SlowSmtp slowSmtp;
    private Duration smtpDelay;
    private NoisyNeighbour noise;
    private int smtpPort;
    private WebhookReceiver webhooks;
    private long startedNanos;

    /** Short durations, so that a scenario runs in real time in minutes; each test may change them before start. */
    public Cluster() {
        settings.put("PACTA_FOLLOWUP_SWEEP_EVERY", "3s");
        settings.put("PACTA_FOLLOWUP_REVIEW_EVERY", "30s");
        settings.put("PACTA_FOLLOWUP_DIGEST_EVERY", "30s");
        settings.put("PACTA_DISPATCH_EVERY", "2s");
        settings.put("PACTA_DISPATCH_LEASE", "PT30S");
        settings.put("PACTA_DB_POOL_SIZE", "8");
    }

    /** Mail goes to a server that answers each message only after this delay, instead of GreenMail. */
    public Cluster smtpAnsweringAfter(Duration delay) {
        this.smtpDelay = delay;
        return this;
    }

    /**
     * Processes that keep every core of the machine busy from the moment the first nodes are ready to the end of the
     * test, as another service sharing the machine would: the nodes, PostgreSQL and the receivers run on what is left.
     */
    public Cluster withNoisyNeighbour() {
        this.noise = new NoisyNeighbour();
        return this;
    }

    /** An environment variable for every node started from now on. */
    public Cluster with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        String skip = ClusterConditions.skipReason();
        if (skip != null && ClusterConditions.required()) {
            throw new AssertionError(skip);
        }
        Assumptions.assumeTrue(skip == null, skip);
        // A killed node resets its SMTP connections and GreenMail's handler thread throws: that is the scenario, not
        // a failure of the wait under way.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        dir = ROOT.resolve(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        deleteTree(dir);
        Files.createDirectories(dir);
        database = Database.create();
        smtpPort = Node.freePort();
        if (smtpDelay != null) {
            slowSmtp = new SlowSmtp(smtpPort, smtpDelay);
        } else {
            smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        webhooks = new WebhookReceiver();
        startedNanos = System.nanoTime();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database == null) {
            return;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
        boolean failed = context.getExecutionException().isPresent();
        if (failed) {
            for (Node n : nodes) {
                System.err.println("---- last lines of " + n.log() + "\n" + n.tail(60));
            }
        }
        if (noise != null) {
            noise.close();
        }
        Node.stopAll(nodes);
        if (smtp != null) {
            smtp.stop();
        }
        if (slowSmtp != null) {
            try {
                slowSmtp.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        webhooks.close();
        database.drop();
        writeReport(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName(),
                failed ? "FAILED" : "passed", seconds);
    }

    // --- nodes

    /**
     * Starts {@code count} more nodes at once and waits until every one is ready. On the suite's fresh database
     * they meet Quartz's first start together, as nodes of a new deployment do (design decision 21).
     */
    public List<Node> start(int count) {
        List<Node> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node n = new Node("node-" + (nodes.size() + 1), dir.resolve("node-" + (nodes.size() + 1)),
                    ClusterConditions.JAR, environment());
            nodes.add(n);
            started.add(n.launch());
        }
        started.forEach(n -> n.awaitReady(READY_WITHIN));
        if (noise != null && noise.processes() == 0) {
            noise.start();
            report("noisy neighbour: " + noise.processes() + " busy process(es), one per core, from the nodes' start on");
        }
        return started;
    }

    /** Starts these (stopped or killed) nodes again at once and waits until they are ready. */
    public void restart(Node... again) {
        for (Node n : again) {
            n.launch();
        }
        for (Node n : again) {
            n.awaitReady(READY_WITHIN);
        }
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(settings);
        env.put("PACTA_DB_URL", database.jdbcUrl());
        env.put("PACTA_DB_USER", Database.USER);
        env.put("PACTA_DB_PASSWORD", "");
        env.put("PACTA_SESSION_KEY", key("session"));
        env.put("PACTA_SIGNING_KEY", key("signing"));
        env.putIfAbsent("PACTA_ADMIN_EMAIL", ADMIN_EMAIL);
        env.putIfAbsent("PACTA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PACTA_WEBHOOKS_ALLOW_PRIVATE", "true");
        env.put("PACTA_SECURITY_SECURE_COOKIES", "false");
        env.put("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "false");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        return env;
    }

    private final Map<String, String> keys = new HashMap<>();

    /** One random key per cluster and purpose: every node gets the same. */
    private String key(String purpose) {
        return keys.computeIfAbsent(purpose, p -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
    }

    // --- what the nodes share

    public Database database() {
        return database;
    }

    public WebhookReceiver webhooks() {
        return webhooks;
    }

    /** Opens a mailbox before anything is sent to it (GreenMail creating it mid-exchange has been seen to stall). */
    public String mailbox(String address) {
        if (smtp != null) {
            smtp.setUser(address, address, address);
        }
        return address;
    }

    /** The idempotency key ({@code X-Pacta-Key}) of every message the SMTP server received, in order. */
    public List<String> mailKeys() {
        if (slowSmtp != null) {
            return slowSmtp.keys();
        }
        List<String> keys = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                keys.add(m.getHeader("X-Pacta-Key", null));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    // --- signing in

    /** Signs in through the login form on the node; answers the session cookie. */
    public static String signIn(Node node, String email, String password) {
        return node.given().redirects().follow(false).formParam("j_username", email).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
    }

    /** The administrator's API token, created through a session on the node. */
    public static String adminToken(Node node) {
        String session = signIn(node, ADMIN_EMAIL, ADMIN_PASSWORD);
        return node.given().cookie("quarkus-credential", session).contentType(ContentType.JSON)
                .body(Map.of("name", "cluster suite", "expiresAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
    }

    public static RequestSpecification api(Node node, String token) {
        return node.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    // --- waiting and reporting

    /** Waits, without sleeping, until the wall clock has passed the moment. */
    public static void awaitMoment(Instant moment) {
        Duration left = Duration.between(Instant.now(), moment);
        await("the clock passes " + moment).atMost(left.plusSeconds(5).isNegative() ? Duration.ofSeconds(5) : left.plusSeconds(5))
                .pollInterval(Duration.ofMillis(200)).until(() -> Instant.now().isAfter(moment));
    }

    /** A figure for target/cluster/report.txt (and the test's output). */
    public void report(String figure) {
        figures.add(figure);
        System.out.println("[cluster] " + figure);
    }

    private synchronized void writeReport(String test, String outcome, long seconds) {
        try {
            Files.createDirectories(ROOT);
            Path report = ROOT.resolve("report.txt");
            StringBuilder sb = new StringBuilder();
            if (!reportStarted) {
                reportStarted = true;
                Files.deleteIfExists(report);
                sb.append("Pacta cluster suite, run of ").append(Instant.now()).append('\n');
            }
            sb.append(String.format("%-60s %-6s %4d s%n", test, outcome, seconds));
            figures.forEach(f -> sb.append("    ").append(f).append('\n'));
            Files.writeString(report, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var walk = Files.walk(p)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static RequestSpecification anonymous(Node node) {
        return RestAssured.given().baseUri(node.url());
    }
}
