package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementService;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Milestone;
import org.pacta.platform.ApiException;
import org.pacta.platform.TimeRules;
import org.pacta.security.Access;

/** A month of deadlines, milestones and reviews, in the reader's time zone. */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    static final int MAX_EVENTS = 2000;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    java.time.Clock clock;

    @Inject
    Pages pages;

    @Inject
    Page page;

    @Inject
    @Location("pages/calendar.html")
    Template template;

    /** Something on a day. */
    public record Event(String kind, String title, String href, boolean overdue, boolean done) {
    }

    /** A day in the grid; {@code inMonth} is false for the padding days of the neighbouring months. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Event> events) {
        public int dayOfMonth() {
            return date.getDayOfMonth();
        }

        public String iso() {
            return date.toString();
        }
    }

    @GET
    @PermitAll
    public TemplateInstance show(@QueryParam("month") String month) {
        ZoneId zone = page.zone();
        Instant now = clock.instant();
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.from(now.atZone(zone)) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("month", r -> r.not_a_month(month));
        }
        if (ym.getYear() < TimeRules.MIN_YEAR || ym.getYear() > TimeRules.MAX_YEAR) {
            throw ApiException.invalidField("month", r -> r.month_out_of_range(TimeRules.MIN_YEAR, TimeRules.MAX_YEAR));
        }
        Instant from = ym.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, List<Event>> byDay = new TreeMap<>();
        boolean publicOnly = access.publicOnly();
        String visible = publicOnly ? " and c.agreement.isPublic = true" : "";
        for (Commitment c : em.createQuery("select c from Commitment c join fetch c.responsibleParty where c.dueAt >= :from"
                + " and c.dueAt < :to" + visible + " order by c.dueAt nulls last", Commitment.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(MAX_EVENTS).getResultList()) {
            LocalDate day = (c.dueDateOnly ? c.deadline().localDate() : c.dueAt.atZone(zone).toLocalDate());
            byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(new Event("deadline", c.title + " (" + c.responsibleParty.code
                    + ")", "/commitments/" + c.id, c.isOverdue(now), !c.isOpen()));
        }
        for (Milestone m : em.createQuery("select m from Milestone m join fetch m.commitment c where m.dueAt >= :from"
                + " and m.dueAt < :to" + visible + " order by m.dueAt nulls last", Milestone.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(MAX_EVENTS).getResultList()) {
            LocalDate day = (m.dueDateOnly ? m.deadline().localDate() : m.dueAt.atZone(zone).toLocalDate());
            byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(new Event("milestone", m.title, "/commitments/"
                    + m.commitment.id, m.isOverdue(now), m.completedAt != null));
        }
        for (Agreement a : Agreement.<Agreement>list("reviewSchedule is not null" + (publicOnly ? " and isPublic = true" : ""))) {
            Instant next = AgreementService.nextReview(a, from.minusSeconds(1));
            int guard = 0;
            while (next != null && next.isBefore(to) && guard++ < 62) {
                byDay.computeIfAbsent(next.atZone(zone).toLocalDate(), k -> new ArrayList<>())
                        .add(new Event("review", a.title, "/agreements/" + a.id, false, false));
                next = AgreementService.nextReview(a, next);
            }
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate start = ym.atDay(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = ym.atEndOfMonth().with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            week.add(new Day(d, YearMonth.from(d).equals(ym), d.equals(today), byDay.getOrDefault(d, List.of())));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        List<String> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT, page.locale()));
        }
        String title = page.localized(DateTimeFormatter.ofPattern("LLLL yyyy")).format(ym);
        return pages.render(template.data("weeks", weeks).data("weekdays", weekdays).data("title", title)
                .data("previous", ym.minusMonths(1).toString()).data("next", ym.plusMonths(1).toString()));
    }
}
