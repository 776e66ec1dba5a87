package org.pacta.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * When the cluster suite runs: only when asked for ({@code -Dpacta.cluster=true}), with PostgreSQL reachable and the
 * packaged jar built with the {@code postgres} profile. Not asked for, every test skips itself with one message saying
 * how to run it, so that {@code ./mvnw verify} on a machine with only a JDK stays green. Asked for but impossible (no
 * PostgreSQL, no postgres jar), every test fails with that message: whoever asked (CI) must not read a skip as a pass.
 */
final class ClusterConditions {

    static final Path APP = Path.of("target", "quarkus-app");
    static final Path JAR = APP.resolve("quarkus-run.jar").toAbsolutePath();
    static final String HOW = "To run it: ./mvnw -B -DskipTests -Dquarkus.profile=postgres package && ./mvnw -B"
            + " -Dpacta.cluster=true failsafe:integration-test failsafe:verify, with PostgreSQL at 127.0.0.1:5432"
            + " (user postgres, trust auth), as .ci/run does.";

    private static String reason;
    private static boolean decided;

    private ClusterConditions() {
    }

    /** Whether the suite was asked for; then a reason not to run it is a failure, not a skip. */
    static boolean required() {
        return Boolean.getBoolean("pacta.cluster");
    }

    /** Why the suite cannot run here, or null when it can; said once on the console. */
    static synchronized String skipReason() {
        if (!decided) {
            decided = true;
            reason = decide();
            if (reason != null) {
                System.err.println("[cluster] " + reason);
            }
        }
        return reason;
    }

    private static String decide() {
        if (!required()) {
            return "Cluster suite skipped: -Dpacta.cluster=true was not given. " + HOW;
        }
        if (!Files.isRegularFile(JAR)) {
            return "Cluster suite cannot run: " + JAR + " has not been built. " + HOW;
        }
        String profile = buildProfile();
        if (!"postgres".equals(profile)) {
            return "Cluster suite cannot run: the packaged jar is the " + profile + " build, not the postgres build. " + HOW;
        }
        if (!Database.reachable()) {
            return "Cluster suite cannot run: no PostgreSQL at " + Database.HOST + ":" + Database.PORT + " for user "
                    + Database.USER + ". " + HOW;
        }
        return null;
    }

    /**
     * The profile the jar was built with. Quarkus keeps the build profile as the packaged application's default
     * runtime profile, a constant of its generated config customizer: "postgres" for the postgres build, "prod" for the
     * plain one. Reading the class file's constants tells it without starting anything.
     */
    static String buildProfile() {
        Path generated = APP.resolve("quarkus").resolve("generated-bytecode.jar");
        try (ZipFile zip = new ZipFile(generated.toFile())) {
            var entry = zip.getEntry("io/quarkus/runtime/generated/RunTimeConfigCustomizer.class");
            if (entry == null) {
                return "unknown (no generated config in " + generated + ")";
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Set<String> constants = utf8Constants(in);
                return constants.contains("postgres") ? "postgres" : constants.contains("prod") ? "plain (prod)" : "unknown";
            }
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS 4.4). */
    private static Set<String> utf8Constants(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Set<String> out = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}
