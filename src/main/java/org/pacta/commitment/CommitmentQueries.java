package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pacta.agreement.Party;
import org.pacta.platform.Refusal;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.SortSpec;

/** Read-only commitment lists: one query for the page (parties and agreements fetched with it) and one count. */
@ApplicationScoped
public class CommitmentQueries {

    /** The statuses of a commitment no longer open: it is neither due nor overdue. */
    public static final List<CommitmentStatus> CLOSED = List.of(CommitmentStatus.DONE, CommitmentStatus.CANCELLED);
    private static final Map<String, String> SORTABLE = Map.of(
            "id", "c.id", "dueAt", "c.dueAt", "title", "c.title", "priority", "c.priority", "status", "c.status",
            "createdAt", "c.createdAt", "updatedAt", "c.updatedAt", "percentComplete", "c.percentComplete");
    /** Undated items sort after every date, as the due-time indexes hold them (migration V13). */
    private static final java.util.Set<String> NULLS_AFTER_DATES = java.util.Set.of("c.dueAt");

    @Inject
    EntityManager em;

    /*
     * The page's ids first, on the commitment table alone (its indexes decide), then those rows with their party
     * and agreement: with the joins in the first query a planner may walk every party's commitments and sort them
     * all for a page of twenty. Counting stops at PageResult.COUNT_CAP.
     */
    public PageResult<Commitment> page(CommitmentFilter f, String sort, PageRequest page, Instant now, boolean publicOnly) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, now, params)
                + (publicOnly ? " and c.agreement.id in (select a.id from Agreement a where a.isPublic = true)" : "");
        SortSpec sortSpec = SortSpec.parse(sort, SORTABLE, NULLS_AFTER_DATES, "c.dueAt", "sort");
        // H2 reads an index in order only when the ORDER BY starts with the index's first column; leading with the
        // body, party (or agreement) the filter fixes changes no order and spares it sorting every match for one page.
        if (params.containsKey("bodyKey")) {
            sortSpec = sortSpec.leadBy("c.responsibleBodyKey");
        } else if (params.containsKey("partyId")) {
            sortSpec = sortSpec.leadBy("c.responsibleParty.id");
        } else if (params.containsKey("agreementId")) {
            sortSpec = sortSpec.leadBy("c.agreement.id");
        }
        String order = sortSpec.orderBy("c.id");
        TypedQuery<Long> ids = em.createQuery("select c.id from Commitment c" + where + order, Long.class);
        TypedQuery<Long> count = em.createQuery("select c.id from Commitment c" + where, Long.class);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Commitment> items = new ArrayList<>();
        if (!pageIds.isEmpty()) {
            Map<Long, Commitment> byId = new HashMap<>();
            em.createQuery("select c from Commitment c join fetch c.responsibleParty join fetch c.agreement"
                    + " where c.id in :ids", Commitment.class).setParameter("ids", pageIds).getResultList()
                    .forEach(c -> byId.put(c.id, c));
            pageIds.forEach(id -> items.add(byId.get(id)));
        }
        long counted = pageIds.size() < page.size() && page.page() == 0 ? pageIds.size()
                : count.setMaxResults(PageResult.COUNT_CAP + 1).getResultList().size();
        return PageResult.capped(items, page, counted);
    }

    /**
     * The filter as a JPQL where clause on a commitment {@code c}, its parameters put in {@code params}: for readers
     * that walk every match (the plan export) rather than a page.
     */
    public String where(CommitmentFilter f, Instant now, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            w.append(" and c.status in :statuses");
            params.put("statuses", f.statuses());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            w.append(" and c.status not in :closed and c.dueAt <= :now");
            params.put("closed", CLOSED);
            params.put("now", now);
        } else if (Boolean.FALSE.equals(f.overdue())) {
            w.append(" and (c.status in :closed or c.dueAt > :now or c.dueAt is null)");
            params.put("closed", CLOSED);
            params.put("now", now);
        }
        if (f.party() != null && !f.party().isBlank()) {
            Party party = Party.byCode(f.party()).orElseThrow(() -> Refusal.invalidField("party",
                    r -> r.no_party(f.party())));
            w.append(" and c.responsibleParty.id = :partyId");
            params.put("partyId", party.id);
        }
        if (f.agreementId() != null) {
            w.append(" and c.agreement.id = :agreementId");
            params.put("agreementId", f.agreementId());
        }
        if (f.tag() != null && !f.tag().isBlank()) {
            w.append(" and :tag member of c.tags");
            params.put("tag", f.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (f.dueBefore() != null) {
            w.append(" and c.dueAt < :dueBefore");
            params.put("dueBefore", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            w.append(" and c.dueAt >= :dueAfter");
            params.put("dueAfter", f.dueAfter());
        }
        if (f.responsibleBody() != null && !f.responsibleBody().isBlank()) {
            w.append(" and c.responsibleBodyKey = :bodyKey");
            params.put("bodyKey", Commitment.bodyKey(f.responsibleBody()));
        }
        if (f.reference() != null && !f.reference().isBlank()) {
            w.append(" and c.reference = :reference");
            params.put("reference", f.reference().strip());
        }
        if (f.undated() != null) {
            w.append(f.undated() ? " and c.dueAt is null" : " and c.dueAt is not null");
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (lower(c.title) like :q escape '\\' or lower(c.description) like :q escape '\\')");
            params.put("q", SortSpec.likePattern(f.q()));
        }
        return w.toString();
    }
}
