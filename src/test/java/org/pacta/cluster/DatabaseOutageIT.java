package org.pacta.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL going away while the nodes sweep and dispatch. The suite shares the PostgreSQL server with whatever else
 * runs on the machine, so it does not restart the server: it does to its own database what a restart does to the
 * nodes. It refuses new connections to it ({@code ALLOW_CONNECTIONS false}) and terminates every backend, again and
 * again for 12 seconds, then lets them in again. The nodes must reconnect by themselves, and nothing may be lost.
 */
class DatabaseOutageIT {

    static final int COMMITMENTS = 300;

    @RegisterExtension
    final Cluster cluster = new Cluster();

    @Test
    void afterTheDatabaseWasGoneMidSweepBothNodesRecoverAndNothingIsLost() {
        List<Node> nodes = cluster.start(2);
        Followed followed = new Followed(cluster, nodes.get(0), List.of("PT30S"));
        List<Long> ids = followed.commitmentsDueAt(
                Followed.spread(Instant.now().plusSeconds(45), Duration.ofSeconds(40), COMMITMENTS));

        await("the first reminders out").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> cluster.webhooks().acceptedIds().size() >= COMMITMENTS / 5);
        Database db = cluster.database();
        AtomicInteger terminated = new AtomicInteger(db.refuseConnections());
        try {
            await("the outage").during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500)).until(() -> terminated.addAndGet(db.terminateBackends()) >= 0);
        } finally {
            db.allowConnections();
        }
        Instant back = Instant.now();
        int before = followed.received().size();
        for (Node n : nodes) {
            await(n.name() + " ready again").atMost(Duration.ofMinutes(2)).until(n::ready);
        }
        await("deliveries again").atMost(Duration.ofMinutes(2)).until(() -> followed.received().size() > before);
        long recovery = Duration.between(back, Instant.now()).toSeconds();

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT30S", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(4));
        int repeats = followed.assertExactlyTheseReminders(expected);
        cluster.report(COMMITMENTS + " commitments; 12 s without the database, " + terminated.get()
                + " backends terminated; both nodes ready and delivering again " + recovery
                + " s after it came back");
        cluster.report("repeated deliveries (same key): " + repeats);
    }
}
