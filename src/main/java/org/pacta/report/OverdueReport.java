package org.pacta.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.Owner;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;

/**
 * Every overdue commitment and milestone, most overdue first. One UNION ALL query over the open-by-due-time
 * indexes; the CSV export walks the same order in keyset chunks so that it streams any number of rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverdueReport {

    private static final int CHUNK = 2000;
    private static final String COLUMNS = "kind, item_id, commitment_id, title, commitment_title, agreement_id,"
            + " agreement_title, party_code, owner_name, owner_email, due_at, due_zone, due_date_only, baseline_due_at";

    @Inject
    EntityManager em;

    @Inject
    org.pacta.security.Access access;

    public PageResult<OverdueItem> page(OverdueFilter filter, PageRequest page, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String union = union(filter, now, params);
        Query select = em.createNativeQuery("select " + COLUMNS + " from (" + union + ") x"
                + " order by due_at, kind, item_id");
        Query count = em.createNativeQuery("select count(*) from (" + union + ") x");
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        select.setFirstResult(page.offset()).setMaxResults(page.size());
        List<OverdueItem> items = map(select.getResultList(), now, access.showsOwners());
        long total = page.page() == 0 && items.size() < page.size() ? items.size()
                : ((Number) count.getSingleResult()).longValue();
        return PageResult.of(items, page, total);
    }

    /** Hands every row, in report order, to {@code sink}; reads in chunks so memory stays flat. */
    public void forEach(OverdueFilter filter, Instant now, Consumer<OverdueItem> sink) {
        Map<String, Object> params = new HashMap<>();
        String union = union(filter, now, params);
        OverdueItem last = null;
        while (true) {
            String after = last == null ? "" : " where x.due_at > :lastDue or (x.due_at = :lastDue and (x.kind > :lastKind"
                    + " or (x.kind = :lastKind and x.item_id > :lastId)))";
            Query select = em.createNativeQuery("select " + COLUMNS + " from (" + union + ") x" + after
                    + " order by due_at, kind, item_id");
            params.forEach(select::setParameter);
            if (last != null) {
                select.setParameter("lastDue", last.dueAt());
                select.setParameter("lastKind", last.kind());
                select.setParameter("lastId", last.id());
            }
            List<OverdueItem> chunk = map(select.setMaxResults(CHUNK).getResultList(), now, access.showsOwners());
            chunk.forEach(sink);
            if (chunk.size() < CHUNK) {
                return;
            }
            last = chunk.get(chunk.size() - 1);
            em.clear();
        }
    }

    private String union(OverdueFilter f, Instant now, Map<String, Object> params) {
        int minDays = f.minDaysOverdue() == null ? 1 : Math.max(1, f.minDaysOverdue());
        // daysOverdue >= N  <=>  at least N-1 whole days have passed since the deadline.
        params.put("cutoff", now.minus(Duration.ofDays(minDays - 1L)));
        StringBuilder extra = new StringBuilder(access.publicOnly() ? " and a.is_public = true" : "");
        if (f.partyId() != null) {
            extra.append(" and c.responsible_party_id = :partyId");
            params.put("partyId", f.partyId());
        }
        if (f.agreementId() != null) {
            extra.append(" and c.agreement_id = :agreementId");
            params.put("agreementId", f.agreementId());
        }
        if (f.tag() != null) {
            extra.append(" and exists (select 1 from commitment_tag t where t.commitment_id = c.id and t.tag = :tag)");
            params.put("tag", f.tag());
        }
        String joins = " join agreement a on a.id = c.agreement_id join party p on p.id = c.responsible_party_id";
        String open = " c.status not in ('DONE', 'CANCELLED')";
        return "select 'COMMITMENT' as kind, c.id as item_id, c.id as commitment_id, c.title as title,"
                + " c.title as commitment_title, a.id as agreement_id, a.title as agreement_title, p.code as party_code,"
                + " c.owner_name as owner_name, c.owner_email as owner_email, c.due_at as due_at, c.due_zone as due_zone,"
                + " c.due_date_only as due_date_only, c.baseline_due_at as baseline_due_at"
                + " from commitment c" + joins
                + " where" + open + " and c.due_at <= :cutoff" + extra
                + " union all"
                + " select 'MILESTONE', m.id, c.id, m.title, c.title, a.id, a.title, p.code, c.owner_name, c.owner_email,"
                + " m.due_at, m.due_zone, m.due_date_only, m.due_at"
                + " from milestone m join commitment c on c.id = m.commitment_id" + joins
                + " where" + open + " and m.completed_at is null and m.due_at <= :cutoff" + extra;
    }

    @SuppressWarnings("unchecked")
    private static List<OverdueItem> map(List<?> rows, Instant now, boolean withOwners) {
        List<OverdueItem> out = new ArrayList<>(rows.size());
        for (Object o : (List<Object[]>) rows) {
            Object[] r = (Object[]) o;
            String kind = (String) r[0];
            Instant dueAt = instant(r[10]);
            String zone = (String) r[11];
            boolean dateOnly = (Boolean) r[12];
            Deadline deadline = new Deadline(dueAt, ZoneId.of(zone), dateOnly);
            boolean milestone = "MILESTONE".equals(kind);
            Owner owner = !withOwners || r[8] == null && r[9] == null ? null : new Owner((String) r[8], (String) r[9]);
            out.add(new OverdueItem(kind, num(r[1]), num(r[2]), (String) r[3], (String) r[4], num(r[5]), (String) r[6],
                    (String) r[7], owner, dueAt, zone, dateOnly ? deadline.localDate() : null, deadline.daysOverdue(now),
                    milestone ? null : Deadline.slippageDays(instant(r[13]), dueAt)));
        }
        return out;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + (o == null ? "null" : o.getClass()));
    }
}
