package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pacta.platform.Refusal;
import org.pacta.platform.TimeRules;
import org.pacta.report.CalendarEntries;

/** A month of deadlines, milestones and reviews, in the reader's time zone. */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    static final int MAX_EVENTS = 2000;

    @Inject
    CalendarEntries entries;

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
            throw Refusal.invalidField("month", r -> r.not_a_month(month));
        }
        if (ym.getYear() < TimeRules.MIN_YEAR || ym.getYear() > TimeRules.MAX_YEAR) {
            throw Refusal.invalidField("month", r -> r.month_out_of_range(TimeRules.MIN_YEAR, TimeRules.MAX_YEAR));
        }
        Instant from = ym.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, List<Event>> byDay = new TreeMap<>();
        for (CalendarEntries.Entry e : entries.between(from, to, zone, now, MAX_EVENTS)) {
            Event event = switch (e.kind()) {
                case DEADLINE -> new Event("deadline", e.title() + " (" + e.party() + ")", "/commitments/" + e.id(), e.overdue(),
                        e.done());
                case MILESTONE -> new Event("milestone", e.title(), "/commitments/" + e.id(), e.overdue(), e.done());
                case REVIEW -> new Event("review", e.title(), "/agreements/" + e.id(), false, false);
            };
            byDay.computeIfAbsent(e.day(), k -> new ArrayList<>()).add(event);
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
        String title = page.monthTitle(ym);
        return pages.render(template.data("weeks", weeks).data("weekdays", weekdays).data("title", title)
                .data("previous", ym.minusMonths(1).toString()).data("next", ym.plusMonths(1).toString()));
    }
}
