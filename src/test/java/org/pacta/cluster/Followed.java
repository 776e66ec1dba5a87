package org.pacta.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pacta.testsupport.FollowupFixtures;
import org.pacta.testsupport.WebhookReceiver;

/**
 * An agreement whose commitments are followed by one webhook subscription and one email subscription with the same
 * short ladder (the given lead times and "overdue", nothing on the day, no escalation), and what reached the
 * receivers for it, counted by idempotency key.
 */
final class Followed {

    final Cluster cluster;
    final String mailbox;
    final long agreementId;
    final List<Long> commitments = new ArrayList<>();

    private final Node node;
    private final String token;
    private final String party;

    Followed(Cluster cluster, Node node, List<String> leadTimes) {
        this.cluster = cluster;
        this.node = node;
        this.token = Cluster.adminToken(node);
        this.party = "C" + FollowupFixtures.random(10);
        this.mailbox = cluster.mailbox("monitor-" + FollowupFixtures.random(8).toLowerCase() + "@example.org");
        Cluster.api(node, token).body(Map.of("code", party, "name", "Ministry " + party, "timeZone", "UTC"))
                .post("/api/parties").then().statusCode(201);
        agreementId = Cluster.api(node, token).body(Map.of("title", "Roadmap " + party, "parties", List.of(party)))
                .post("/api/agreements").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> ladder = new LinkedHashMap<>();
        ladder.put("scope", Map.of("agreementId", agreementId));
        ladder.put("leadTimes", leadTimes);
        ladder.put("onDue", false);
        ladder.put("onOverdue", true);
        ladder.put("escalateEvery", "none");
        Map<String, Object> hook = new LinkedHashMap<>(ladder);
        hook.put("channel", "webhook");
        hook.put("url", cluster.webhooks().url());
        cluster.webhooks().secret(Cluster.api(node, token).body(hook).post("/api/subscriptions").then().statusCode(201)
                .extract().path("secret"));
        Map<String, Object> mail = new LinkedHashMap<>(ladder);
        mail.put("channel", "email");
        mail.put("email", mailbox);
        Cluster.api(node, token).body(mail).post("/api/subscriptions").then().statusCode(201);
    }

    /** Commitments due at these moments, in one CSV import (all or nothing). */
    List<Long> commitmentsDueAt(List<Instant> deadlines) {
        StringBuilder csv = new StringBuilder("title,responsibleParty,dueAt\n");
        for (Instant d : deadlines) {
            csv.append("Commitment ").append(FollowupFixtures.random(8)).append(',').append(party).append(',')
                    .append(d.truncatedTo(ChronoUnit.MILLIS)).append('\n');
        }
        List<Long> ids = node.given().header("Authorization", "Bearer " + token).contentType("text/csv")
                .accept(ContentType.JSON).body(csv.toString()).post("/api/agreements/" + agreementId + "/commitments/import")
                .then().statusCode(201).extract().jsonPath().getList("commitmentIds", Long.class);
        assertEquals(deadlines.size(), ids.size(), "commitments imported");
        commitments.addAll(ids);
        return ids;
    }

    /** {@code count} deadlines spread evenly from {@code first} over {@code spread}. */
    static List<Instant> spread(Instant first, Duration spread, int count) {
        List<Instant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(first.plus(spread.multipliedBy(i).dividedBy(Math.max(1, count - 1))));
        }
        return out;
    }

    // --- what arrived

    /** Every delivery's key, both channels, in arrival order; a repeat appears as often as it arrived. */
    List<String> received() {
        List<String> all = new ArrayList<>(webhookIds());
        all.addAll(mailKeys());
        return all;
    }

    List<String> webhookIds() {
        return cluster.webhooks().acceptedIds();
    }

    List<String> mailKeys() {
        return cluster.mailKeys().stream().filter(k -> k != null && k.contains(":sub:")).toList();
    }

    /** "commitment id stage" for a key such as commitment:42:1774990800:DUE_SOON:PT1M:sub:7. */
    static String reminder(String key) {
        String[] p = key.split(":");
        return p[1] + " " + (p[3].equals("DUE_SOON") ? p[3] + ":" + p[4] : p[3]);
    }

    /** The reminders each commitment should get on each channel, as "id stage" lines. */
    static Set<String> expected(List<Long> commitments, String... stages) {
        Set<String> out = new HashSet<>();
        for (long c : commitments) {
            for (String s : stages) {
                out.add(c + " " + s);
            }
        }
        return out;
    }

    /** Waits until every expected reminder reached both receivers and the outbox holds nothing more to send. */
    void awaitDelivered(Set<String> perChannel, Duration atMost) {
        await("every expected reminder delivered on both channels").atMost(atMost).pollInterval(Duration.ofSeconds(2))
                .until(() -> reminders(webhookIds()).containsAll(perChannel) && reminders(mailKeys()).containsAll(perChannel));
        await("the outbox drained").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> cluster.database().count("select count(*) from notification where status in"
                        + " ('PENDING', 'RETRY', 'SENDING', 'HELD')") == 0);
    }

    private static Set<String> reminders(List<String> keys) {
        return keys.stream().map(Followed::reminder).collect(Collectors.toSet());
    }

    /** Nothing missing, nothing else; answers how many deliveries repeated an earlier one (same key). */
    int assertExactlyTheseReminders(Set<String> perChannel) {
        for (List<String> channel : List.of(webhookIds(), mailKeys())) {
            Set<String> got = reminders(channel);
            Set<String> missing = new HashSet<>(perChannel);
            missing.removeAll(got);
            Set<String> unexpected = new HashSet<>(got);
            unexpected.removeAll(perChannel);
            assertEquals(List.of(), sorted(missing).stream().limit(10).toList(), missing.size() + " reminder(s) missing");
            assertEquals(List.of(), sorted(unexpected).stream().limit(10).toList(), unexpected.size() + " unexpected");
            assertEquals(perChannel.size(), new HashSet<>(channel).size(), "one key per reminder");
        }
        assertTrue(cluster.webhooks().deliveries().stream().allMatch(WebhookReceiver.Delivery::signatureValid),
                "every webhook is signed with the subscription's secret");
        assertEquals(0, cluster.database().count("select count(*) from notification where status in ('DEAD', 'CANCELLED')"),
                "notifications that were given up or cancelled");
        List<String> all = received();
        return all.size() - new HashSet<>(all).size();
    }

    /** How many keys were delivered more than once, and the first few of them with how often. */
    String repeats() {
        Map<String, Long> repeated = received().stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        return repeated.size() + " key(s), such as " + repeated.entrySet().stream().limit(5).toList();
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
