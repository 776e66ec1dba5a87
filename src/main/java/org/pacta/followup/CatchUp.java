package org.pacta.followup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.pacta.commitment.CommitmentQueries;
import org.pacta.notify.Subscription;
import org.pacta.notify.SubscriptionChanged;
import org.pacta.platform.PactaConfig;

/**
 * Brings the items of a new or changed subscription forward (DESIGN decision 20): those within reach of its longest
 * lead time to now, the others to just before its first rung. The change itself only records that its scope is to
 * be caught up; the sweep then walks the scope in id order, in batches ({@code pacta.followup.catch-up-batch}) with
 * the cursor moved in each batch's transaction, up to {@code pacta.followup.catch-up-per-sweep} items per sweep shared
 * among the waiting subscriptions. A subscription to a million commitments thus neither holds its request nor one long transaction,
 * and a node that stops halfway leaves the rest to the next sweep on any node.
 */
@ApplicationScoped
public class CatchUp {

    private static final Logger LOG = Logger.getLogger(CatchUp.class);

    /** Whole-day leads before a date-only deadline fire in the morning, up to a day before the plain lead. */
    private static final Duration MORNING_SLACK = Duration.ofDays(1);
    private static final String OPEN = CommitmentQueries.CLOSED.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "c.status not in (", ")"));

    @Inject
    EntityManager em;

    @Inject
    PactaConfig config;

    @Inject
    org.pacta.platform.ScheduledWork work;

    @Transactional(Transactional.TxType.MANDATORY)
    void onSubscriptionChanged(@Observes SubscriptionChanged event) {
        Subscription s = em.find(Subscription.class, event.subscriptionId());
        if (s == null) {
            return;
        }
        if (!s.active) {
            em.createNativeQuery("delete from followup_catch_up where subscription_id = :id").setParameter("id", s.id)
                    .executeUpdate();
            return;
        }
        int restarted = em.createNativeQuery("update followup_catch_up set generation = generation + 1,"
                + " commitment_after = 0, milestone_after = 0 where subscription_id = :id").setParameter("id", s.id)
                .executeUpdate();
        if (restarted == 0) {
            em.createNativeQuery("insert into followup_catch_up (subscription_id, generation, commitment_after,"
                    + " milestone_after) values (:id, 1, 0, 0)").setParameter("id", s.id).executeUpdate();
        }
    }

    /** Where one subscription's catch-up stands. */
    private record Cursor(long subscriptionId, long generation, Long commitmentAfter, long milestoneAfter) {
    }

    /** Catches up waiting subscriptions, a batch each in turn, until done or the sweep's share is used; items seen. */
    int run(Instant now) {
        List<Cursor> waiting = new ArrayList<>(QuarkusTransaction.requiringNew().call(this::waiting));
        int share = Math.max(1, config.followup().catchUpPerSweep());
        int seen = 0;
        while (!waiting.isEmpty() && seen < share && !work.stopping()) {
            List<Cursor> next = new ArrayList<>();
            for (Cursor c : waiting) {
                Step step;
                try {
                    step = QuarkusTransaction.requiringNew().call(() -> step(c, now));
                } catch (RuntimeException e) {
                    // Left for the next sweep, from where it stands: this sweep's due items must not wait on it.
                    LOG.warnf(e, "Catching up subscription %d failed; the next sweep tries again", c.subscriptionId());
                    continue;
                }
                seen += step.seen();
                if (step.then() != null) {
                    next.add(step.then());
                }
            }
            waiting = next;
        }
        return seen;
    }

    private List<Cursor> waiting() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subscription_id, generation, commitment_after, milestone_after"
                + " from followup_catch_up order by subscription_id").getResultList();
        return rows.stream().map(r -> new Cursor(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /** One batch; then is where to go on from, or null when this catch-up is finished or was changed meanwhile. */
    private record Step(int seen, Cursor then) {
    }

    private Step step(Cursor at, Instant now) {
        Subscription s = em.find(Subscription.class, at.subscriptionId());
        if (s == null || !s.active) {
            forget(at);
            return new Step(0, null);
        }
        Duration reach = Ladders.of(s).leadTimes().stream().findFirst().orElse(Duration.ZERO).plus(MORNING_SLACK);
        Scope scope = Scope.of(s);
        if (at.commitmentAfter() != null) {
            List<Long> ids = ids("select c.id from commitment c where " + OPEN + scope.sql + " and c.id > :after order by c.id",
                    scope, at.commitmentAfter());
            if (ids.isEmpty()) {
                return new Step(0, move(at, new Cursor(at.subscriptionId(), at.generation(), null, 0)));
            }
            long last = ids.get(ids.size() - 1);
            String range = " and c.id > :after and c.id <= :last";
            bringForward("update commitment c set next_followup_at = %s where " + OPEN + scope.sql + range
                    + " and c.due_at %s", "c.due_at", scope, at.commitmentAfter(), last, reach, now);
            return new Step(ids.size(), move(at, new Cursor(at.subscriptionId(), at.generation(), last, 0)));
        }
        String ofScope = "select c.id from commitment c where " + OPEN + scope.sql;
        List<Long> ids = ids("select m.id from milestone m where m.completed_at is null and m.commitment_id in (" + ofScope
                + ") and m.id > :after order by m.id", scope, at.milestoneAfter());
        if (ids.isEmpty()) {
            forget(at);
            return new Step(0, null);
        }
        long last = ids.get(ids.size() - 1);
        bringForward("update milestone m set next_followup_at = %s where m.completed_at is null and m.commitment_id in ("
                + ofScope + ") and m.id > :after and m.id <= :last and m.due_at %s", "m.due_at", scope,
                at.milestoneAfter(), last, reach, now);
        return new Step(ids.size(), move(at, new Cursor(at.subscriptionId(), at.generation(), null, last)));
    }

    /** The scope's filter on commitment c, with its one parameter (none for everything). */
    private record Scope(String sql, Long id) {

        static Scope of(Subscription s) {
            return switch (s.scope) {
                case ALL -> new Scope("", null);
                case AGREEMENT -> new Scope(" and c.agreement_id = :scope", s.agreementId);
                case PARTY -> new Scope(" and c.responsible_party_id = :scope", s.partyId);
                case COMMITMENT -> new Scope(" and c.id = :scope", s.commitmentId);
            };
        }

        Query bind(Query q) {
            return id == null ? q : q.setParameter("scope", id);
        }
    }

    private List<Long> ids(String sql, Scope scope, long after) {
        @SuppressWarnings("unchecked")
        List<Number> found = scope.bind(em.createNativeQuery(sql)).setParameter("after", after)
                .setMaxResults(Math.max(1, config.followup().catchUpBatch()))
                .getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    /**
     * Two updates over one id range: due within reach, now; further out, the first rung. Each only ever brings an
     * item's next moment earlier, so doing a range twice is harmless.
     */
    private void bringForward(String template, String due, Scope scope, long after, long last, Duration reach, Instant now) {
        Instant horizon = now.plus(reach);
        scope.bind(em.createNativeQuery(String.format(template, ":now", "<= :horizon"
                + " and (next_followup_at is null or next_followup_at > :now)")))
                .setParameter("now", now).setParameter("horizon", horizon).setParameter("after", after)
                .setParameter("last", last).executeUpdate();
        String firstRung = due + " - interval '" + reach.toSeconds() + "' second";
        scope.bind(em.createNativeQuery(String.format(template, firstRung, "> :horizon"
                + " and (next_followup_at is null or next_followup_at > " + firstRung + ")")))
                .setParameter("horizon", horizon).setParameter("after", after).setParameter("last", last).executeUpdate();
    }

    /** Moves the cursor if the subscription has not changed since it was read; null if it has. */
    private Cursor move(Cursor from, Cursor to) {
        int moved = em.createNativeQuery("update followup_catch_up set commitment_after = "
                + (to.commitmentAfter() == null ? "null" : to.commitmentAfter()) + ", milestone_after = :milestoneAfter"
                + " where subscription_id = :id and generation = :generation")
                .setParameter("milestoneAfter", to.milestoneAfter()).setParameter("id", from.subscriptionId())
                .setParameter("generation", from.generation()).executeUpdate();
        return moved == 1 ? to : null;
    }

    private void forget(Cursor at) {
        em.createNativeQuery("delete from followup_catch_up where subscription_id = :id and generation = :generation")
                .setParameter("id", at.subscriptionId()).setParameter("generation", at.generation()).executeUpdate();
    }
}
