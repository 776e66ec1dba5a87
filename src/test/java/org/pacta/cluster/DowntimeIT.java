package org.pacta.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every node down while several due moments pass, then started again. The nodes are stopped (SIGTERM, as a service
 * manager does) in the middle of a burst of deliveries: a stopping node finishes the batch it is sending and records it.
 * After downtime a recipient hears the latest thing that applies, once (DESIGN, the follow-up engine: "only the latest
 * rung"): the missed "25 seconds before" is overtaken by "overdue", which arrives once per commitment and channel, and
 * the reminders still waiting when the nodes stopped go out after the start; nothing is sent twice.
 */
class DowntimeIT {

    static final int COMMITMENTS = 600;

    @RegisterExtension
    final Cluster cluster = new Cluster();

    @Test
    void afterEveryNodeWasDownOverSeveralDueMomentsEachMissedReminderComesOnce() {
        List<Node> nodes = cluster.start(2);
        Followed followed = new Followed(cluster, nodes.get(0), List.of("PT50S", "PT25S"));
        // One deadline for all: one sweep writes every "50 seconds before" at once, a burst of 1,200 deliveries.
        Instant due = Instant.now().plusSeconds(70);
        List<Long> ids = followed.commitmentsDueAt(Followed.spread(due, Duration.ZERO, COMMITMENTS));

        await("the burst under way").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> cluster.webhooks().acceptedIds().size() >= COMMITMENTS / 4);
        Node.stopAll(nodes);
        Instant down = Instant.now();
        int beforeStop = followed.received().size();
        Cluster.awaitMoment(due.plusSeconds(5));
        cluster.restart(nodes.toArray(Node[]::new));
        long downFor = Duration.between(down, Instant.now()).toSeconds();

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT50S", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(3));
        int repeats = followed.assertExactlyTheseReminders(expected);
        assertEquals(0, repeats, "deliveries that repeated an earlier one: " + followed.repeats());
        for (Node n : nodes) {
            assertEquals(List.of(), n.output().lines().filter(l -> l.contains(" ERROR ")).limit(5).toList(),
                    n.name() + " logged errors");
        }
        cluster.report(COMMITMENTS + " commitments; both nodes stopped after " + beforeStop + " of "
                + expected.size() * 2 + " deliveries, down for " + downFor + " s over two due moments; "
                + repeats + " repeated");
    }
}
