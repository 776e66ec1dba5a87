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
import org.pacta.platform.DateInput;
import org.pacta.platform.Refusal;
import org.pacta.platform.SolarHijri;
import org.pacta.platform.TimeRules;
import org.pacta.report.CalendarEntries;

/** A month of deadlines, milestones and reviews, in the reader's time zone. */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    static final int MAX_EVENTS = 2000;
    private static final java.util.regex.Pattern SOLAR_MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})");

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
    public record Day(LocalDate date, int dayOfMonth, boolean inMonth, boolean today, List<Event> events) {

        public String iso() {
            return date.toString();
        }
    }

    /**
     * The month the grid shows, as Gregorian days: a Gregorian month ({@code 2026-03}) or a Solar Hijri one
     * ({@code 1405-01}, any digits; a reader of that calendar starts on the current one). A reader of the Solar Hijri
     * calendar sees weeks from Saturday, as Iran's run.
     */
    record Month(LocalDate first, LocalDate last, String title, String previous, String next, DayOfWeek weekStart,
            boolean solar) {

        boolean contains(LocalDate d) {
            return !d.isBefore(first) && !d.isAfter(last);
        }

        int dayOfMonth(LocalDate d) {
            return solar ? SolarHijri.of(d).day() : d.getDayOfMonth();
        }
    }

    private Month month(String month, LocalDate today) {
        String given = month == null || month.isBlank() ? null : DateInput.latinDigits(month.strip());
        java.util.regex.Matcher shape = given == null ? null : SOLAR_MONTH.matcher(given);
        boolean solarGiven = shape != null && shape.matches() && Integer.parseInt(shape.group(1)) < 1700;
        if (solarGiven || page.solarHijri() && given == null) {
            int year;
            int m;
            if (solarGiven) {
                year = Integer.parseInt(shape.group(1));
                m = Integer.parseInt(shape.group(2));
                if (m < 1 || m > 12) {
                    throw Refusal.invalidField("month", r -> r.not_a_month(month));
                }
            } else {
                SolarHijri.Date now = SolarHijri.of(today);
                year = now.year();
                m = now.month();
            }
            LocalDate first = SolarHijri.toGregorian(year, m, 1);
            inRange(first);
            String previous = m == 1 ? (year - 1) + "-12" : year + "-" + pad(m - 1);
            String next = m == 12 ? (year + 1) + "-01" : year + "-" + pad(m + 1);
            return new Month(first, SolarHijri.endOfMonth(year, m), page.solarMonthTitle(first), previous, next,
                    DayOfWeek.SATURDAY, true);
        }
        YearMonth ym = given == null ? YearMonth.from(today) : gregorian(month, given);
        inRange(ym.atDay(1));
        // A Gregorian month asked for by address is shown as such, to every reader (its title names the Solar Hijri
        // months it spans for those who read that calendar).
        return new Month(ym.atDay(1), ym.atEndOfMonth(), page.monthTitle(ym), ym.minusMonths(1).toString(),
                ym.plusMonths(1).toString(), page.solarHijri() ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY, false);
    }

    private static YearMonth gregorian(String month, String given) {
        try {
            return YearMonth.parse(given);
        } catch (DateTimeParseException e) {
            throw Refusal.invalidField("month", r -> r.not_a_month(month));
        }
    }

    private static void inRange(LocalDate first) {
        if (first.getYear() < TimeRules.MIN_YEAR || first.getYear() > TimeRules.MAX_YEAR) {
            throw Refusal.invalidField("month", r -> r.month_out_of_range(TimeRules.MIN_YEAR, TimeRules.MAX_YEAR));
        }
    }

    private static String pad(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }

    @GET
    @PermitAll
    public TemplateInstance show(@QueryParam("month") String month) {
        ZoneId zone = page.zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Month shown = month(month, today);
        Instant from = shown.first().atStartOfDay(zone).toInstant();
        Instant to = shown.last().plusDays(1).atStartOfDay(zone).toInstant();
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
        LocalDate start = shown.first().with(java.time.temporal.TemporalAdjusters.previousOrSame(shown.weekStart()));
        LocalDate end = shown.last().with(java.time.temporal.TemporalAdjusters.nextOrSame(shown.weekStart().minus(1)));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            week.add(new Day(d, shown.dayOfMonth(d), shown.contains(d), d.equals(today), byDay.getOrDefault(d, List.of())));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        List<String> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(shown.weekStart().plus(i).getDisplayName(TextStyle.SHORT, page.locale()));
        }
        return pages.render(template.data("weeks", weeks).data("weekdays", weekdays).data("title", shown.title())
                .data("previous", shown.previous()).data("next", shown.next()));
    }
}
