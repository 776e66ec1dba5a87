package org.pacta.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes sweep and dispatch together: 2,000 commitments falling due over a minute, each followed by a webhook and
 * an email subscription ("a minute before" and "overdue"). Every reminder arrives once on each channel.
 */
class ExactlyOnceIT {

    static final int COMMITMENTS = 2000;

    @RegisterExtension
    final Cluster cluster = new Cluster();

    @Test
    void everyReminderOfTwoThousandCommitmentsArrivesExactlyOnce() {
        List<Node> nodes = cluster.start(2);
        Followed followed = new Followed(cluster, nodes.get(0), List.of("PT1M"));
        List<Long> ids = followed.commitmentsDueAt(
                Followed.spread(Instant.now().plusSeconds(100), Duration.ofSeconds(60), COMMITMENTS));

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT1M", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(5));

        int repeats = followed.assertExactlyTheseReminders(expected);
        assertEquals(0, repeats, "deliveries that repeated an earlier one: " + followed.repeats());
        cluster.report(COMMITMENTS + " commitments, " + followed.received().size() + " deliveries (webhook + email), "
                + repeats + " repeated");
        for (Node n : nodes) {
            cluster.report(n.name() + " sent " + n.output().lines().filter(l -> l.contains(" Sent ")).count());
        }
    }
}
