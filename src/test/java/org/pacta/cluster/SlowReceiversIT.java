package org.pacta.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Receivers slower than usual, on two nodes: an SMTP relay that answers every message only after 40 s (longer than
 * the lease, shorter than the mail timeout) and a webhook receiver whose first answer comes after 15 s (longer than
 * the webhook timeout). Nothing is lost; the email is not sent twice, because the node keeps its lease while it waits;
 * the webhook is sent again, said so, and with the same webhook-id.
 */
class SlowReceiversIT {

    static final int COMMITMENTS = 10;

    @RegisterExtension
    final Cluster cluster = new Cluster().smtpAnsweringAfter(Duration.ofSeconds(40));

    @Test
    void aRelayAnsweringAfterFortySecondsAndALateWebhookLoseNothingAndRepeatOnlyWithTheSameKey() {
        List<Node> nodes = cluster.start(2);
        Followed followed = new Followed(cluster, nodes.get(0), List.of("PT30S"));
        cluster.webhooks().answerNextAfter(Duration.ofSeconds(15));
        List<Long> ids = followed.commitmentsDueAt(
                Followed.spread(Instant.now().plusSeconds(45), Duration.ofSeconds(5), COMMITMENTS));

        Set<String> expected = Followed.expected(ids, "DUE_SOON:PT30S", "OVERDUE");
        followed.awaitDelivered(expected, Duration.ofMinutes(5));

        List<String> mail = followed.mailKeys();
        assertEquals(expected.size(), mail.size(), "every email once, though each took 40 s to be accepted: " + mail);
        assertEquals(expected.size(), new HashSet<>(mail).size());
        List<String> hooks = followed.webhookIds();
        Map<String, Long> sent = hooks.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(expected.size(), sent.size(), "one webhook-id per reminder");
        assertEquals(List.of(2L), sent.values().stream().filter(c -> c > 1).toList(),
                "the late-answered webhook went out once more, with the same id, and no other did");
        assertEquals(0, cluster.database().count("select count(*) from notification where status <> 'SENT'"));
        long saidSo = nodes.stream().mapToLong(n -> n.count("got no answer in time")).sum();
        assertTrue(saidSo >= 1, "a node said that it sends the webhook again");
        cluster.report(COMMITMENTS + " commitments: " + mail.size() + " emails each accepted after 40 s, none twice; "
                + hooks.size() + " webhook deliveries for " + sent.size() + " reminders, the late one sent again "
                + "with its id; " + saidSo + " 'no answer in time' line(s)");
    }
}
