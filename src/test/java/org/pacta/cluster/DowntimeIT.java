package org.pacta.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every node down while several due moments pass, then started again. After downtime a recipient hears the latest
 * thing that applies, once (DESIGN, the follow-up engine: "only the latest rung"): the missed "25 seconds before" is
 * overtaken by "overdue", which arrives once per commitment and channel; nothing is sent twice.
 */
class DowntimeIT {

    static final int COMMITMENTS = 200;

    @RegisterExtension
    final Cluster cluster = new Cluster();

    @Test
    void afterEveryNodeWasDownOverSeveralDueMomentsEachMissedReminderComesOnce() {
        List<Node> nodes = cluster.start(2);
        Followed followed = new Followed(cluster, nodes.get(0), List.of("PT50S", "PT25S"));
        Instant due = Instant.now().plusSeconds(75);
        List<Long> ids = followed.commitmentsDueAt(Followed.spread(due, Duration.ofSeconds(2), COMMITMENTS));

        Set<String> before = Followed.expected(ids, "DUE_SOON:PT50S");
        followed.awaitDelivered(before, Duration.ofMinutes(2));
        nodes.forEach(Node::stop);
        Instant down = Instant.now();
        Cluster.awaitMoment(due.plusSeconds(5));
        cluster.restart(nodes.toArray(Node[]::new));
        long downFor = Duration.between(down, Instant.now()).toSeconds();

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT50S", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(3));
        int repeats = followed.assertExactlyTheseReminders(expected);
        assertEquals(0, repeats, "deliveries that repeated an earlier one: " + followed.repeats());
        cluster.report(COMMITMENTS + " commitments; all nodes down for " + downFor + " s over two due moments; "
                + "each got its overdue reminder once per channel, " + repeats + " repeated");
    }
}
