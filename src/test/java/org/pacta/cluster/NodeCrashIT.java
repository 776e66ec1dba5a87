package org.pacta.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 of a node in the middle of a burst of deliveries: the other node finishes the work, the rows the dead node
 * had claimed go out again once their lease ends, and nothing is missing. A repeat is allowed (at-least-once) but
 * carries the same idempotency key as the first delivery, so a receiver can drop it; the test counts them.
 */
class NodeCrashIT {

    static final int COMMITMENTS = 1000;

    @RegisterExtension
    final Cluster cluster = new Cluster().with("PACTA_DISPATCH_LEASE", "PT15S");

    @Test
    void whenANodeIsKilledWhileDispatchingTheOtherFinishesAndNothingIsLost() {
        List<Node> nodes = cluster.start(2);
        Node victim = nodes.get(0);
        Node survivor = nodes.get(1);
        Followed followed = new Followed(cluster, survivor, List.of("PT1M"));
        // "A minute before" falls due for all of them within seconds of each other: a burst of 2,000 deliveries.
        List<Long> ids = followed.commitmentsDueAt(
                Followed.spread(Instant.now().plusSeconds(75), Duration.ofSeconds(5), COMMITMENTS));

        await("the burst under way").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> cluster.webhooks().acceptedIds().size() >= COMMITMENTS / 4);
        victim.kill();
        int atKill = followed.received().size();
        long claimedAtKill = cluster.database().count("select count(*) from notification where status = 'SENDING'");

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT1M", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(4));

        int repeats = followed.assertExactlyTheseReminders(expected);
        assertTrue(survivor.alive() && survivor.ready());
        long reclaimed = cluster.database().count("select count(*) from notification where attempts > 1");
        cluster.report(COMMITMENTS + " commitments, " + expected.size() * 2 + " reminders; kill -9 after " + atKill
                + " deliveries, " + claimedAtKill + " rows claimed (SENDING) at that moment");
        cluster.report("rows sent again after the lease: " + reclaimed + "; repeated deliveries (same key): " + repeats);
        System.out.println("[cluster] repeated keys: " + followed.repeats());
    }
}
