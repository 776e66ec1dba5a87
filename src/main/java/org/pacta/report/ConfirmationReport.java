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
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.Owner;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;

/**
 * The overdue report's other question: which completed commitments and milestones stand in a confirmation state
 * (awaiting the other parties, disputed, confirmed), longest waiting first, with the report's scoping. Each kind is
 * read through its (confirmation, agreement) index; the rows are counted by what is in that state, not by the ledger.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConfirmationReport {

    private static final int CHUNK = 2000;
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::askedAt).thenComparing(Key::kind)
            .thenComparing(Key::id);

    @Inject
    EntityManager em;

    @Inject
    OverdueReport overdue;

    @Inject
    org.pacta.security.Access access;

    record Key(Instant askedAt, String kind, long id) {
    }

    public PageResult<OverdueItem> page(OverdueFilter filter, PageRequest page, Instant now) {
        int want = page.offset() + page.size();
        List<Key> keys = new ArrayList<>(keys("COMMITMENT", filter, want));
        keys.addAll(keys("MILESTONE", filter, want));
        keys.sort(ORDER);
        List<Key> slice = keys.subList(Math.min(page.offset(), keys.size()), Math.min(want, keys.size()));
        long counted = page.page() == 0 && keys.size() < page.size() ? keys.size()
                : count("COMMITMENT", filter) + count("MILESTONE", filter);
        return PageResult.capped(details(slice, now), page, counted);
    }

    /** Every row in order, for the CSV export (the states are few enough to be read in chunks of keys). */
    public void forEach(OverdueFilter filter, Instant now, Consumer<OverdueItem> sink) {
        List<Key> keys = new ArrayList<>(keys("COMMITMENT", filter, Integer.MAX_VALUE));
        keys.addAll(keys("MILESTONE", filter, Integer.MAX_VALUE));
        keys.sort(ORDER);
        for (int i = 0; i < keys.size(); i += CHUNK) {
            details(keys.subList(i, Math.min(keys.size(), i + CHUNK)), now).forEach(sink);
            em.clear();
        }
    }

    private String from(String kind, OverdueFilter f, Map<String, Object> params) {
        params.put("state", f.confirmation().name());
        String from = kind.equals("COMMITMENT") ? " from commitment c where c.confirmation = :state"
                : " from milestone m join commitment c on c.id = m.commitment_id where m.confirmation = :state";
        return from + overdue.scope(f, params);
    }

    @SuppressWarnings("unchecked")
    private List<Key> keys(String kind, OverdueFilter f, int limit) {
        String alias = kind.equals("COMMITMENT") ? "c" : "m";
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select " + alias + ".id, " + alias + ".confirmation_asked_at" + from(kind, f, params)
                + " order by " + alias + ".confirmation_asked_at, " + alias + ".id");
        params.forEach(q::setParameter);
        if (limit != Integer.MAX_VALUE) {
            q.setMaxResults(limit);
        }
        List<Key> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.add(new Key(instant(r[1]), kind, number(r[0])));
        }
        return out;
    }

    private long count(String kind, OverdueFilter f) {
        Map<String, Object> params = new HashMap<>();
        String alias = kind.equals("COMMITMENT") ? "c" : "m";
        Query q = em.createNativeQuery("select count(*) from (select " + alias + ".id" + from(kind, f, params)
                + " limit " + (PageResult.COUNT_CAP + 1) + ") counted");
        params.forEach(q::setParameter);
        return number(q.getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<OverdueItem> details(List<Key> keys, Instant now) {
        Map<String, OverdueItem> byKey = new HashMap<>();
        boolean withOwners = access.showsOwners();
        String select = "select c.title as commitment_title, a.id as agreement_id, a.title as agreement_title, p.code,"
                + " c.owner_name, c.owner_email, c.responsible_body, c.reference as commitment_reference, c.status";
        String joins = " join agreement a on a.id = c.agreement_id join party p on p.id = c.responsible_party_id";
        for (String kind : List.of("COMMITMENT", "MILESTONE")) {
            List<Long> ids = keys.stream().filter(k -> k.kind().equals(kind)).map(Key::id).toList();
            if (ids.isEmpty()) {
                continue;
            }
            String sql = kind.equals("COMMITMENT")
                    ? select + ", c.id, c.id, c.title, c.due_at, c.due_zone, c.due_date_only, c.reference, c.due_precision,"
                            + " c.completed_at, c.confirmation, c.confirmation_asked_at from commitment c" + joins
                            + " where c.id in (:ids)"
                    : select + ", m.id, c.id, m.title, m.due_at, m.due_zone, m.due_date_only, m.reference, m.due_precision,"
                            + " m.completed_at, m.confirmation, m.confirmation_asked_at from milestone m"
                            + " join commitment c on c.id = m.commitment_id" + joins + " where m.id in (:ids)";
            for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
                OverdueItem item = item(kind, r, now, withOwners);
                byKey.put(kind + ":" + item.id(), item);
            }
        }
        return keys.stream().map(k -> byKey.get(k.kind() + ":" + k.id())).filter(i -> i != null).toList();
    }

    /*
     * Columns: 0 commitment title, 1 agreement id, 2 agreement title, 3 party code, 4-5 owner, 6 responsible body,
     * 7 the commitment's reference, 8 its status, 9 item id, 10 commitment id, 11 title, 12 due_at, 13 zone,
     * 14 date only, 15 reference, 16 precision, 17 completed_at, 18 confirmation, 19 asked at.
     */
    private static OverdueItem item(String kind, Object[] r, Instant now, boolean withOwners) {
        Instant dueAt = r[12] == null ? null : instant(r[12]);
        boolean dateOnly = Boolean.TRUE.equals(r[14]);
        Deadline deadline = dueAt == null ? null
                : new Deadline(dueAt, ZoneId.of((String) r[13]), dateOnly, DuePrecision.valueOf((String) r[16]));
        Owner owner = !withOwners || r[4] == null && r[5] == null ? null : new Owner((String) r[4], (String) r[5]);
        Instant asked = r[19] == null ? null : instant(r[19]);
        return new OverdueItem(kind, number(r[9]), number(r[10]), (String) r[11], (String) r[0], number(r[1]),
                (String) r[2], (String) r[3], owner, dueAt, deadline == null ? null : (String) r[13],
                deadline != null && dateOnly ? deadline.localDate() : null, 0, null, (String) r[6], (String) r[15],
                deadline == null ? null : deadline.precision(), (String) r[7], CommitmentStatus.valueOf((String) r[8]),
                null, r[17] == null ? null : instant(r[17]), Confirmation.valueOf((String) r[18]),
                asked == null ? null : Math.max(0, Duration.between(asked, now).toDays()));
    }
}
