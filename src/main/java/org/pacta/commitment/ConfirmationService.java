package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.pacta.agreement.Party;
import org.pacta.platform.Forbidden;
import org.pacta.platform.Refusal;
import org.pacta.platform.Refusals;
import org.pacta.platform.Violations;
import org.pacta.security.Access;
import org.pacta.security.Audit;

/**
 * The other parties' word on a reported completion: a counterpart confirms or disputes it, the responsible party
 * answers a dispute. Each step is appended to the item's thread with its audit row, and the item keeps the state
 * {@link Confirmation#after} gives for the steps since the completion was reported.
 */
@ApplicationScoped
@Transactional
public class ConfirmationService {

    private static final Logger LOG = Logger.getLogger(ConfirmationService.class);

    @Inject
    ChainEntries chainEntries;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CommitmentService commitments;

    @Inject
    MilestoneService milestones;

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Event<ConfirmationSpoken> spoken;

    @Inject
    Event<CommitmentChanged> changed;

    /** A commitment or one of its milestones, as far as its confirmation goes. */
    private record Item(Commitment commitment, Milestone milestone) {

        boolean complete() {
            return milestone == null ? commitment.status == CommitmentStatus.DONE : milestone.completedAt != null;
        }

        Confirmation state() {
            return milestone == null ? commitment.confirmation : milestone.confirmation;
        }

        Instant askedAt() {
            return milestone == null ? commitment.confirmationAskedAt : milestone.confirmationAskedAt;
        }

        void state(Confirmation state) {
            if (milestone == null) {
                commitment.confirmation = state;
            } else {
                milestone.confirmation = state;
            }
        }

        long version() {
            return milestone == null ? commitment.version : milestone.version;
        }

        Long milestoneId() {
            return milestone == null ? null : milestone.id;
        }
    }

    public ConfirmationView.Spoken verdict(long commitmentId, ConfirmationInput in) {
        return verdict(new Item(commitments.get(commitmentId), null), in);
    }

    public ConfirmationView.Spoken verdictOnMilestone(long milestoneId, ConfirmationInput in) {
        Milestone m = milestones.get(milestoneId);
        return verdict(new Item(m.commitment, m), in);
    }

    public ConfirmationView.Spoken answer(long commitmentId, ConfirmationAnswer in) {
        return answer(new Item(commitments.get(commitmentId), null), in);
    }

