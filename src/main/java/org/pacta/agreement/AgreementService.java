package org.pacta.agreement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.SortSpec;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

@ApplicationScoped
@Transactional
public class AgreementService {

    private static final Logger LOG = Logger.getLogger(AgreementService.class);
    private static final Map<String, String> SORTABLE = Map.of(
            "id", "a.id", "title", "a.title", "signedOn", "a.signedOn", "status", "a.status",
            "createdAt", "a.createdAt", "updatedAt", "a.updatedAt");

    @Inject
    Clock clock;

    @Inject
    org.pacta.security.Access access;

    @Inject
    org.pacta.security.Audit audit;

    @Inject
    jakarta.enterprise.event.Event<AgreementEmptying> emptying;

    @Inject
    jakarta.enterprise.event.Event<AgreementDeleting> deleting;

    @Inject
    jakarta.enterprise.event.Event<PartyLeaving> leaving;

    @Inject
    jakarta.enterprise.event.Event<AgreementChanged> changed;

    /** Filters: status, party code, text in title or summary. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Agreement> list(AgreementStatus status, String party, String q, String sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (access.publicOnly()) {
            where.append(" and a.isPublic = true");
        }
        if (status != null) {
            where.append(" and a.status = :status");
            params.put("status", status);
        }
        if (party != null && !party.isBlank()) {
            where.append(" and exists (select 1 from Agreement a2 join a2.parties p where a2 = a and p.code = :party)");
            params.put("party", party.toUpperCase(Locale.ROOT));
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(a.title) like :q escape '\\' or lower(a.summary) like :q escape '\\')");
            params.put("q", SortSpec.likePattern(q));
        }
        String order = SortSpec.parse(sort, SORTABLE, "a.id", "sort").orderBy("a.id");
        PanacheQuery<Agreement> query = Agreement.find("select a from Agreement a" + where + order, params);
        List<Agreement> items = query.page(page.page(), page.size()).list();
        long total = Agreement.count("select count(a) from Agreement a" + where, params);
        return PageResult.of(items, page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement get(long id) {
        Agreement a = Agreement.findById(id);
        if (a == null) {
            throw Refusal.notFound("Agreement", id);
        }
        access.requireSee(a.isPublic, "Agreement", id);
        return a;
    }

    /** One agreement as pages show it, to a reader allowed to see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementView view(long id) {
        return AgreementView.of(get(id));
    }

    /** One agreement as {@link #view} gives it, and whether the reader may edit it (an admin, or one of its parties). */
    public record Shown(AgreementView view, boolean editable) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Shown shown(long id) {
        Agreement a = get(id);
        return new Shown(AgreementView.of(a), access.mayEditAgreement(a.parties.stream().map(p -> p.id).toList()));
    }

    /** One agreement for its forms: refused unless the reader may edit it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementView editable(long id) {
        Agreement a = get(id);
        access.requireEditAgreement(a::partyIds);
        return AgreementView.of(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AgreementView> views(AgreementStatus status, String party, String q, String sort, PageRequest page) {
        return list(status, party, q, sort, page).map(AgreementView::of);
    }

    /** {@link #create}, answered with the new agreement's view. */
    public AgreementView created(AgreementInput in) {
        return AgreementView.of(create(in));
    }

    public Agreement create(AgreementInput in) {
        Violations v = Violations.forFields();
        List<Party> parties = resolveParties(in.parties(), v);
        checkFields(in, v);
        v.throwIfAny();
        access.requireCreateAgreement(Party.ids(parties));
        Instant now = clock.instant();
        Agreement a = new Agreement();
        apply(a, in, parties);
        a.createdAt = now;
        a.updatedAt = now;
        a.nextReviewAt = nextReview(a, now);
        a.persist();
        audit.record(org.pacta.security.Audit.CREATE, "AGREEMENT", a.id, null, null, AgreementView.of(a));
        changed.fire(new AgreementChanged(a.id));
        LOG.infof("Agreement %d created: \"%s\" between %s", a.id, a.title, a.partyCodes());
        return a;
    }

