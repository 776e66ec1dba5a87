package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacta.chain.LedgerChain;

/**
 * The entries commitments add to their agreement's hash chain, one per change, with the public facts of the item as
 * it stands after the change. Owners' names and emails and the authors' names stay out: the chain is public for public
 * agreements, and the actor is recorded as a party code by {@link LedgerChain}.
 */
@ApplicationScoped
public class ChainEntries {

    public static final String COMMITMENT_CREATED = "COMMITMENT_CREATED";
    public static final String COMMITMENT_UPDATED = "COMMITMENT_UPDATED";
    public static final String COMMITMENT_DELETED = "COMMITMENT_DELETED";
    public static final String DEADLINE_CHANGED = "DEADLINE_CHANGED";
    public static final String PROGRESS_RECORDED = "PROGRESS_RECORDED";
    public static final String MILESTONE_ADDED = "MILESTONE_ADDED";
    public static final String MILESTONE_UPDATED = "MILESTONE_UPDATED";
    public static final String MILESTONE_DELETED = "MILESTONE_DELETED";
    public static final String CONFIRMATION_RECORDED = "CONFIRMATION_RECORDED";

    @Inject
    LedgerChain chain;

    public void created(Commitment c, Instant now) {
        chain.append(c.agreement.id, COMMITMENT_CREATED, "commitment/" + c.id, facts(c), now, chain.actor());
    }

    public void updated(Commitment c, Instant now) {
        chain.append(c.agreement.id, COMMITMENT_UPDATED, "commitment/" + c.id, facts(c), now, chain.actor());
    }

    public void deleted(long agreementId, long id, String title, Instant now) {
        chain.append(agreementId, COMMITMENT_DELETED, "commitment/" + id, Map.of("title", title), now, chain.actor());
    }

    public void deadlineChanged(DeadlineChange d, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commitmentId", d.commitment.id);
        data.put("oldDueAt", d.oldDueAt);
        data.put("oldUndated", d.oldUndated);
        data.put("oldZone", d.oldZone);
        data.put("newDueAt", d.newDueAt);
        data.put("newZone", d.newZone);
        data.put("newDateOnly", d.newDateOnly);
        data.put("newPrecision", d.newPrecision.name());
        data.put("reason", d.reason);
        data.put("changedAt", d.changedAt);
        chain.append(d.commitment.agreement.id, DEADLINE_CHANGED, "deadline-change/" + d.id, data, now, chain.actor());
    }

    public void progress(ProgressUpdate u, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commitmentId", u.commitment.id);
        data.put("status", u.newStatus.name());
        data.put("percent", u.percentComplete);
        data.put("note", u.note);
        data.put("evidence", List.copyOf(u.evidence));
        data.put("recordedAt", u.recordedAt);
        data.put("completionEvidenced", u.commitment.completionEvidenced);
        chain.append(u.commitment.agreement.id, PROGRESS_RECORDED, "progress/" + u.id, data, now, chain.actor());
    }

    public void milestoneAdded(Milestone m, Instant now) {
        chain.append(m.agreementId, MILESTONE_ADDED, "milestone/" + m.id, facts(m), now, chain.actor());
    }

    public void milestoneUpdated(Milestone m, Instant now) {
        chain.append(m.agreementId, MILESTONE_UPDATED, "milestone/" + m.id, facts(m), now, chain.actor());
    }

    public void milestoneDeleted(Milestone m, Instant now) {
        chain.append(m.agreementId, MILESTONE_DELETED, "milestone/" + m.id,
                Map.of("commitmentId", m.commitment.id, "title", m.title), now, chain.actor());
    }

    /** A step of a completion's thread, with the state it leads to; the party it spoke for is the one named. */
    public void confirmation(ConfirmationStep s, Confirmation state, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commitmentId", s.commitment.id);
        data.put("milestoneId", s.milestone == null ? null : s.milestone.id);
        data.put("party", s.party.code);
        data.put("act", s.act.name());
        data.put("note", s.note);
        data.put("evidence", List.copyOf(s.evidence));
        data.put("state", state.name());
        data.put("recordedAt", s.recordedAt);
        chain.append(s.agreementId, CONFIRMATION_RECORDED, "confirmation/" + s.id, data, now, chain.actor());
    }

    private static Map<String, Object> facts(Commitment c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", c.title);
        data.put("description", c.description);
        data.put("reference", c.reference);
        data.put("responsibleParty", c.responsibleParty.code);
        data.put("responsibleBody", c.responsibleBody);
        data.put("tags", c.tags.stream().sorted().toList());
        data.put("priority", c.priority.name());
        data.put("startOn", c.startOn);
        data.put("dueAt", c.dueAt);
        data.put("dueZone", c.dueZone);
        data.put("dueDateOnly", c.dueDateOnly);
        data.put("duePrecision", c.isUndated() ? null : c.duePrecision.name());
        data.put("undated", c.undated);
        data.put("baselineDueAt", c.baselineDueAt);
        data.put("status", c.status.name());
        data.put("percent", c.percentComplete);
        data.put("completedAt", c.completedAt);
        data.put("completionEvidenced", c.completionEvidenced);
        data.put("dependsOn", c.dependsOn.stream().map(d -> d.id).sorted().toList());
        return data;
    }

    private static Map<String, Object> facts(Milestone m) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commitmentId", m.commitment.id);
        data.put("title", m.title);
        data.put("reference", m.reference);
        data.put("dueAt", m.dueAt);
        data.put("dueZone", m.dueZone);
        data.put("dueDateOnly", m.dueDateOnly);
        data.put("duePrecision", m.isUndated() ? null : m.duePrecision.name());
        data.put("undated", m.undated);
        data.put("completedAt", m.completedAt);
        data.put("evidence", m.evidence);
        return data;
    }
}
