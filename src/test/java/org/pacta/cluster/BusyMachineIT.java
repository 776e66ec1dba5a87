package org.pacta.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exactly-once and crash scenarios on a machine another program keeps busy (one busy process per core for the
 * whole test). Without a crash nothing may repeat, even when a node stands still (SIGSTOP) for longer than a receiver
 * may take to answer; after a kill -9 a repeat may happen, always with the same key, and is counted.
 */
class BusyMachineIT {

    static final int COMMITMENTS = 1000;
    /** Longer than a webhook receiver may take to answer (10 s), shorter than the lease (30 s in the suite). */
    static final Duration STALL = Duration.ofSeconds(15);

    @RegisterExtension
    final Cluster cluster = new Cluster().withNoisyNeighbour();

    @Test
    void everyReminderArrivesOnceWhileTheMachineIsBusyAndANodeStandsStillMidSend() {
        List<Node> nodes = cluster.start(2);
        Followed followed = new Followed(cluster, nodes.get(1), List.of("PT1M"));
        List<Long> ids = followed.commitmentsDueAt(
                Followed.spread(Instant.now().plusSeconds(90), Duration.ofSeconds(40), COMMITMENTS));

        await("the burst under way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> cluster.webhooks().acceptedIds().size() >= COMMITMENTS / 4);
        int atStall = followed.received().size();
        nodes.get(0).stall(STALL);

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT1M", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(6));

        int repeats = followed.assertExactlyTheseReminders(expected);
        assertEquals(0, repeats, "deliveries that repeated an earlier one: " + followed.repeats());
        cluster.report(COMMITMENTS + " commitments, " + followed.received().size() + " deliveries on a busy machine; node-1"
                + " stood still for " + STALL.toSeconds() + " s after " + atStall + " deliveries; " + repeats + " repeated");
        for (Node n : nodes) {
            cluster.report(n.name() + " sent " + n.count(" Sent ") + "; answers given up on: " + n.count("got no answer in time")
                    + "; rows taken over from it: " + n.count("were taken over by another node"));
        }
    }

    @Test
    void whenANodeIsKilledOnABusyMachineNothingIsLostAndEveryRepeatCarriesTheSameKey() {
        cluster.with("PACTA_DISPATCH_LEASE", "PT15S");
        List<Node> nodes = cluster.start(2);
        Node victim = nodes.get(0);
        Followed followed = new Followed(cluster, nodes.get(1), List.of("PT1M"));
        List<Long> ids = followed.commitmentsDueAt(
                Followed.spread(Instant.now().plusSeconds(90), Duration.ofSeconds(5), COMMITMENTS / 2));

        await("the burst under way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> cluster.webhooks().acceptedIds().size() >= COMMITMENTS / 8);
        victim.kill();
        long claimedAtKill = cluster.database().count("select count(*) from notification where status = 'SENDING'");

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT1M", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(5));

        // One key per reminder on each channel: a repeat is the same delivery again, never a new key.
        int repeats = followed.assertExactlyTheseReminders(expected);
        assertTrue(nodes.get(1).alive());
        cluster.report(COMMITMENTS / 2 + " commitments on a busy machine; kill -9 with " + claimedAtKill
                + " rows claimed; repeated deliveries (same key): " + repeats + " " + followed.repeats());
    }
}
