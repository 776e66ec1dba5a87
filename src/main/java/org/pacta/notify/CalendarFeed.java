package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.pacta.agreement.Agreement;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.Milestone;
import org.pacta.agreement.ReviewSchedule;

/**
 * Deadlines, milestones and reviews as an iCalendar feed (ical4j). Each item keeps one UID for its life and a
 * SEQUENCE that grows with its version, so a calendar updates the event instead of adding another.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarFeed {

    static final int MAX_EVENTS = 5000;
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    /** What a feed covers: a commitment filter (JPQL on {@code c}) and the agreements whose reviews it shows. */
    public record Scope(String name, String where, Map<String, Object> params, List<Agreement> agreements,
            List<Duration> alarms, String language) {

        Scope(String name, String where, Map<String, Object> params, List<Agreement> agreements, List<Duration> alarms) {
            this(name, where, params, agreements, alarms, "en");
        }
    }

    public Scope forSubscription(Subscription s) {
        List<Duration> alarms = s.leadTimeList();
        MailMsg words = MailWords.of(s.lang()).msg();
        // A subscription's feed speaks the subscription's language.
        return switch (s.scope) {
            case ALL -> new Scope(words.cal_all(), "1 = 1", Map.of(),
                    Agreement.list("reviewSchedule is not null"), alarms, s.lang());
            case AGREEMENT -> forAgreement(Agreement.findById(s.agreementId), alarms, s.lang());
            case PARTY -> new Scope(words.cal_party(), "c.responsibleParty.id = :party", Map.of("party", s.partyId),
                    Agreement.list("select a from Agreement a join a.parties p where p.id = ?1", s.partyId), alarms, s.lang());
            case COMMITMENT -> new Scope(words.cal_commitment(), "c.id = :id", Map.of("id", s.commitmentId), List.of(), alarms,
                    s.lang());
        };
    }

    public Scope forAgreement(Agreement a, List<Duration> alarms, String language) {
        return new Scope(a.title, "c.agreement.id = :agreement", Map.of("agreement", a.id), List.of(a), alarms, language);
    }

    /** Anonymous readers get only what public agreements say. */
    public Scope forParty(org.pacta.agreement.Party p, boolean publicOnly, String language) {
        String visible = publicOnly ? " and a.isPublic = true" : "";
        return new Scope(p.name, "c.responsibleParty.id = :party" + (publicOnly ? " and c.agreement.isPublic = true" : ""),
                Map.of("party", p.id),
                Agreement.list("select a from Agreement a join a.parties p where p.id = ?1" + visible, p.id), List.of(),
                language);
    }

    public String render(Scope scope, boolean withOwners) {
        Instant now = clock.instant();
        MailWords w = MailWords.of(scope.language());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Pacta//Agreement follow-up//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Pacta: " + scope.name()));
        var query = em.createQuery("select c from Commitment c join fetch c.agreement join fetch c.responsibleParty where "
                + scope.where() + " order by c.dueAt nulls last, c.id", Commitment.class).setMaxResults(MAX_EVENTS);
        scope.params().forEach(query::setParameter);
        List<Commitment> commitments = query.getResultList();
        for (Commitment c : commitments) {
            // An item without a fixed date has no day to stand on in a calendar (its dated milestones still do).
            if (!c.isUndated()) {
                calendar.add(event(c, now, scope.alarms(), withOwners, w));
            }
        }
        if (!commitments.isEmpty()) {
            List<Long> ids = commitments.stream().map(c -> c.id).toList();
            for (Milestone m : em.createQuery("select m from Milestone m where m.commitment.id in :ids"
                    + " and m.dueAt is not null order by m.dueAt nulls last",
                    Milestone.class).setParameter("ids", ids).setMaxResults(MAX_EVENTS).getResultList()) {
                calendar.add(event(m, now, scope.alarms(), w));
            }
        }
        Map<String, Boolean> zones = new LinkedHashMap<>();
        for (Agreement a : scope.agreements()) {
            VEvent review = review(a, now, w);
            if (review != null) {
                calendar.add(review);
                zones.put(a.reviewZoneId().getId(), true);
            }
        }
        for (String zone : zones.keySet()) {
            var tz = ZONES.getTimeZone(zone);
            if (tz != null) {
                calendar.add(tz.getVTimeZone());
            }
        }
        return calendar.toString();
    }

    private VEvent event(Commitment c, Instant now, List<Duration> alarms, boolean withOwners, MailWords w) {
        MailMsg words = w.msg();
        String summary = c.isOpen() ? words.cal_due(w.isolate(c.title), w.isolate(c.responsibleParty.code))
                : words.cal_status(w.status(c.status.name()), w.isolate(c.title), w.isolate(c.responsibleParty.code));
        VEvent e = deadlineEvent(c.deadline(), summary, w);
        e.add(new Uid("commitment-" + c.id + "@pacta"));
        e.add(new DtStamp(now));
        e.add(new Sequence((int) Math.min(Integer.MAX_VALUE, c.version)));
        e.add(new LastModified(c.updatedAt));
        e.add(new Description(words.agreement() + ": " + w.isolate(c.agreement.title) + "\n" + words.status() + ": "
                + words.complete(w.status(c.status.name()), c.percentComplete)
                + (!withOwners || c.ownerName == null ? "" : "\n" + words.owner() + ": " + w.isolate(c.ownerName))));
        e.add(new Url(URI.create(MessageRenderer.commitmentPage(pacta.baseUrl(), c.id, false))));
        if (c.isOpen()) {
            alarms.forEach(lead -> e.add(alarm(lead, c.title, w)));
        }
        return e;
    }

    private VEvent event(Milestone m, Instant now, List<Duration> alarms, MailWords w) {
        Commitment c = m.commitment;
        String summary = m.completedAt == null ? w.msg().cal_milestone(w.isolate(m.title), w.isolate(c.title))
                : w.msg().cal_reached(w.isolate(m.title), w.isolate(c.title));
        VEvent e = deadlineEvent(m.deadline(), summary, w);
        e.add(new Uid("milestone-" + m.id + "@pacta"));
        e.add(new DtStamp(now));
        e.add(new Sequence((int) Math.min(Integer.MAX_VALUE, m.version)));
        e.add(new Url(URI.create(MessageRenderer.commitmentPage(pacta.baseUrl(), c.id, true))));
        if (m.isOpen()) {
            alarms.forEach(lead -> e.add(alarm(lead, m.title, w)));
        }
        return e;
    }

    /**
     * A date-only deadline is an all-day event on its date (for a month, quarter or year, on the last day of it, with
     * the period named); an exact one is a moment.
     */
    private static VEvent deadlineEvent(Deadline d, String summary, MailWords w) {
        if (!d.dateOnly()) {
            return new VEvent(d.dueAt(), summary);
        }
        LocalDate date = d.localDate();
        String named = d.precision() == DuePrecision.DAY ? summary
                : summary + " [" + w.msg().cal_by_end("en".equals(w.lang()) ? d.precision().inEnglish(date) : w.date(date)) + "]";
        return new VEvent(date, date.plusDays(1), named);
    }

    private static VAlarm alarm(Duration lead, String title, MailWords w) {
        VAlarm alarm = new VAlarm(lead.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(w.msg().cal_alarm(w.isolate(title))));
        return alarm;
    }

    /** The review schedule as one recurring event at the review time in the review zone. */
    private VEvent review(Agreement a, Instant now, MailWords w) {
        if (a.reviewSchedule == null || ReviewSchedule.problem(a.reviewSchedule).isPresent()) {
            return null;
        }
        ZoneId zone = a.reviewZoneId();
        LocalDate anchor = a.signedOn != null ? a.signedOn : a.createdAt.atZone(zone).toLocalDate();
        VEvent e = new VEvent(anchor.atTime(ReviewSchedule.REVIEW_TIME).atZone(zone), Duration.ofHours(1),
                w.msg().cal_review(w.isolate(a.title)));
        e.add(new Uid("review-agreement-" + a.id + "@pacta"));
        e.add(new DtStamp(now));
        e.add(new Sequence((int) Math.min(Integer.MAX_VALUE, a.version)));
        e.add(new RRule<>(a.reviewSchedule));
        e.add(new Url(URI.create(MessageRenderer.reviewsPage(pacta.baseUrl(), a.id))));
        return e;
    }
}
