package org.pacta.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementService;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Milestone;
import org.pacta.security.Access;

/** What falls in a span of time: deadlines, milestones and scheduled reviews, each on its day in a zone. */
@ApplicationScoped
public class CalendarEntries {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    /**
     * Something on a day: a commitment's deadline ({@code party} is its responsible party's code), a milestone, or a
     * review ({@code id} is then the agreement's, else the commitment's).
     */
    public record Entry(Kind kind, LocalDate day, String title, String party, long id, boolean overdue, boolean done) {
    }

    public enum Kind { DEADLINE, MILESTONE, REVIEW }

    /**
     * Deadlines by time, then milestones by time (at most {@code max} of each), then reviews; anonymous readers get
     * those of public agreements only. A date-only deadline falls on its own date, whatever the zone.
     */
    public List<Entry> between(Instant from, Instant to, ZoneId zone, Instant now, int max) {
        List<Entry> out = new ArrayList<>();
        boolean publicOnly = access.publicOnly();
        String visible = publicOnly ? " and c.agreement.isPublic = true" : "";
        for (Commitment c : em.createQuery("select c from Commitment c join fetch c.responsibleParty where c.dueAt >= :from"
                + " and c.dueAt < :to" + visible + " order by c.dueAt nulls last", Commitment.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(max).getResultList()) {
            LocalDate day = c.dueDateOnly ? c.deadline().localDate() : c.dueAt.atZone(zone).toLocalDate();
            out.add(new Entry(Kind.DEADLINE, day, c.title, c.responsibleParty.code, c.id, c.isOverdue(now), !c.isOpen()));
        }
        for (Milestone m : em.createQuery("select m from Milestone m join fetch m.commitment c where m.dueAt >= :from"
                + " and m.dueAt < :to" + visible + " order by m.dueAt nulls last", Milestone.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(max).getResultList()) {
            LocalDate day = m.dueDateOnly ? m.deadline().localDate() : m.dueAt.atZone(zone).toLocalDate();
            out.add(new Entry(Kind.MILESTONE, day, m.title, null, m.commitment.id, m.isOverdue(now), m.completedAt != null));
        }
        for (Agreement a : Agreement.<Agreement>list("reviewSchedule is not null" + (publicOnly ? " and isPublic = true" : ""))) {
            Instant next = AgreementService.nextReview(a, from.minusSeconds(1));
            int guard = 0;
            while (next != null && next.isBefore(to) && guard++ < 62) {
                out.add(new Entry(Kind.REVIEW, next.atZone(zone).toLocalDate(), a.title, null, a.id, false, false));
                next = AgreementService.nextReview(a, next);
            }
        }
        return out;
    }
}
