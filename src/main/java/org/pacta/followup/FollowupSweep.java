package org.pacta.followup;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.pacta.notify.Draft;
import org.pacta.notify.Outbox;
import org.pacta.notify.Subscription;

/**
 * The deadline sweep (DESIGN decision 5): reads open items whose {@code next_followup_at} has come, in
 * batches, asks the planner what is owed, and writes the notification rows and each item's next moment in one
 * transaction per batch. It never looks at an item that owes nothing, so its cost follows what is due.
 */
@ApplicationScoped
public class FollowupSweep {

    private static final Logger LOG = Logger.getLogger(FollowupSweep.class);
    static final int BATCH = 1000;
    private static final String DUE_ITEM = DueItem.class.getName();

    /** What one sweep did. */
    public record Result(Instant at, int items, int created, long millis) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    FollowupState state;

    @Inject
    MeterRegistry registry;

    @Inject
    OverdueCount overdue;

    @Inject
    CatchUp catchUp;

    @Inject
    org.pacta.platform.ScheduledWork work;

    @Inject
    org.pacta.platform.PactaConfig config;

    @Inject
    Counterparts counterparts;

    @Inject
    org.pacta.agreement.WorkCalendars calendars;

    /**
     * Runs until nothing due is left, or until the node is stopping; one transaction per batch, so a failure loses at
     * most one batch's work and a stop leaves the rest to the next sweep.
     */
    public Result sweep() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        int caughtUp = catchUp.run(now);
        RecipientDirectory directory = QuarkusTransaction.requiringNew().call(RecipientDirectory::loadActive);
        int items = 0;
        int created = 0;
        for (boolean milestones : new boolean[] {false, true}) {
            while (true) {
                boolean ms = milestones;
                Batch done = QuarkusTransaction.requiringNew().call(() -> batch(ms, now, directory));
                items += done.planned();
                created += done.created();
                if ((done.read() < BATCH && done.planned() == done.read()) || work.stopping()) {
                    break;
                }
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        Result result = new Result(now, items, created, millis);
        state.swept(result);
        state.overdue(QuarkusTransaction.requiringNew().call(() -> overdue.at(now)));
        registry.timer("pacta.sweep.duration").record(Duration.ofMillis(millis));
        registry.summary("pacta.sweep.items").record(items);
        if (items > 0 || caughtUp > 0) {
            LOG.infof("Follow-up sweep: %d item(s) due, %d notification(s) created, %d item(s) of new subscriptions"
                    + " brought forward, in %d ms", items, created, caughtUp, millis);
        }
        return result;
    }

    /** Items read, items planned and written (fewer when the notifications reached their bound), rows created. */
    private record Batch(int read, int planned, int created) {
    }

    private Batch batch(boolean milestones, Instant now, RecipientDirectory directory) {
        long t0 = System.nanoTime();
        List<DueItem> rows = milestones ? dueMilestones(now) : dueCommitments(now);
        long t1 = System.nanoTime();
        if (rows.isEmpty()) {
            return new Batch(0, 0, 0);
        }
        int bound = config.followup().notificationsPerBatch();
        Map<Long, List<String>> coordinators = coordinators(rows);
        Duration wait = config.followup().confirmationWait();
        List<ItemPlan.Item> items = rows.stream().map(r -> r.item(milestones, wait)).toList();
        Asked asked = asked(rows, items);
        Map<Long, org.pacta.agreement.WorkCalendar> workingDays = calendars.of(rows.stream()
                .filter(DueItem::escalationInWorkingDays).map(DueItem::partyId).distinct().toList());
        List<Draft> drafts = new ArrayList<>();
        List<Next> nexts = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            DueItem r = rows.get(i);
            ItemPlan.Item item = items.get(i);
            List<Subscription> following = directory.forCommitment(r.commitmentId(), r.agreementId(), r.partyId());
            List<Recipient> recipients = item.confirmation()
                    ? Recipient.asking(following, Counterparts.of(asked.parties().getOrDefault(r.agreementId(), List.of()),
                            r.partyId(), asked.officials()))
                    : Recipient.of(following, r.ownerEmail(), r.ownerReminders(), r.remindOwners());
            ItemPlan plan = ItemPlan.of(item, recipients, coordinators.getOrDefault(r.agreementId(), List.of()), now,
                    r.escalationInWorkingDays() ? workingDays.get(r.partyId()) : null);
            drafts.addAll(plan.drafts());
            nexts.add(new Next(r.id(), plan.next(), r.nextFollowupAt()));
            if (drafts.size() >= bound) {
                // The items not planned keep their moment and come in the next batch: a batch of 1,000 items with
                // 140 subscribers each wrote 114,679 rows in one transaction and outlived its timeout under load.
                break;
            }
        }
        long t2 = System.nanoTime();
        int created = outbox.add(drafts, now);
        long t3 = System.nanoTime();
        writeNext(milestones ? "milestone" : "commitment", nexts);
        long t4 = System.nanoTime();
        LOG.debugf("Sweep batch of %d (%d planned): read %d ms, plan %d ms, outbox %d ms, next %d ms", rows.size(),
                nexts.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return new Batch(rows.size(), nexts.size(), created);
    }

    /** The next moment worked out for an item, written only where its moment is still the one read. */
    private record Next(long id, Instant next, Instant read) {
    }

    /*
     * Due items are found by their ids alone, through the next_followup_at index, and only then read with what
     * they need: a join in the first query lets a planner (H2's does) scan every agreement and commitment.
     */
    private List<DueItem> dueCommitments(Instant now) {
        List<Long> ids = em.createQuery("select c.id from Commitment c where c.nextFollowupAt <= :now"
                + " order by c.nextFollowupAt", Long.class).setParameter("now", now).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new " + DUE_ITEM + "(c.id, c.id, a.id, c.responsibleParty.id, c.dueAt, c.dueZone, c.dueDateOnly, c.status,"
                + " c.ownerEmail, c.ownerReminders, a.remindOwners, c.completedAt, c.nextFollowupAt, c.duePrecision, c.confirmation, c.confirmationAskedAt, a.escalationInWorkingDays) from Commitment c"
                + " join c.agreement a"
                + " where c.id in :ids", DueItem.class).setParameter("ids", ids).getResultList();
    }

    private List<DueItem> dueMilestones(Instant now) {
        List<Long> ids = em.createQuery("select m.id from Milestone m where m.nextFollowupAt <= :now"
                + " order by m.nextFollowupAt", Long.class).setParameter("now", now).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new " + DUE_ITEM + "(m.id, c.id, a.id, c.responsibleParty.id, m.dueAt, m.dueZone, m.dueDateOnly, c.status,"
                + " c.ownerEmail, c.ownerReminders, a.remindOwners, m.completedAt, m.nextFollowupAt, m.duePrecision, m.confirmation, m.confirmationAskedAt, a.escalationInWorkingDays) from Milestone m"
                + " join m.commitment c"
                + " join c.agreement a where m.id in :ids", DueItem.class).setParameter("ids", ids).getResultList();
    }

    /** The parties and officials asked to confirm the completions among a batch's items, read only when some wait. */
    private record Asked(Map<Long, List<Long>> parties, Map<Long, List<String>> officials) {
    }

    private Asked asked(List<DueItem> rows, List<ItemPlan.Item> items) {
        List<Long> agreementIds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (items.get(i).confirmation()) {
                agreementIds.add(rows.get(i).agreementId());
            }
        }
        if (agreementIds.isEmpty()) {
            return new Asked(Map.of(), Map.of());
        }
        Map<Long, List<Long>> parties = counterparts.parties(agreementIds.stream().distinct().toList());
        return new Asked(parties, counterparts.officials(parties.values().stream().flatMap(List::stream).distinct().toList()));
    }

    private Map<Long, List<String>> coordinators(List<DueItem> rows) {
        List<Long> agreementIds = rows.stream().map(DueItem::agreementId).distinct().toList();
        Map<Long, List<String>> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createQuery("select a.id, e from Agreement a join a.coordinators e where a.id in :ids")
                .setParameter("ids", agreementIds).getResultList();
        for (Object[] f : found) {
            out.computeIfAbsent((Long) f[0], k -> new ArrayList<>()).add((String) f[1]);
        }
        return out;
    }

    private void writeNext(String table, List<Next> nexts) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    // Only where it is still what this sweep read: a change committed meanwhile has already
                    // worked out the item's next moment from its new deadline or status.
                    "update " + table + " set next_followup_at = ? where id = ? and next_followup_at = ?")) {
                for (Next n : nexts) {
                    if (n.next() == null) {
                        ps.setNull(1, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ps.setObject(1, OffsetDateTime.ofInstant(n.next(), ZoneOffset.UTC));
                    }
                    ps.setLong(2, n.id());
                    ps.setObject(3, OffsetDateTime.ofInstant(n.read(), ZoneOffset.UTC));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
