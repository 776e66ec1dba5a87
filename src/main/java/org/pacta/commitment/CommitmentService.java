package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.Party;
import org.pacta.platform.ApiException;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.Refusals;
import org.pacta.platform.Violations;

/** The commitment ledger: every write validates first, then changes the item and its history in one transaction. */
@ApplicationScoped
@Transactional
public class CommitmentService {

    private static final Logger LOG = Logger.getLogger(CommitmentService.class);
    static final String DEFAULT_AUTHOR = "anonymous";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AgreementService agreements;

    @Inject
    CommitmentQueries queries;

    @Inject
    CommitmentPurge purge;

    @Inject
    Event<CommitmentChanged> changed;

    @Inject
    Event<org.pacta.agreement.AgreementChanged> agreementChanged;

    @Inject
    org.pacta.security.Access access;

    @Inject
    org.pacta.security.Audit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment get(long id) {
        Commitment c = Commitment.findById(id);
        if (c == null) {
            throw ApiException.notFound("Commitment", id);
        }
        access.requireSee(c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Commitment> list(CommitmentFilter filter, String sort, PageRequest page) {
        return list(filter, sort, page, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Commitment> list(CommitmentFilter filter, String sort, PageRequest page, Instant now) {
        if (filter.agreementId() != null) {
            agreements.get(filter.agreementId());
        }
        return queries.page(filter, sort, page, now, access.publicOnly());
    }

    public Commitment create(long agreementId, CommitmentInput in) {
        Agreement agreement = agreements.get(agreementId);
        Violations v = Violations.forFields();
        Commitment c = build(agreement, in, v);
        v.throwIfAny();
        access.requireEditFor(c.responsibleParty);
        c.persist();
        created(c);
        return c;
    }

    /**
     * Creates many commitments in one agreement, all or none. Every problem of every row is reported, keyed
     * by the row's line number.
     */
    public List<Commitment> createAll(long agreementId, List<CommitmentInput> rows, List<Integer> lines,
            List<org.pacta.platform.Problem.FieldError> earlier) {
        Agreement agreement = agreements.get(agreementId);
        List<org.pacta.platform.Problem.FieldError> errors = new ArrayList<>(earlier);
        List<Commitment> built = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                continue;
            }
            Violations v = Violations.forFields();
            Commitment c = build(agreement, rows.get(i), v);
            int line = lines.get(i);
            v.list().forEach(e -> errors.add(org.pacta.platform.Problem.FieldError.line(line, e.field(), e.phrase())));
            built.add(c);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(org.pacta.platform.Problem.FieldError::line));
            throw ApiException.invalid(errors);
        }
        built.forEach(c -> access.requireEditFor(c.responsibleParty));
        Instant now = clock.instant();
        for (Commitment c : built) {
            // New and without milestones: the next sweep works out what each owes (no per-row recomputation).
            c.nextFollowupAt = c.isOpen() ? now : null;
            c.persist();
            audit.record(org.pacta.security.Audit.CREATE, "COMMITMENT", c.id, c.id, null, CommitmentView.of(c, now, true));
        }
        agreementChanged.fire(new org.pacta.agreement.AgreementChanged(agreement.id));
        LOG.infof("%d commitment(s) created in agreement %d by import", built.size(), agreement.id);
        return built;
    }

    /** A new commitment from what a client sent, not yet stored; its problems go to {@code v}. */
    Commitment build(Agreement agreement, CommitmentInput in, Violations v) {
        Party party = responsibleParty(agreement, in.responsibleParty(), v);
        Deadline deadline = DeadlineRules.resolve(in.dueAt(), in.dueDate(), in.dueZone(),
                party == null ? null : party.zone(), v, true);
        DeadlineRules.checkStart(in.startOn(), deadline, v);
        if (in.status() == CommitmentStatus.DONE) {
            v.add("status", Refusals::new_not_done);
        }
        Set<Commitment> dependencies = dependencies(null, in.dependsOn(), v);
        if (!v.isEmpty() || party == null || deadline == null) {
            return null;
        }
        Commitment c = new Commitment(agreement, in.title().strip(), party, deadline, clock.instant());
        applyFields(c, in);
        c.status = in.status() == null ? CommitmentStatus.PLANNED : in.status();
        c.dependsOn.addAll(dependencies);
        return c;
    }

    private void created(Commitment c) {
        audit.record(org.pacta.security.Audit.CREATE, "COMMITMENT", c.id, c.id, null, CommitmentView.of(c, clock.instant(), true));
        LOG.infof("Commitment %d created in agreement %d: \"%s\" (%s, due %s)", c.id, c.agreement.id, c.title,
                c.responsibleParty.code, c.dueAt);
        changed.fire(new CommitmentChanged(c.id));
    }

    public Commitment update(long id, CommitmentInput in, ExpectedVersion expected) {
        Commitment c = get(id);
        access.requireEdit(c);
        Violations v = Violations.forFields();
        Party party = responsibleParty(c.agreement, in.responsibleParty(), v);
        Deadline deadline = DeadlineRules.resolve(in.dueAt(), in.dueDate(), in.dueZone(),
                party == null ? null : party.zone(), v, true);
        DeadlineRules.checkStart(in.startOn(), deadline, v);
        boolean deadlineMoves = deadline != null
                && (!deadline.dueAt().equals(c.dueAt) || deadline.dateOnly() != c.dueDateOnly);
        if (deadlineMoves && (in.deadlineChangeReason() == null || in.deadlineChangeReason().isBlank())) {
            v.add("deadlineChangeReason", Refusals::deadline_change_reason);
        }
        Set<Commitment> dependencies = dependencies(c, in.dependsOn(), v);
        v.throwIfAny();
        ExpectedVersion.require(expected).check(c.version);
        access.requireEditFor(party);
        CommitmentView before = CommitmentView.of(c, clock.instant(), true);
        c.changeStatusByEdit(in.status());

        Instant now = clock.instant();
        if (deadlineMoves) {
            DeadlineChange change = c.reviseDeadline(deadline, in.deadlineChangeReason().strip(), author(null), now);
            change.persist();
            LOG.infof("Deadline of commitment %d revised from %s to %s: %s", c.id, change.oldDueAt, change.newDueAt,
                    change.reason);
        }
        c.title = in.title().strip();
        c.responsibleParty = party;
        applyFields(c, in);
        c.dependsOn.clear();
        c.dependsOn.addAll(dependencies);
        c.updatedAt = now;
        em.flush();
        audit.record(org.pacta.security.Audit.UPDATE, "COMMITMENT", c.id, c.id, before, CommitmentView.of(c, now, true));
        LOG.infof("Commitment %d updated: \"%s\" (%s)", c.id, c.title, c.status);
        changed.fire(new CommitmentChanged(c.id));
        return c;
    }

    public void delete(long id, ExpectedVersion expected) {
        Commitment c = get(id);
        access.requireEdit(c);
        ExpectedVersion.check(expected, c.version);
        CommitmentView before = CommitmentView.of(c, clock.instant(), true);
        String title = c.title;
        List<Long> ids = List.of(c.id);
        purge.refuseIfOthersDependOn(ids);
        purge.purge(ids);
        audit.record(org.pacta.security.Audit.DELETE, "COMMITMENT", id, id, before, null);
        LOG.infof("Commitment %d deleted: \"%s\"", id, title);
    }

    public ProgressUpdate recordProgress(long id, ProgressInput in) {
        Commitment c = get(id);
        access.requireEdit(c);
        CommitmentStatus before = c.status;
        ProgressUpdate update = c.recordProgress(author(in.author()), blankToNull(in.note()), in.status(),
                in.percentComplete(), in.evidence(), clock.instant());
        update.persist();
        audit.record(org.pacta.security.Audit.CREATE, "PROGRESS", update.id, c.id, null, ProgressView.of(update));
        if (before != c.status) {
            LOG.infof("Commitment %d moved from %s to %s by %s (%d%%)", c.id, before, c.status, update.author,
                    c.percentComplete);
        } else {
            LOG.infof("Progress on commitment %d by %s: %d%%", c.id, update.author, c.percentComplete);
        }
        changed.fire(new CommitmentChanged(c.id));
        return update;
    }

    public DeadlineChange reviseDeadline(long id, DeadlineInput in, ExpectedVersion expected) {
        Commitment c = get(id);
        access.requireEdit(c);
        Violations v = Violations.forFields();
        Deadline deadline = DeadlineRules.resolve(in.dueAt(), in.dueDate(), in.dueZone(), c.responsibleParty.zone(), v, true);
        DeadlineRules.checkStart(c.startOn, deadline, v);
        v.throwIfAny();
        ExpectedVersion.check(expected, c.version);
        DeadlineChange change = c.reviseDeadline(deadline, in.reason().strip(), author(in.author()), clock.instant());
        change.persist();
        audit.record(org.pacta.security.Audit.UPDATE, "DEADLINE", c.id, c.id, java.util.Map.of("dueAt", change.oldDueAt, "dueZone", change.oldZone),
                java.util.Map.of("dueAt", change.newDueAt, "dueZone", change.newZone, "reason", change.reason));
        LOG.infof("Deadline of commitment %d revised from %s to %s by %s: %s", c.id, change.oldDueAt, change.newDueAt,
                change.author, change.reason);
        changed.fire(new CommitmentChanged(c.id));
        return change;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ProgressUpdate> updates(long id, PageRequest page) {
        Commitment c = get(id);
        var q = ProgressUpdate.find("commitment = ?1 order by recordedAt desc, id desc", c);
        return PageResult.of(q.page(page.page(), page.size()).list(), page, q.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<DeadlineChange> deadlineChanges(long id, PageRequest page) {
        Commitment c = get(id);
        var q = DeadlineChange.find("commitment = ?1 order by changedAt, id", c);
        return PageResult.of(q.page(page.page(), page.size()).list(), page, q.count());
    }

    /** The responsible party must be one of the agreement's parties. */
    static Party responsibleParty(Agreement agreement, String code, Violations v) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        for (Party p : agreement.parties) {
            if (p.code.equals(upper)) {
                return p;
            }
        }
        if (Party.byCode(upper).isEmpty()) {
            v.add("responsibleParty", r -> r.no_party(code));
        } else {
            String parties = agreement.partyCodes().toString();
            v.add("responsibleParty", r -> r.not_agreement_party(upper, parties));
        }
        return null;
    }

    /**
     * Loads the named dependencies and refuses unknown ids and cycles: following "depends on" from any of them
     * must never lead back to the commitment itself.
     */
    Set<Commitment> dependencies(Commitment self, List<Long> ids, Violations v) {
        Set<Commitment> out = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        Set<Long> wanted = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long depId = ids.get(i);
            if (depId == null) {
                v.add("dependsOn[" + i + "]", Refusals::must_be_commitment_id);
            } else if (self != null && depId.equals(self.id)) {
                v.add("dependsOn[" + i + "]", Refusals::depends_on_itself);
            } else {
                wanted.add(depId);
            }
        }
        if (wanted.isEmpty()) {
            return out;
        }
        List<Commitment> found = Commitment.list("id in ?1", wanted);
        Set<Long> foundIds = new HashSet<>();
        found.forEach(f -> foundIds.add(f.id));
        for (Long w : wanted) {
            if (!foundIds.contains(w)) {
                v.add("dependsOn", r -> r.no_commitment(w));
            }
        }
        out.addAll(found);
        if (self != null) {
            List<Long> cycle = pathBackTo(self.id, foundIds);
            if (cycle != null) {
                List<Long> path = new ArrayList<>();
                path.add(self.id);
                path.addAll(cycle);
                v.add("dependsOn", r -> r.dependency_cycle(path));
            }
        }
        return out;
    }

    /** Breadth-first over stored dependencies; the path from one of {@code starts} to {@code target}, or null. */
    private List<Long> pathBackTo(long target, Collection<Long> starts) {
        Map<Long, Long> parent = new HashMap<>();
        Deque<Long> frontier = new ArrayDeque<>();
        for (Long s : starts) {
            parent.put(s, null);
            frontier.add(s);
        }
        while (!frontier.isEmpty()) {
            List<Long> batch = new ArrayList<>(frontier);
            frontier.clear();
            if (batch.contains(target)) {
                List<Long> path = new ArrayList<>();
                for (Long at = target; at != null; at = parent.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> edges = em.createNativeQuery(
                    "select commitment_id, depends_on_id from commitment_dependency where commitment_id in (:ids)")
                    .setParameter("ids", batch).getResultList();
            for (Object[] e : edges) {
                long from = ((Number) e[0]).longValue();
                long to = ((Number) e[1]).longValue();
                if (!parent.containsKey(to)) {
                    parent.put(to, from);
                    frontier.add(to);
                }
            }
        }
        return null;
    }

    private static void applyFields(Commitment c, CommitmentInput in) {
        c.description = blankToNull(in.description());
        c.ownerName = in.owner() == null ? null : blankToNull(in.owner().name());
        c.ownerEmail = in.owner() == null ? null : blankToNull(in.owner().email());
        c.tags.clear();
        c.tags.addAll(normalizeTags(in.tags()));
        c.priority = in.priority() == null ? Priority.NORMAL : in.priority();
        c.startOn = in.startOn();
    }

    /** Tags are compared case-insensitively: "Transport" and "transport" are one tag. */
    public static Set<String> normalizeTags(List<String> tags) {
        Set<String> out = new java.util.TreeSet<>();
        if (tags != null) {
            for (String t : tags) {
                if (t != null && !t.isBlank()) {
                    out.add(t.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Signed-in people sign with their own name; only Pacta itself (an import, the demo) may name someone else. */
    String author(String given) {
        if (!access.user().isSystem()) {
            return access.user().author();
        }
        return given == null || given.isBlank() ? DEFAULT_AUTHOR : given.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
