package org.pacta.agreement;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A party's working week and holidays, and the questions asked of them: is a day working, when is the next working
 * morning, how many working days lie between two dates. Pure; the Solar Hijri dates are read through ICU's Persian
 * calendar.
 *
 * @param days         the full working days
 * @param shortDay     a working day that ends early (Iran's Thursday), or null
 * @param shortUntil   when {@code shortDay} ends
 * @param morning      when a working morning's reminders go out
 * @param yearly       Gregorian days off every year, with their names
 * @param yearlySolar  Solar Hijri days off every year (month 1-12, day), with their names
 * @param dated        single days off, with their names
 */
public record WorkCalendar(Set<DayOfWeek> days, DayOfWeek shortDay, LocalTime shortUntil, LocalTime morning,
        Map<MonthDay, String> yearly, Map<SolarDay, String> yearlySolar, Map<LocalDate, String> dated) {

    /** A day of a Solar Hijri year (Farvardin 1 = 1, 1); java.time's MonthDay knows only Gregorian month lengths. */
    public record SolarDay(int month, int day) {

        /** The Solar Hijri day of a Gregorian date (ICU's Persian calendar, through platform.SolarHijri). */
        public static SolarDay of(LocalDate date) {
            org.pacta.platform.SolarHijri.Date d = org.pacta.platform.SolarHijri.of(date);
            return new SolarDay(d.month(), d.day());
        }

        /** Whether some year has this day: months 1-6 have 31 days, 7-11 have 30, Esfand 29 or 30. */
        public boolean exists() {
            return month >= 1 && month <= 12 && day >= 1 && day <= (month <= 6 ? 31 : 30);
        }
    }

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    public static final LocalTime DEFAULT_MORNING = LocalTime.of(8, 0);
    /** What a party that has set nothing keeps: Monday to Friday, mornings at 08:00, no holidays. */
    public static final WorkCalendar DEFAULT = new WorkCalendar(MONDAY_TO_FRIDAY, null, null, DEFAULT_MORNING, Map.of(),
            Map.of(), Map.of());
    /** No working day is further than this from any other: beyond it a calendar is taken to have none. */
    private static final int HORIZON = 400;

    public WorkCalendar {
        days = days == null || days.isEmpty() && shortDay == null ? MONDAY_TO_FRIDAY : Set.copyOf(days);
        morning = morning == null ? DEFAULT_MORNING : morning;
        yearly = Map.copyOf(yearly);
        yearlySolar = Map.copyOf(yearlySolar);
        dated = Map.copyOf(dated);
    }

    public WorkCalendar withHolidays(Map<MonthDay, String> yearly, Map<SolarDay, String> yearlySolar,
            Map<LocalDate, String> dated) {
        return new WorkCalendar(days, shortDay, shortUntil, morning, yearly, yearlySolar, dated);
    }

    /** The name of the holiday on {@code date}, if it is one. */
    public Optional<String> holiday(LocalDate date) {
        String name = dated.get(date);
        if (name == null) {
            name = yearly.get(MonthDay.from(date));
        }
        if (name == null && !yearlySolar.isEmpty()) {
            name = yearlySolar.get(SolarDay.of(date));
        }
        return Optional.ofNullable(name);
    }

    /** A day of the working week (the short day included) that is no holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return (days.contains(dow) || dow == shortDay) && holiday(date).isEmpty();
    }

    /** Inside a working day: any time of a full one, before the end of the short one. */
    public boolean isWorkingAt(LocalDateTime at) {
        if (!isWorkingDay(at.toLocalDate())) {
            return false;
        }
        return at.getDayOfWeek() != shortDay || days.contains(shortDay) || at.toLocalTime().isBefore(shortUntil);
    }

    /** The first working morning at or after {@code after}, in {@code zone}; {@code after} itself when none is found. */
    public Instant nextWorkingMorning(Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int i = 0; i < HORIZON; i++, day = day.plusDays(1)) {
            ZonedDateTime m = day.atTime(morning).atZone(zone);
            if (!m.toInstant().isBefore(after) && isWorkingAt(m.toLocalDateTime())) {
                return m.toInstant();
            }
        }
        return after;
    }

    /**
     * {@code at} when it falls inside a working day in {@code zone}; else the same time of day on the next day when it
     * does (a digest time, the end of quiet hours); {@code at} itself when none is found.
     */
    public Instant sameTimeOnWorkingDay(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        for (int i = 0; i < HORIZON; i++) {
            ZonedDateTime day = local.toLocalDate().plusDays(i).atTime(local.toLocalTime()).atZone(zone);
            if (isWorkingAt(day.toLocalDateTime())) {
                return day.toInstant();
            }
        }
        return at;
    }

    /** The working days from {@code from} (included) to {@code to} (excluded); negative when {@code to} comes first. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long n = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The day {@code n} working days after {@code from} ({@code from} itself for 0, whether working or not). */
    public LocalDate plusWorkingDays(LocalDate from, long n) {
        LocalDate d = from;
        long left = n;
        int idle = 0;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
                idle = 0;
            } else if (++idle > HORIZON) {
                return from.plusDays(n);
            }
        }
        return d;
    }

    /** The working days in week order, the short day included. */
    public List<DayOfWeek> workingDays() {
        return EnumSet.allOf(DayOfWeek.class).stream().filter(d -> days.contains(d) || d == shortDay).toList();
    }
}
