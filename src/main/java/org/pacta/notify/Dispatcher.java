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
    MeterRegistry registry;

    @Inject
    Outbox outbox;

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
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> outbox.claim(lease.token, clock.instant()));
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
            Batch batch = Batch.load(em, briefings, ids, pacta.followup().confirmationWait());
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
            Set<Long> held = QuarkusTransaction.requiringNew().call(() -> outbox.renew(lease.token));
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
                QuarkusTransaction.requiringNew().run(() -> outbox.record(outcomes, lease.token));
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
}
