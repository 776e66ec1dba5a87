package org.pacta.report;

import static org.pacta.platform.NativeValues.instant;
import static org.pacta.platform.NativeValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.Owner;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;

/**
 * Every overdue commitment and milestone, most overdue first. Each kind is read on its own table through its
 * due-time index (one query per kind, filters on the commitment's own columns), the two ordered lists are merged,
 * and only the rows of the page are then read with their agreement and party. A join in the first step would let
 * a planner (H2's does) walk every party's or agreement's rows and sort them all for a page of twenty. The CSV
 * export walks the same order in keyset chunks, so that it streams any number of rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverdueReport {

    private static final int CHUNK = 2000;
    private static final String OPEN = "c.status not in ('DONE', 'CANCELLED')";
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::dueAt).thenComparing(Key::kind)
            .thenComparing(Key::id);

    @Inject
    EntityManager em;

    @Inject
    org.pacta.security.Access access;

    /** Where an overdue item stands in the report's order. */
    record Key(Instant dueAt, String kind, long id) {
    }

    public PageResult<OverdueItem> page(OverdueFilter filter, PageRequest page, Instant now) {
        Instant cutoff = cutoff(filter, now);
        int want = page.offset() + page.size();
        List<Key> keys = new ArrayList<>(keys("COMMITMENT", filter, cutoff, null, want));
        keys.addAll(keys("MILESTONE", filter, cutoff, null, want));
        keys.sort(ORDER);
        List<Key> slice = keys.subList(Math.min(page.offset(), keys.size()), Math.min(want, keys.size()));
        List<OverdueItem> items = details(slice, now);
        long counted = page.page() == 0 && keys.size() < page.size() ? keys.size()
                : count("COMMITMENT", filter, cutoff) + count("MILESTONE", filter, cutoff);
        return PageResult.capped(items, page, counted);
    }

    /** Hands every row, in report order, to {@code sink}; reads in chunks so memory stays flat. */
    public void forEach(OverdueFilter filter, Instant now, Consumer<OverdueItem> sink) {
        Instant cutoff = cutoff(filter, now);
        Cursor commitments = new Cursor("COMMITMENT", filter, cutoff);
        Cursor milestones = new Cursor("MILESTONE", filter, cutoff);
        List<Key> batch = new ArrayList<>();
        while (true) {
            Key a = commitments.peek();
            Key b = milestones.peek();
            if (a == null && b == null) {
                break;
            }
            Key next = b == null || (a != null && ORDER.compare(a, b) <= 0) ? commitments.take() : milestones.take();
            batch.add(next);
            if (batch.size() == CHUNK) {
                details(batch, now).forEach(sink);
                batch.clear();
                em.clear();
            }
        }
        details(batch, now).forEach(sink);
    }

    /** Walks one kind's overdue keys in order, a chunk at a time. */
    private final class Cursor {
        private final String kind;
        private final OverdueFilter filter;
        private final Instant cutoff;
        private List<Key> chunk = new ArrayList<>();
        private int at;
        private boolean done;

        Cursor(String kind, OverdueFilter filter, Instant cutoff) {
            this.kind = kind;
            this.filter = filter;
            this.cutoff = cutoff;
        }

        Key peek() {
            if (at == chunk.size() && !done) {
                Key last = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1);
                chunk = keys(kind, filter, cutoff, last, CHUNK);
                at = 0;
                done = chunk.size() < CHUNK;
            }
            return at < chunk.size() ? chunk.get(at) : null;
        }

        Key take() {
            Key k = peek();
            at++;
            return k;
        }
    }

    private static Instant cutoff(OverdueFilter f, Instant now) {
        return now.minus(cutoffLag(f));
    }

    /** How far the report's cut-off lies behind now: daysOverdue >= N means N-1 whole days since the deadline. */
    static Duration cutoffLag(OverdueFilter f) {
        int minDays = f.minDaysOverdue() == null ? 1 : Math.max(1, f.minDaysOverdue());
        return Duration.ofDays(minDays - 1L);
    }

    /** The conditions on a commitment {@code c} that the filter and the reader's visibility ask for. */
    private String conditions(OverdueFilter f, Map<String, Object> params) {
        return OPEN_AND + scope(f, params);
    }

    private static final String OPEN_AND = " and " + OPEN;

    /** The filter's scoping (party, agreement, tag, body) and the reader's visibility, on a commitment {@code c}. */
    String scope(OverdueFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (access.publicOnly()) {
            w.append(" and c.agreement_id in (select pa.id from agreement pa where pa.is_public = true)");
        }
        if (f.partyId() != null) {
            w.append(" and c.responsible_party_id = :partyId");
            params.put("partyId", f.partyId());
        }
        if (f.agreementId() != null) {
            w.append(" and c.agreement_id = :agreementId");
            params.put("agreementId", f.agreementId());
        }
        if (f.tag() != null) {
            w.append(" and exists (select 1 from commitment_tag t where t.commitment_id = c.id and t.tag = :tag)");
            params.put("tag", f.tag());
        }
        if (f.bodyKey() != null) {
            w.append(" and c.responsible_body_key = :bodyKey");
            params.put("bodyKey", f.bodyKey());
        }
        return w.toString();
    }

    private String from(String kind) {
        return kind.equals("COMMITMENT") ? " from commitment c where c.due_at <= :cutoff"
                : " from milestone m join commitment c on c.id = m.commitment_id where m.completed_at is null"
                        + " and m.due_at <= :cutoff";
    }

    @SuppressWarnings("unchecked")
    private List<Key> keys(String kind, OverdueFilter f, Instant cutoff, Key after, int limit) {
        String alias = kind.equals("COMMITMENT") ? "c" : "m";
        Map<String, Object> params = new HashMap<>();
        params.put("cutoff", cutoff);
        String keyset = "";
        if (after != null) {
            keyset = " and (" + alias + ".due_at > :afterDue or (" + alias + ".due_at = :afterDue and " + alias + ".id > :afterId))";
            params.put("afterDue", after.dueAt());
            params.put("afterId", after.id());
        }
        // Led by the column the filter fixes, so that H2 too reads the (body|party|agreement, due_at, id) index in
        // order; "nulls last" as the index holds them (migration V13), though an overdue row always has a date.
        String lead = !kind.equals("COMMITMENT") ? "" : f.bodyKey() != null ? "c.responsible_body_key, "
                : f.partyId() != null ? "c.responsible_party_id, " : f.agreementId() != null ? "c.agreement_id, " : "";
        Query q = em.createNativeQuery("select " + alias + ".id, " + alias + ".due_at" + from(kind) + conditions(f, params)
                + keyset + " order by " + lead + alias + ".due_at nulls last, " + alias + ".id");
        params.forEach(q::setParameter);
        List<Key> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.setMaxResults(limit).getResultList()) {
            out.add(new Key(instant(r[1]), kind, ((Number) r[0]).longValue()));
        }
        return out;
    }

    private long count(String kind, OverdueFilter f, Instant cutoff) {
        Map<String, Object> params = new HashMap<>();
        params.put("cutoff", cutoff);
        String alias = kind.equals("COMMITMENT") ? "c" : "m";
        // Counted in the database, and no further than the cap: past it the total reads "more than 1,000".
        Query q = em.createNativeQuery("select count(*) from (select " + alias + ".id" + from(kind) + conditions(f, params)
                + " limit " + (PageResult.COUNT_CAP + 1) + ") counted");
        params.forEach(q::setParameter);
        return number(q.getSingleResult());
    }

    /** The rows of a page (or chunk), read by id with their agreement and party, in the keys' order. */
    @SuppressWarnings("unchecked")
    private List<OverdueItem> details(List<Key> keys, Instant now) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> commitmentIds = keys.stream().filter(k -> k.kind().equals("COMMITMENT")).map(Key::id).toList();
        List<Long> milestoneIds = keys.stream().filter(k -> k.kind().equals("MILESTONE")).map(Key::id).toList();
        Map<String, OverdueItem> byKey = new HashMap<>();
        boolean withOwners = access.showsOwners();
        String select = "select c.title as commitment_title, a.id as agreement_id, a.title as agreement_title, p.code,"
                + " c.owner_name, c.owner_email, c.responsible_body";
        String joins = " join agreement a on a.id = c.agreement_id join party p on p.id = c.responsible_party_id";
        if (!commitmentIds.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery(select + ", c.id, c.id, c.title, c.due_at, c.due_zone, c.due_date_only,"
                    + " c.baseline_due_at, c.reference, c.due_precision, c.reference, c.status from commitment c" + joins + " where c.id in (:ids)")
                    .setParameter("ids", commitmentIds).getResultList();
            rows.forEach(r -> {
                Detail d = Detail.from(r);
                byKey.put("COMMITMENT:" + d.id(), item("COMMITMENT", d, now, withOwners));
            });
        }
        if (!milestoneIds.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery(select + ", m.id, c.id, m.title, m.due_at, m.due_zone, m.due_date_only,"
                    + " null, m.reference, m.due_precision, c.reference, c.status from milestone m join commitment c on c.id = m.commitment_id" + joins
                    + " where m.id in (:ids)")
                    .setParameter("ids", milestoneIds).getResultList();
            rows.forEach(r -> {
                Detail d = Detail.from(r);
                byKey.put("MILESTONE:" + d.id(), item("MILESTONE", d, now, withOwners));
            });
        }
        List<OverdueItem> out = new ArrayList<>(keys.size());
        for (Key k : keys) {
            OverdueItem item = byKey.get(k.kind() + ":" + k.id());
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * A row of the details queries, which share its columns: for a milestone, the title, deadline and reference are
     * its own, the rest its commitment's, and there is no baseline.
     */
    private record Detail(long id, long commitmentId, String title, String commitmentTitle, long agreementId,
            String agreementTitle, String partyCode, String ownerName, String ownerEmail, String responsibleBody,
            Instant dueAt, String dueZone, boolean dueDateOnly, Instant baselineDueAt, String reference,
            DuePrecision duePrecision, String commitmentReference, CommitmentStatus status) {

        /*
         * Columns: 0 commitment title, 1 agreement id, 2 agreement title, 3 party code, 4-5 owner, 6 responsible body,
         * 7 item id, 8 commitment id, 9 title, 10 due_at, 11 zone, 12 date only, 13 baseline, 14 reference,
         * 15 precision, 16 the commitment's reference, 17 its status.
         */
        static Detail from(Object[] r) {
            return new Detail(number(r[7]), number(r[8]), (String) r[9], (String) r[0], number(r[1]), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], instant(r[10]), (String) r[11],
                    (Boolean) r[12], r[13] == null ? null : instant(r[13]), (String) r[14],
                    DuePrecision.valueOf((String) r[15]), (String) r[16], CommitmentStatus.valueOf((String) r[17]));
        }
    }

    private static OverdueItem item(String kind, Detail d, Instant now, boolean withOwners) {
        Instant dueAt = d.dueAt();
        String zone = d.dueZone();
        boolean dateOnly = d.dueDateOnly();
        Deadline deadline = new Deadline(dueAt, ZoneId.of(zone), dateOnly, d.duePrecision());
        boolean milestone = "MILESTONE".equals(kind);
        Owner owner = !withOwners || d.ownerName() == null && d.ownerEmail() == null ? null
                : new Owner(d.ownerName(), d.ownerEmail());
        Instant baseline = milestone ? null : d.baselineDueAt();
        return new OverdueItem(kind, d.id(), d.commitmentId(), d.title(), d.commitmentTitle(), d.agreementId(),
                d.agreementTitle(), d.partyCode(), owner, dueAt, zone, dateOnly ? deadline.localDate() : null,
                deadline.daysOverdue(now),
                milestone ? null : baseline == null ? Long.valueOf(0) : Deadline.slippageDays(baseline, dueAt),
                d.responsibleBody(), d.reference(), deadline.precision(), d.commitmentReference(), d.status(),
                baseline == null || baseline.equals(dueAt) ? null
                        : new Deadline(baseline, deadline.zone(), dateOnly).localDate());
    }
}
