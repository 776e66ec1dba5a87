package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.Party;
import org.pacta.platform.Refusal;
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
    CommitmentDependencies dependencies;

    @Inject
    References references;

    @Inject
    LedgerWrites writes;

    @Inject
    ChainEntries chain;

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
            throw Refusal.notFound("Commitment", id);
        }
        access.requireSee(c.agreement.isPublic, "Commitment", c.id);
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
        writes.add(c, clock.instant(), LedgerWrites.Trail.atOnce());
        LOG.infof("Commitment %d created in agreement %d: \"%s\" (%s, due %s)", c.id, c.agreement.id, c.title,
                c.responsibleParty.code, c.isUndated() ? "undated" : c.dueAt);
        changed.fire(new CommitmentChanged(c.id));
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
        Map<String, Integer> referenceLines = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                continue;
            }
            Violations v = Violations.forFields();
            Commitment c = build(agreement, rows.get(i), v);
            int line = lines.get(i);
            String ref = blankToNull(rows.get(i).reference());
            Integer first = ref == null ? null : referenceLines.putIfAbsent(ref, line);
            if (first != null) {
                v.add("reference", r -> r.reference_repeated(ref, first));
            }
            v.list().forEach(e -> errors.add(org.pacta.platform.Problem.FieldError.line(line, e.field(), e.phrase())));
            built.add(c);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(org.pacta.platform.Problem.FieldError::line));
            throw Refusal.invalid(errors);
        }
        built.forEach(c -> access.requireEditFor(c.responsibleParty));
        Instant now = clock.instant();
        for (Commitment c : built) {
            LedgerWrites.leaveToSweep(c, now);
            writes.add(c, now, LedgerWrites.Trail.atOnce());
        }
        agreementChanged.fire(new org.pacta.agreement.AgreementChanged(agreement.id));
        LOG.infof("%d commitment(s) created in agreement %d by import", built.size(), agreement.id);
        return built;
    }

    /** A new commitment from what a client sent, not yet stored; its problems go to {@code v}. */
    Commitment build(Agreement agreement, CommitmentInput in, Violations v) {
        Party party = responsibleParty(agreement, in.responsibleParty(), v);
        Due due = DeadlineRules.resolveDue(in.dueAt(), in.dueDate(), in.dueZone(), in.duePrecision(), in.undated(),
                party == null ? null : party.zone(), v);
        DeadlineRules.checkStart(in.startOn(), due == null ? null : due.deadline(), v);
        if (in.status() == CommitmentStatus.DONE) {
            v.add("status", Refusals::new_not_done);
        }
        references.forCommitment(agreement.id, null, in.reference(), v);
        Set<Commitment> dependencies = this.dependencies.of(null, in.dependsOn(), v);
        if (!v.isEmpty() || party == null || due == null) {
            return null;
        }
        Commitment c = writes.commitment(agreement, party, due, CommitmentFields.of(in), in.status(), clock.instant());
        c.dependsOn.addAll(dependencies);
        return c;
    }

    public Commitment update(long id, CommitmentInput in, ExpectedVersion expected) {
        Commitment c = get(id);
        access.requireEditFor(c.responsibleParty);
        Violations v = Violations.forFields();
        Party party = responsibleParty(c.agreement, in.responsibleParty(), v);
        Due due = DeadlineRules.resolveDue(in.dueAt(), in.dueDate(), in.dueZone(), in.duePrecision(), in.undated(),
                party == null ? null : party.zone(), v);
        Deadline deadline = due == null ? null : due.deadline();
        DeadlineRules.checkStart(in.startOn(), deadline, v);
        // An undated item's first date is a change too (from "no fixed date"), with a reason like any other.
        boolean deadlineMoves = deadline != null && !deadline.sameAs(c.deadline());
        if (deadlineMoves && (in.deadlineChangeReason() == null || in.deadlineChangeReason().isBlank())) {
            v.add("deadlineChangeReason", Refusals::deadline_change_reason);
        }
        if (due != null && due.isUndated() && !c.isUndated()) {
            v.add("undated", Refusals::dated_cannot_become_undated);
        }
        references.forCommitment(c.agreement.id, c.id, in.reference(), v);
        Set<Commitment> dependencies = this.dependencies.of(c, in.dependsOn(), v);
        v.throwIfAny();
        ExpectedVersion.require(expected).check(c.version);
        access.requireEditFor(party);
        CommitmentView before = CommitmentView.of(c, clock.instant(), true);
        c.changeStatusByEdit(in.status());

        Instant now = clock.instant();
        if (deadlineMoves) {
            DeadlineChange change = c.reviseDeadline(deadline, in.deadlineChangeReason().strip(), author(null), now);
            change.persist();
            chain.deadlineChanged(change, now);
            LOG.infof("Deadline of commitment %d revised from %s to %s: %s", c.id,
                    change.oldDueAt == null ? "no fixed date" : change.oldDueAt, change.newDueAt, change.reason);
        } else if (due != null && due.isUndated()) {
            c.rewordUndated(due.undated());
        }
        c.responsibleParty = party;
        CommitmentFields.of(in).applyTo(c);
        c.dependsOn.clear();
        c.dependsOn.addAll(dependencies);
        c.updatedAt = now;
        em.flush();
        chain.updated(c, now);
        audit.record(org.pacta.security.Audit.UPDATE, "COMMITMENT", c.id, c.id, before, CommitmentView.of(c, now, true));
        LOG.infof("Commitment %d updated: \"%s\" (%s)", c.id, c.title, c.status);
        changed.fire(new CommitmentChanged(c.id));
        return c;
    }

    public void delete(long id, ExpectedVersion expected) {
        Commitment c = get(id);
        access.requireEditFor(c.responsibleParty);
        ExpectedVersion.check(expected, c.version);
        CommitmentView before = CommitmentView.of(c, clock.instant(), true);
        String title = c.title;
        long agreementId = c.agreement.id;
        List<Long> ids = List.of(c.id);
        purge.refuseIfOthersDependOn(ids);
        purge.purge(ids);
        chain.deleted(agreementId, id, title, clock.instant());
        audit.record(org.pacta.security.Audit.DELETE, "COMMITMENT", id, id, before, null);
        LOG.infof("Commitment %d deleted: \"%s\"", id, title);
    }

    public ProgressUpdate recordProgress(long id, ProgressInput in) {
        Commitment c = get(id);
        access.requireEditFor(c.responsibleParty);
        CommitmentStatus before = c.status;
        ProgressUpdate update = writes.recordProgress(c, author(in.author()), blankToNull(in.note()), in.status(),
                in.percentComplete(), in.evidence(), clock.instant(), LedgerWrites.Trail.atOnce());
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
        access.requireEditFor(c.responsibleParty);
        Violations v = Violations.forFields();
        Deadline deadline = DeadlineRules.resolve(in.dueAt(), in.dueDate(), in.dueZone(), in.duePrecision(),
                c.responsibleParty.zone(), v, true);
        DeadlineRules.checkStart(c.startOn, deadline, v);
        v.throwIfAny();
        ExpectedVersion.check(expected, c.version);
        DeadlineChange change = writes.reviseDeadline(c, deadline, in.reason().strip(), author(in.author()),
                clock.instant(), LedgerWrites.Trail.atOnce());
        LOG.infof("Deadline of commitment %d revised from %s to %s by %s: %s", c.id,
                change.oldDueAt == null ? "no fixed date" : change.oldDueAt, change.newDueAt, change.author, change.reason);
        changed.fire(new CommitmentChanged(c.id));
        return change;
    }

    /** The before and after of a deadline change in the audit trail; an undated item's "before" is its words. */
    public static Map<String, Object> deadlineAudit(DeadlineChange change, boolean after) {
        if (after) {
            return Map.of("dueAt", change.newDueAt, "dueZone", change.newZone, "reason", change.reason);
        }
        return change.oldDueAt == null ? Map.of("undated", change.oldUndated, "dueZone", change.oldZone)
                : Map.of("dueAt", change.oldDueAt, "dueZone", change.oldZone);
    }

    /**
     * For imports (the normal API paths keep their rules): the source says the commitment is complete. With evidence
     * links it is an ordinary DONE; without, it is DONE with {@code completionEvidenced = false}, shown as "reported
     * complete, no evidence" and counted apart from evidenced completions. {@code completedAt} is the source's
     * completion date; without one an evidenced completion is dated now, a reported one stays without a date rather
     * than being stamped complete at import time.
     */
    public ProgressUpdate recordImportedCompletion(long id, Instant completedAt, List<String> evidence, String note) {
        Commitment c = get(id);
        access.requireEditFor(c.responsibleParty);
        Instant now = clock.instant();
        Violations v = Violations.forFields();
        if (completedAt != null && completedAt.isAfter(now)) {
            v.add("completedAt", Refusals::completed_in_future);
        } else if (completedAt != null && !org.pacta.platform.TimeRules.plausible(completedAt)) {
            v.add("completedAt", org.pacta.platform.TimeRules.implausible());
        }
        if (c.status == CommitmentStatus.DONE) {
            v.add("status", Refusals::already_done);
        }
        List<String> links = evidence == null ? List.of() : evidence.stream().filter(e -> e != null && !e.isBlank())
                .map(String::strip).toList();
        for (int i = 0; i < links.size(); i++) {
            if (!org.pacta.platform.HttpUrl.Validator.isHttpUrl(links.get(i))) {
                v.add("evidence[" + i + "]", Refusals::http_url);
            }
        }
        v.throwIfAny();
        String words = blankToNull(note);
        String shown = links.isEmpty() && words == null ? "Reported complete in the imported plan, without evidence." : words;
        ProgressUpdate update = writes.complete(c, author(null), shown, links, completedAt, now, LedgerWrites.Trail.atOnce());
        LOG.infof("Commitment %d recorded as done by import (%s)", c.id, links.isEmpty() ? "no evidence" : "with evidence");
        changed.fire(new CommitmentChanged(c.id));
        return update;
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
