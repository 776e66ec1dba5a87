package org.pacta.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator's fast start (README, "Packaging"; design decision 22): {@code docker/cds-archive.sh} trains a
 * class-data archive for the packaged postgres build on a scratch database, and a node started with it, with sharing
 * made mandatory ({@code -Xshare:on}, so a JVM that could not map the archive would refuse to start), comes up on an
 * empty database and serves a sign-in.
 */
class ClassArchiveIT {

    @RegisterExtension
    final Cluster cluster = new Cluster();

    @Test
    void aNodeStartsWithTheArchiveTheScriptMakes() throws IOException, InterruptedException {
        Path app = ClusterConditions.JAR.getParent();
        Path archive = app.resolve("pacta.jsa");
        Database scratch = Database.create();
        try {
            ProcessBuilder script = new ProcessBuilder("bash", "docker/cds-archive.sh", app.toString())
                    .redirectErrorStream(true);
            script.environment().put("PACTA_DB_URL", scratch.jdbcUrl());
            script.environment().put("PACTA_DB_USER", Database.USER);
            script.environment().put("PACTA_DB_PASSWORD", "");
            script.environment().put("CDS_PORT", Integer.toString(Node.freePort()));
            script.environment().put("JAVA", Node.java());
            Process training = script.start();
            assertTrue(training.waitFor(3, TimeUnit.MINUTES), "the training run ended within 3 minutes");
            String said = new String(training.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, training.exitValue(), "cds-archive.sh failed:\n" + said);
            assertTrue(said.contains("wrote " + archive), said);
            assertTrue(Files.size(archive) > 0, "the archive is not empty");
        } finally {
            scratch.drop();
        }

        cluster.with("JAVA_TOOL_OPTIONS", "-Xshare:on -XX:SharedArchiveFile=" + archive);
        Node node = cluster.start(1).get(0);

        Cluster.signIn(node, Cluster.ADMIN_EMAIL, Cluster.ADMIN_PASSWORD);
        assertEquals(1, cluster.database().count("select count(*) from app_user"), "only this node's administrator");
        cluster.report("archive of " + Files.size(archive) / (1024 * 1024) + " MiB; node started with it and -Xshare:on");
    }
}
