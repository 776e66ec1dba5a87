package org.pacta.platform;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Solar Hijri (Persian) calendar, converted by ICU4J's PersianCalendar: Pacta computes no calendar arithmetic of
 * its own, so a date reads exactly as ICU reads it. Months are numbered from 1 (Farvardin) to 12 (Esfand).
 */
public final class SolarHijri {

    /** A Solar Hijri day. */
    public record Date(int year, int month, int day) {
    }

    /** Never changed after it is made: each use works on a clone, as ICU calendars are mutable. */
    private static final Calendar PROTOTYPE = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("en@calendar=persian"));
    /**
     * The first day of each month asked for, by year * 13 + month: an import converts the same few months thousands
     * of times. Only years 1200–1800 are kept (Pacta's dates are within 1900–2200), so it holds 7,813 at most.
     */
    private static final Map<Integer, LocalDate> FIRST_DAYS = new ConcurrentHashMap<>();
    private static final List<String> LATIN = List.of("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
            "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand");
    private static final List<String> PERSIAN_NAMES = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
    private static final List<String> RUSSIAN = List.of("фарвардин", "ордибехешт", "хордад", "тир", "мордад", "шахривар",
            "мехр", "абан", "азар", "дей", "бахман", "эсфанд");

    private SolarHijri() {
    }

    /** The Gregorian day of a Solar Hijri one; a day the calendar does not have (1403/12/31, 1402/12/30) is refused. */
    public static LocalDate toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("No month " + month + " in the Solar Hijri calendar");
        }
        int length = monthLength(year, month);
        if (day < 1 || day > length) {
            throw new DateTimeException("Solar Hijri " + year + "/" + month + " has " + length + " days, not " + day);
        }
        return firstOf(year, month).plusDays(day - 1L);
    }

    /** The Solar Hijri day of a Gregorian one. */
    public static Date of(LocalDate date) {
        Calendar calendar = calendar();
        calendar.set(Calendar.JULIAN_DAY, Math.toIntExact(date.getLong(JulianFields.JULIAN_DAY)));
        return new Date(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /** 31, 30, or 29/30 for Esfand (12) as the year is common or leap. */
    public static int monthLength(int year, int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("No month " + month + " in the Solar Hijri calendar");
        }
        LocalDate next = month == 12 ? firstOf(year + 1, 1) : firstOf(year, month + 1);
        return (int) (next.toEpochDay() - firstOf(year, month).toEpochDay());
    }

    public static boolean isLeapYear(int year) {
        return monthLength(year, 12) == 30;
    }

    /** The Gregorian day on which a Solar Hijri month ends. */
    public static LocalDate endOfMonth(int year, int month) {
        return month == 12 ? firstOf(year + 1, 1).minusDays(1) : firstOf(year, month + 1).minusDays(1);
    }

    /** The month's name: in Persian script for Persian, in Cyrillic for Russian, else transliterated (Dey). */
    public static String monthName(int month, Locale locale) {
        List<String> names = switch (locale.getLanguage()) {
            case "fa" -> PERSIAN_NAMES;
            case "ru" -> RUSSIAN;
            default -> LATIN;
        };
        return names.get(month - 1);
    }

    private static LocalDate firstOf(int year, int month) {
        if (year < 1200 || year > 1800) {
            return computeFirstOf(year, month);
        }
        return FIRST_DAYS.computeIfAbsent(year * 13 + month, key -> computeFirstOf(year, month));
    }

    private static LocalDate computeFirstOf(int year, int month) {
        Calendar calendar = calendar();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }

    private static Calendar calendar() {
        Calendar calendar = (Calendar) PROTOTYPE.clone();
        calendar.clear();
        return calendar;
    }
}