    public ConfirmationView.Spoken answerOnMilestone(long milestoneId, ConfirmationAnswer in) {
        Milestone m = milestones.get(milestoneId);
        return answer(new Item(m.commitment, m), in);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConfirmationView thread(long commitmentId) {
        return thread(new Item(commitments.get(commitmentId), null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConfirmationView milestoneThread(long milestoneId) {
        Milestone m = milestones.get(milestoneId);
        return thread(new Item(m.commitment, m));
    }

    /** The commitment page's confirmation panel. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConfirmationView.Panel panel(long commitmentId) {
        Commitment c = commitments.get(commitmentId);
        boolean authors = access.showsOwners();
        List<ConfirmationStep> all = ConfirmationStep.list("commitment = ?1 order by recordedAt, id", c);
        Map<Long, ConfirmationView> byMilestone = new LinkedHashMap<>();
        for (Milestone m : Milestone.<Milestone>list("commitment = ?1 and confirmation is not null order by id", c)) {
            byMilestone.put(m.id, new ConfirmationView(c.id, m.id, m.confirmation, m.confirmationAskedAt, all.stream()
                    .filter(s -> s.milestone != null && s.milestone.id.equals(m.id))
                    .map(s -> ConfirmationView.Step.of(s, authors)).toList()));
        }
        ConfirmationView own = new ConfirmationView(c.id, null, c.confirmation, c.confirmationAskedAt, all.stream()
                .filter(s -> s.milestone == null).map(s -> ConfirmationView.Step.of(s, authors)).toList());
        var user = access.user();
        List<String> speaks = !(user.isOfficial() || user.isAdmin()) || user.partyIds().contains(c.responsibleParty.id)
                ? List.of()
                : c.agreement.parties.stream().filter(p -> !p.id.equals(c.responsibleParty.id)
                        && user.partyIds().contains(p.id)).map(p -> p.code).toList();
        boolean answers = !user.isAnonymous() && access.mayEditFor(c.responsibleParty.id);
        return new ConfirmationView.Panel(own, byMilestone, speaks, answers);
    }

    /** The commitment a milestone belongs to, for a page to go back to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long commitmentOf(long milestoneId) {
        return milestones.get(milestoneId).commitment.id;
    }

    private ConfirmationView thread(Item item) {
        boolean authors = access.showsOwners();
        List<ConfirmationView.Step> steps = stepsOf(item, null).stream()
                .map(s -> ConfirmationView.Step.of(s, authors)).toList();
        return new ConfirmationView(item.commitment().id, item.milestoneId(), item.state(), item.askedAt(), steps);
    }

    private ConfirmationView.Spoken verdict(Item item, ConfirmationInput in) {
        access.requireSignedIn();
        Commitment c = item.commitment();
        requireAsked(item);
        Party party = speaker(c, in.party());
        String note = CommitmentService.blankToNull(in.note());
        Violations v = Violations.forFields();
        if (in.verdict() == ConfirmationInput.Verdict.DISPUTED && note == null) {
            v.add("note", Refusals::confirmation_dispute_note);
        }
        v.throwIfAny();
        return write(item, party, in.verdict().act(), note, in.evidence());
    }

    private ConfirmationView.Spoken answer(Item item, ConfirmationAnswer in) {
        Commitment c = item.commitment();
        access.requireEditFor(c.responsibleParty);
        requireAsked(item);
        if (item.state() != Confirmation.DISPUTED) {
            throw Refusal.conflict(Refusals::confirmation_not_disputed);
        }
        return write(item, c.responsibleParty, Confirmation.Act.ANSWERED, CommitmentService.blankToNull(in.note()),
                in.evidence());
    }

    private static void requireAsked(Item item) {
        if (!item.complete()) {
            throw Refusal.conflict(item.milestone() == null ? Refusals::confirmation_not_done
                    : Refusals::confirmation_milestone_not_reached);
        }
        if (item.state() == null) {
            throw Refusal.conflict(Refusals::confirmation_no_counterpart);
        }
    }

    /**
     * The other party of the agreement the signed-in official speaks for. The responsible party's officials never
     * do, even when they also act for another party: a completion is confirmed by someone independent of it. An
     * official acting for several other parties names one.
     */
    private Party speaker(Commitment c, String asked) {
        var user = access.user();
        if (!user.isOfficial() && !user.isAdmin()) {
            throw new Forbidden(Refusals::confirmation_counterpart_only);
        }
        if (user.partyIds().contains(c.responsibleParty.id)) {
            throw new Forbidden(r -> r.confirmation_own_party(c.responsibleParty.code));
        }
        List<Party> held = c.agreement.parties.stream()
                .filter(p -> !p.id.equals(c.responsibleParty.id) && user.partyIds().contains(p.id)).toList();
        if (held.isEmpty()) {
            throw new Forbidden(Refusals::confirmation_counterpart_only);
        }
        String codes = String.join(", ", held.stream().map(p -> p.code).toList());
        if (asked == null || asked.isBlank()) {
            if (held.size() > 1) {
                throw Refusal.invalidField("party", r -> r.confirmation_party_choose(codes));
            }
            return held.get(0);
        }
        String code = asked.strip().toUpperCase(Locale.ROOT);
        return held.stream().filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> Refusal.invalidField("party", r -> r.confirmation_party_not_yours(code, codes)));
    }

    private ConfirmationView.Spoken write(Item item, Party party, Confirmation.Act act, String note, List<String> evidence) {
        Commitment c = item.commitment();
        // Two verdicts at once would each count the steps without the other's: the item's row is taken first.
        em.refresh(item.milestone() == null ? c : item.milestone(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        List<String> links = evidence == null ? List.of()
                : evidence.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
        Confirmation before = item.state();
        ConfirmationStep step = new ConfirmationStep(c, item.milestone(), party, act, access.user().author(), note,
                links, now);
        step.persist();
        Confirmation after = Confirmation.after(stepsOf(item, item.askedAt()).stream().map(ConfirmationStep::said).toList());
        item.state(after);
        em.flush();
        Map<String, Object> trail = new LinkedHashMap<>();
        trail.put("step", ConfirmationView.Step.of(step, true));
        trail.put("milestoneId", item.milestoneId());
        trail.put("state", after);
        audit.record(Audit.CREATE, "CONFIRMATION", step.id, c.id, Map.of("state", before), trail);
        chainEntries.confirmation(step, after, now);
        LOG.infof("Completion of %s %d %s by %s for %s: now %s", item.milestone() == null ? "commitment" : "milestone",
                item.milestone() == null ? c.id : item.milestone().id, act, step.author, party.code, after);
        spoken.fire(new ConfirmationSpoken(step.id, c.id, item.milestoneId(), act, after));
        changed.fire(new CommitmentChanged(c.id));
        return new ConfirmationView.Spoken(c.id, item.milestoneId(), ConfirmationView.Step.of(step, true), after,
                item.version());
    }

    /** The item's own steps (not its milestones' for a commitment), oldest first; since {@code from} when given. */
    private static List<ConfirmationStep> stepsOf(Item item, Instant from) {
        String where = item.milestone() == null ? "commitment = ?1 and milestone is null" : "milestone = ?1";
        Object owner = item.milestone() == null ? item.commitment() : item.milestone();
        return from == null ? ConfirmationStep.list(where + " order by recordedAt, id", owner)
                : ConfirmationStep.list(where + " and recordedAt >= ?2 order by recordedAt, id", owner, from);
    }
}
