package org.pacta.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox (design, "Delivery guarantee"). Each batch is claimed by a conditional update that only one
 * node can win (plus {@code FOR UPDATE SKIP LOCKED} on PostgreSQL so nodes do not queue behind each other) for a
 * lease, which the node renews while the batch is in flight; the batch is delivered concurrently outside any
 * transaction, and its outcomes recorded only while the claim is still ours. A node that dies mid-send leaves its
 * rows to be claimed again when the lease ends: at-least-once, with the same idempotency key.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final List<String> CLAIMABLE = List.of("PENDING", "RETRY", "SENDING");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    @Inject
    Composer composer;

    @Inject
    StoredBriefings briefings;

    @Inject
    NotifyMetrics metrics;

    @Inject
    MeterRegistry registry;

    @Inject
    SubscriptionService subscriptions;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** The mailer's connections: more emails at once would only queue inside it, their timeout already running. */
    @ConfigProperty(name = "quarkus.mailer.max-pool-size", defaultValue = "10")
    int mailerPool;

    /** What one run did. */
    public record Result(int claimed, int sent, int failed, int cancelled) {
    }

    /** Claims and delivers batches until nothing is due or the run's time budget is spent. */
    public Result runOnce() {
        return runOnce(() -> false);
    }

    /** The same, claiming no further batch once {@code stop} says so. */
    public Result runOnce(BooleanSupplier stop) {
        long start = System.nanoTime();
        long budget = pacta.dispatch().runBudget().toNanos();
        int claimed = 0;
        int sent = 0;
        int failed = 0;
        int cancelled = 0;
        while (System.nanoTime() - start < budget && !stop.getAsBoolean()) {
            Lease lease = new Lease(UUID.randomUUID().toString(), System.nanoTime() + pacta.dispatch().lease().toNanos());
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> claim(lease.token, clock.instant()));
            if (ids.isEmpty()) {
                break;
            }
            Map<Long, Delivery> outcomes = deliver(ids, lease);
            recordWhileHeld(outcomes, lease);
            claimed += ids.size();
            for (Delivery d : outcomes.values()) {
                switch (d.outcome()) {
                    case SENT -> sent++;
                    case CANCELLED -> cancelled++;
                    default -> failed++;
                }
            }
            registry.summary("pacta.dispatch.batch").record(ids.size());
            if (ids.size() < pacta.dispatch().batchSize()) {
                break;
            }
        }
        registry.timer("pacta.dispatch.duration").record(Duration.ofNanos(System.nanoTime() - start));
        return new Result(claimed, sent, failed, cancelled);
    }

    List<Long> claim(String token, Instant now) {
        String lock = "postgresql".equals(dbKind) ? " for update skip locked" : "";
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("select id from notification where status in (:claimable)"
                + " and not_before <= :now order by not_before, id limit " + pacta.dispatch().batchSize() + lock)
                .setParameter("claimable", CLAIMABLE).setParameter("now", now).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ids = candidates.stream().map(Number::longValue).toList();
        // The same condition again: of two nodes that picked the same rows, only one changes them.
        em.createNativeQuery("update notification set status = 'SENDING', claimed_by = :token, not_before = :leaseEnd,"
                + " attempts = attempts + 1 where id in (:ids) and status in (:claimable) and not_before <= :now")
                .setParameter("token", token).setParameter("leaseEnd", now.plus(pacta.dispatch().lease()))
                .setParameter("ids", ids).setParameter("claimable", CLAIMABLE).setParameter("now", now).executeUpdate();
        return em.createQuery("select n.id from Notification n where n.claimedBy = :token", Long.class)
                .setParameter("token", token).getResultList();
    }

    /** A claim: its token, and until when (this process's nanoTime) no other node can take its rows. */
    static final class Lease {
        final String token;
        volatile long heldUntil;

        Lease(String token, long heldUntil) {
            this.token = token;
            this.heldUntil = heldUntil;
        }
    }

    private Map<Long, Delivery> deliver(List<Long> ids, Lease lease) {
        Instant now = clock.instant();
        List<InFlight.Send> sends = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Batch batch = Batch.load(em, briefings, ids);
            for (Notification n : batch.notifications) {
                Supplier<CompletableFuture<Delivery>> start;
                try {
                    start = composer.prepare(n, batch, now);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Notification %d could not be prepared", n.id);
                    Delivery dead = Delivery.dead("Could not be prepared: " + e.getMessage());
                    start = () -> CompletableFuture.completedFuture(dead);
                }
                sends.add(new InFlight.Send(n.id, n.channel, start));
            }
        });
        // Sending starts only once the reading transaction has ended: the mailer carries the caller's context to
        // its callbacks, and a delivery that failed at once (SMTP refused) then ran inside that transaction while
        // it committed; on PostgreSQL the commit failed and the whole batch stayed claimed, to be sent again.
        // Nothing goes out before the lease is renewed, and only rows still ours do: preparing a batch on a starved
        // machine can take long, and a row whose lease ended meanwhile may already be another node's.
        Set<Long> held = keep(lease, ids.size());
        if (held == null) {
            return Map.of();
        }
        sends.removeIf(s -> !held.contains(s.id()));
        Duration keepEvery = pacta.dispatch().lease().dividedBy(3);
        return new InFlight(limits(), keepEvery, () -> keep(lease, held.size())).run(sends);
    }

    private Map<Subscription.Channel, InFlight.Limits> limits() {
        return Map.of(Subscription.Channel.EMAIL, new InFlight.Limits(mailerPool, pacta.mail().timeout()),
                Subscription.Channel.WEBHOOK, new InFlight.Limits(WebhookChannel.CONCURRENT, pacta.webhooks().timeout()));
    }

    /**
     * Gives the batch's rows still claimed by this lease a full lease from now, and answers their ids; null when the
     * database could not be reached. Fewer ids than expected means this process stood still past the lease and
     * another node took rows over: those may go out twice, with the same key.
     */
    Set<Long> keep(Lease lease, int expected) {
        long asked = System.nanoTime();
        try {
            Set<Long> held = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("update notification set not_before = :leaseEnd where claimed_by = :token"
                        + " and status = 'SENDING'").setParameter("token", lease.token)
                        .setParameter("leaseEnd", clock.instant().plus(pacta.dispatch().lease())).executeUpdate();
                return Set.copyOf(em.createQuery("select n.id from Notification n where n.claimedBy = :token"
                        + " and n.status = :sending", Long.class).setParameter("token", lease.token)
                        .setParameter("sending", Notification.Status.SENDING).getResultList());
            });
            lease.heldUntil = asked + pacta.dispatch().lease().toNanos();
            if (held.size() < expected) {
                LOG.warnf("%d notification(s) of a batch in flight were taken over by another node after their lease"
                        + " ended here; they may reach their receivers twice, with the same key", expected - held.size());
            }
            return held;
        } catch (RuntimeException e) {
            LOG.warnf("Could not renew the lease of a batch in flight: %s", EmailChannel.rootMessage(e));
            return null;
        }
    }

    /**
     * Records the outcomes, trying again while the database is unreachable for as long as the lease keeps other nodes
     * off the rows: an outcome recorded late is still recorded once, while one given up on goes out again.
     */
    private void recordWhileHeld(Map<Long, Delivery> outcomes, Lease lease) {
        long margin = Math.min(Duration.ofSeconds(5).toNanos(), pacta.dispatch().lease().toNanos() / 6);
        long pause = Duration.ofMillis(250).toNanos();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> record(outcomes, lease.token));
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() + pause > lease.heldUntil - margin) {
                    LOG.warnf("The outcome of %d deliveries could not be recorded (%s); they go out again with the same"
                            + " keys when their lease ends", outcomes.size(), EmailChannel.rootMessage(e));
                    return;
                }
                LOG.debugf("Recording %d outcomes failed (%s); trying again", outcomes.size(), EmailChannel.rootMessage(e));
                LockSupport.parkNanos(pause);
                pause = Math.min(pause * 2, Duration.ofSeconds(4).toNanos());
            }
        }
    }

    void record(Map<Long, Delivery> outcomes, String token) {
        Instant now = clock.instant();
        List<Notification> claimed = em.createQuery("select n from Notification n where n.claimedBy = :token"
                + " and n.status = :sending", Notification.class).setParameter("token", token)
                .setParameter("sending", Notification.Status.SENDING).getResultList();
        for (Notification n : claimed) {
            Delivery d = outcomes.get(n.id);
            if (d == null) {
                continue;
            }
            n.claimedBy = null;
            switch (d.outcome()) {
                case SENT -> {
                    n.status = Notification.Status.SENT;
                    n.sentAt = now;
                    n.lastError = null;
                    metrics.sent(n);
                    LOG.infof("Sent %s %s to %s (%s)", n.kind, n.stage, n.recipient, n.idempotencyKey);
                }
                case CANCELLED -> {
                    n.status = Notification.Status.CANCELLED;
                    n.lastError = d.detail();
                }
                case RETRY, UNCERTAIN -> {
                    boolean dead = n.attempts >= pacta.dispatch().maxAttempts();
                    n.status = dead ? Notification.Status.DEAD : Notification.Status.RETRY;
                    n.lastError = d.detail();
                    n.notBefore = now.plus(backoff(n.attempts));
                    metrics.failed(n, dead);
                    if (d.outcome() == Delivery.Outcome.UNCERTAIN) {
                        metrics.uncertain(n);
                    }
                    LOG.warnf("Delivery of notification %d %s (attempt %d%s): %s", n.id,
                            d.outcome() == Delivery.Outcome.UNCERTAIN ? "got no answer in time" : "failed", n.attempts,
                            dead ? ", giving up" : ", key " + n.idempotencyKey, d.detail());
                }
                case DEAD, GONE -> {
                    n.status = Notification.Status.DEAD;
                    n.lastError = d.detail();
                    metrics.failed(n, true);
                    LOG.warnf("Notification %d is dead: %s", n.id, d.detail());
                    if (d.outcome() == Delivery.Outcome.GONE && n.subscriptionId != null) {
                        Subscription s = em.find(Subscription.class, n.subscriptionId);
                        if (s != null && s.active) {
                            subscriptions.goneAtReceiver(s, now);
                            LOG.infof("Subscription %d switched off: its webhook answered 410 Gone", s.id);
                        }
                    }
                }
            }
        }
    }

    /** The configured wait for this attempt, give or take a fifth, so that retries of one outage spread out. */
    Duration backoff(int attempts) {
        List<Duration> steps = pacta.dispatch().backoff();
        Duration base = steps.get(Math.min(Math.max(attempts, 1), steps.size()) - 1);
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base.toMillis() * jitter));
    }
}