    public Agreement update(long id, AgreementInput in, ExpectedVersion expected) {
        Agreement a = get(id);
        access.requireEditAgreement(a::partyIds);
        Violations v = Violations.forFields();
        List<Party> parties = resolveParties(in.parties(), v);
        checkFields(in, v);
        v.throwIfAny();
        ExpectedVersion.require(expected).check(a.version);
        if (!access.user().isAdmin() && !access.user().isSystem()) {
            access.requireCreateAgreement(Party.ids(parties));
        }
        AgreementView before = AgreementView.of(a);
        Set<Long> keptIds = new java.util.HashSet<>();
        parties.forEach(p -> keptIds.add(p.id));
        for (Party removed : a.parties) {
            if (!keptIds.contains(removed.id)) {
                leaving.fire(new PartyLeaving(a, removed));
            }
        }
        boolean scheduleChanged = !java.util.Objects.equals(a.reviewSchedule,
                in.reviewSchedule() == null || in.reviewSchedule().isBlank() ? null : ReviewSchedule.normalize(in.reviewSchedule()))
                || !java.util.Objects.equals(a.reviewZone, blankToNull(in.reviewZone()))
                || !java.util.Objects.equals(a.signedOn, in.signedOn())
                || (!a.parties.isEmpty() && !parties.isEmpty() && !a.parties.get(0).id.equals(parties.get(0).id));
        apply(a, in, parties);
        a.updatedAt = clock.instant();
        if (scheduleChanged) {
            a.nextReviewAt = nextReview(a, a.updatedAt);
        }
        audit.record(org.pacta.security.Audit.UPDATE, "AGREEMENT", a.id, null, before, AgreementView.of(a));
        changed.fire(new AgreementChanged(a.id));
        LOG.infof("Agreement %d updated: \"%s\" (%s)", a.id, a.title, a.status);
        return a;
    }

    public void delete(long id, ExpectedVersion expected) {
        Agreement a = get(id);
        access.requireAdmin();
        ExpectedVersion.check(expected, a.version);
        String title = a.title;
        AgreementView before = AgreementView.of(a);
        // Commitments go first (or refuse, while others depend on them), with everything that hangs off them.
        AgreementEmptying emptied = new AgreementEmptying(a);
        emptying.fire(emptied);
        deleting.fire(new AgreementDeleting(id));
        // The purge cleared the persistence context: remove the agreement through a fresh copy.
        Agreement.<Agreement>findByIdOptional(id).ifPresent(Agreement::delete);
        audit.record(org.pacta.security.Audit.DELETE, "AGREEMENT", id, null, before, null);
        LOG.infof("Agreement %d deleted with its %d commitment(s): \"%s\"", id, emptied.commitmentsRemoved(), title);
    }

    /** Resolves party codes in order, reporting unknown and repeated ones. */
    public static List<Party> resolveParties(List<String> codes, Violations v) {
        List<Party> parties = new ArrayList<>();
        if (codes == null) {
            return parties;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int index = 0; index < codes.size(); index++) {
            int i = index;
            String code = codes.get(i);
            if (code == null || code.isBlank()) {
                continue;
            }
            String upper = code.toUpperCase(Locale.ROOT);
            if (!seen.add(upper)) {
                v.add("parties[" + i + "]", r -> r.party_listed_twice(upper));
                continue;
            }
            Party.byCode(upper).ifPresentOrElse(parties::add,
                    () -> v.add("parties[" + i + "]", r -> r.no_party_create_first(code)));
        }
        return parties;
    }

    static void checkFields(AgreementInput in, Violations v) {
        if (!TimeRules.plausible(in.signedOn())) {
            v.add("signedOn", TimeRules.implausible());
        }
        ReviewSchedule.problem(in.reviewSchedule()).ifPresent(p -> v.add("reviewSchedule", p));
        if (in.reviewZone() != null && !in.reviewZone().isBlank() && TimeRules.zone(in.reviewZone()).isEmpty()) {
            v.add("reviewZone", r -> r.unknown_zone(in.reviewZone(), "Asia/Tehran"));
        }
    }

    /**
     * The next scheduled review after {@code now}, counted from the signing date (or the creation date) at the
     * review time in the review zone.
     */
    public static Instant nextReview(Agreement a, Instant now) {
        if (a.reviewSchedule == null || a.parties.isEmpty()) {
            return null;
        }
        java.time.ZoneId zone = a.reviewZoneId();
        java.time.LocalDate anchor = a.signedOn != null ? a.signedOn : a.createdAt.atZone(zone).toLocalDate();
        return ReviewSchedule.nextAfter(a.reviewSchedule, anchor, zone, now).orElse(null);
    }

    private static void apply(Agreement a, AgreementInput in, List<Party> parties) {
        a.title = in.title().strip();
        a.summary = blankToNull(in.summary());
        a.signedOn = in.signedOn();
        a.place = blankToNull(in.place());
        a.sourceUrl = blankToNull(in.sourceUrl());
        a.status = in.status() == null ? AgreementStatus.ACTIVE : in.status();
        a.reviewSchedule = in.reviewSchedule() == null || in.reviewSchedule().isBlank() ? null
                : ReviewSchedule.normalize(in.reviewSchedule());
        a.parties.clear();
        a.parties.addAll(parties);
        a.reviewZone = blankToNull(in.reviewZone());
        a.remindOwners = in.remindOwners() == null || in.remindOwners();
        if (in.escalationInWorkingDays() != null) {
            a.escalationInWorkingDays = in.escalationInWorkingDays();
        }
        a.isPublic = Boolean.TRUE.equals(in.isPublic());
        a.coordinators.clear();
        if (in.coordinators() != null) {
            in.coordinators().forEach(e -> a.coordinators.add(e.strip().toLowerCase(Locale.ROOT)));
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
