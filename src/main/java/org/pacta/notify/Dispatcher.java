package org.pacta.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Milestone;
import org.pacta.followup.Briefing;
import org.pacta.followup.Review;
import org.pacta.followup.ReviewService;

/**
 * Delivers the outbox. Each batch is claimed by a conditional update that only one node can win (plus
 * {@code FOR UPDATE SKIP LOCKED} on PostgreSQL so nodes do not queue behind each other), delivered concurrently
 * outside any transaction, and its outcomes recorded only while the claim is still ours. A node that dies
 * mid-send leaves its rows to be claimed again when the lease ends: at-least-once, with the same idempotency key.
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
    MessageRenderer renderer;

    @Inject
    EmailChannel email;

    @Inject
    WebhookChannel webhook;

    @Inject
    UnsubscribeLinks unsubscribe;

    @Inject
    ReviewService reviews;

    @Inject
    NotifyMetrics metrics;

    @Inject
    MeterRegistry registry;

    @Inject
    SubscriptionService subscriptions;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

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
            String token = UUID.randomUUID().toString();
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> claim(token, clock.instant()));
            if (ids.isEmpty()) {
                break;
            }
            Map<Long, Delivery> outcomes = deliver(ids, token);
            QuarkusTransaction.requiringNew().run(() -> record(outcomes, token));
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

    private Map<Long, Delivery> deliver(List<Long> ids, String token) {
        Instant now = clock.instant();
        Map<Long, Supplier<CompletableFuture<Delivery>>> prepared = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Batch batch = Batch.load(em, ids);
            for (Notification n : batch.notifications) {
                Supplier<CompletableFuture<Delivery>> start;
                try {
                    start = prepare(n, batch, now);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Notification %d could not be prepared", n.id);
                    Delivery dead = Delivery.dead("Could not be prepared: " + e.getMessage());
                    start = () -> CompletableFuture.completedFuture(dead);
                }
                prepared.put(n.id, start);
            }
        });
        // Sending starts only once the reading transaction has ended: the mailer carries the caller's context to
        // its callbacks, and a delivery that failed at once (SMTP refused) then ran inside that transaction while
        // it committed; on PostgreSQL the commit failed and the whole batch stayed claimed, to be sent again.
        Map<Long, CompletableFuture<Delivery>> pending = new LinkedHashMap<>();
        prepared.forEach((id, start) -> {
            CompletableFuture<Delivery> future;
            try {
                future = start.get();
            } catch (RuntimeException e) {
                future = CompletableFuture.completedFuture(Delivery.retry("Could not start: " + EmailChannel.rootMessage(e)));
            }
            pending.put(id, future);
        });
        Map<Long, Delivery> outcomes = new HashMap<>();
        long deadline = System.nanoTime() + WebhookChannel.TIMEOUT.plusSeconds(20).toNanos();
        pending.forEach((id, future) -> {
            Delivery d;
            try {
                d = future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                future.cancel(true);
                d = Delivery.retry("Delivery did not finish in time: " + EmailChannel.rootMessage(e));
            }
            outcomes.put(id, d);
        });
        return outcomes;
    }

    /** Renders the message while the batch's entities are at hand; the returned step sends it. */
    private Supplier<CompletableFuture<Delivery>> prepare(Notification n, Batch b, Instant now) {
        Subscription s = n.subscriptionId == null ? null : b.subscriptions.get(n.subscriptionId);
        String stale = b.whyStale(n, s);
        if (stale != null) {
            return () -> CompletableFuture.completedFuture(Delivery.cancelled(stale));
        }
        ZoneId zone = recipientZone(n, s, b);
        MessageRenderer.Footer footer = footer(n, s, b);
        Message message = switch (n.kind) {
            case DUE_SOON, DUE_TODAY, OVERDUE, ESCALATION -> renderer.reminderMessage(reminder(n, b, zone, now), footer);
            case REVIEW -> renderer.reviewMessage(reviews.read(b.reviews.get(n.reviewId)), n.reviewId, footer);
            case DIGEST -> digest(n, b, zone, now, footer);
        };
        if (message == null) {
            return () -> CompletableFuture.completedFuture(Delivery.cancelled("Nothing in this digest applies any more."));
        }
        if (n.channel == Subscription.Channel.EMAIL) {
            String unsubscribeUrl = footer.unsubscribeUrl();
            return () -> email.send(n, message, unsubscribeUrl);
        }
        String secret = s.secret;
        return () -> webhook.send(n, message, secret);
    }

    private ReminderView reminder(Notification n, Batch b, ZoneId zone, Instant now) {
        Milestone m = n.milestoneId == null ? null : b.milestones.get(n.milestoneId);
        Commitment c = m != null ? m.commitment : b.commitments.get(n.commitmentId);
        return renderer.reminder(n, c, m, zone, now);
    }

    private Message digest(Notification n, Batch b, ZoneId zone, Instant now, MessageRenderer.Footer footer) {
        List<ReminderView> reminders = new ArrayList<>();
        List<Briefing> briefings = new ArrayList<>();
        for (Notification child : b.digestChildren.getOrDefault(n.id, List.of())) {
            if (b.whyStale(child, b.subscriptions.get(child.subscriptionId)) != null) {
                continue;
            }
            if (child.kind == Notification.Kind.REVIEW) {
                briefings.add(reviews.read(b.reviews.get(child.reviewId)));
            } else {
                reminders.add(reminder(child, b, zone, now));
            }
        }
        return reminders.isEmpty() && briefings.isEmpty() ? null : renderer.digestMessage(reminders, briefings, footer);
    }

    private static ZoneId recipientZone(Notification n, Subscription s, Batch b) {
        if (s != null) {
            return s.zone();
        }
        Commitment c = n.milestoneId != null && b.milestones.containsKey(n.milestoneId)
                ? b.milestones.get(n.milestoneId).commitment : b.commitments.get(n.commitmentId);
        return c == null ? null : c.responsibleParty.zone();
    }

    private MessageRenderer.Footer footer(Notification n, Subscription s, Batch b) {
        return switch (n.recipientKind) {
            case SUBSCRIPTION -> new MessageRenderer.Footer("You receive this because you subscribed to "
                    + describe(s, b) + " in Pacta.", unsubscribe.forSubscription(s.id));
            case OWNER -> new MessageRenderer.Footer("You receive this because you are named as the owner of this"
                    + " commitment in Pacta.", unsubscribe.forOwner(n.commitmentId));
            case COORDINATOR -> new MessageRenderer.Footer("You receive this because you coordinate this agreement in"
                    + " Pacta.", unsubscribe.forCoordinator(n.agreementId, n.recipient));
        };
    }

    private static String describe(Subscription s, Batch b) {
        return switch (s.scope) {
            case ALL -> "all agreements";
            case AGREEMENT -> "an agreement";
            case PARTY -> "what a party is responsible for";
            case COMMITMENT -> "a commitment";
        };
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
                case RETRY -> {
                    boolean dead = n.attempts >= pacta.dispatch().maxAttempts();
                    n.status = dead ? Notification.Status.DEAD : Notification.Status.RETRY;
                    n.lastError = d.detail();
                    n.notBefore = now.plus(backoff(n.attempts));
                    metrics.failed(n, dead);
                    LOG.warnf("Delivery of notification %d failed (attempt %d%s): %s", n.id, n.attempts,
                            dead ? ", giving up" : "", d.detail());
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
