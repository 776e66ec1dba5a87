package org.pacta.cluster;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Pacta process started from the packaged jar, configured through its environment only, with its output in
 * {@code node-N.log}. It can be stopped (SIGTERM), killed (SIGKILL) and started again on the same port.
 */
public final class Node {

    private final String name;
    private final Path dir;
    private final Path log;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private Process process;
    private int starts;

    Node(String name, Path dir, Path jar, Map<String, String> env) {
        this.name = name;
        this.dir = dir;
        this.log = dir.resolveSibling(name + ".log");
        this.jar = jar;
        this.port = freePort();
        this.env = new java.util.HashMap<>(env);
        this.env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        this.env.put("PACTA_BASE_URL", url());
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** A request to this node. */
    public RequestSpecification given() {
        return RestAssured.given().baseUri(url());
    }

    /** Starts the process without waiting for it to be ready. */
    public synchronized Node launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            Files.writeString(log, "==== start " + (++starts) + " of " + name + " on port " + port + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = pb.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java that runs the suite, which runs the nodes too. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the node answers ready, failing at once (with its last output) if its process ends first. */
    public Node awaitReady(Duration atMost) {
        Process watched = process;
        try {
            await(name + " ready at " + url() + "/q/health/ready").atMost(atMost).pollInterval(Duration.ofMillis(250))
                    .failFast(name + " exited before it was ready", () -> !watched.isAlive())
                    .until(this::ready);
        } catch (org.awaitility.core.TerminalFailureException e) {
            throw new AssertionError(name + " exited with status " + watched.exitValue() + " before it was ready; its"
                    + " last output:\n" + tail(40), e);
        }
        return this;
    }

    public boolean ready() {
        try {
            return RestAssured.given().baseUri(url()).get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** kill -9: the process gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /**
     * Stops the process (SIGSTOP) where it stands, and lets it go on (SIGCONT) after {@code length}, without waiting
     * for that here: a machine that froze a virtual machine, a debugger, a very long GC pause. Its connections stay
     * open and what its peers send it waits in its sockets.
     */
    public void stall(Duration length) {
        signal("STOP");
        STALLS.schedule(() -> signal("CONT"), length.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static final java.util.concurrent.ScheduledExecutorService STALLS =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "node-stalls");
                t.setDaemon(true);
                return t;
            });

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A graceful stop (SIGTERM), as an operator's service manager does. */
    public void stop() {
        stopAll(List.of(this));
    }

    /**
     * Stops all of them as a service manager stopping a service on every machine would: each is sent SIGTERM at
     * once, then each is waited for. One after the other, a node that takes long to finish its batch would leave the
     * others running meanwhile.
     */
    public static void stopAll(List<Node> nodes) {
        nodes.stream().filter(Node::alive).forEach(n -> n.process.destroy());
        nodes.forEach(Node::awaitExit);
    }

    private void awaitExit() {
        await(name + " exits").atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
    }

    /** The node's output so far. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines of the node's output contain this text. */
    public long count(String text) {
        return output().lines().filter(l -> l.contains(text)).count();
    }

    public String tail(int lines) {
        List<String> all = output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /**
     * A port no one listens on, below Linux's ephemeral range (32768 and up): a node binds its port seconds after it
     * is chosen, and a port from that range can meanwhile be taken by any outgoing connection, the nodes' own
     * connections to PostgreSQL included (seen in CI as a node that never became ready).
     */
    static synchronized int freePort() {
        for (int i = 0; i < 1_000; i++) {
            int candidate = nextPort;
            nextPort = nextPort >= 32_000 ? 20_000 : nextPort + 1;
            try (ServerSocket s = new ServerSocket(candidate)) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // In use: try the next one.
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static int nextPort = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
}
