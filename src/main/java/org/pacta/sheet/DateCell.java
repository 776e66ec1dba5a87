package org.pacta.sheet;

import org.pacta.platform.SolarHijri;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pacta.commitment.DuePrecision;
import org.pacta.platform.Phrase;

/**
 * One cell of a date column read on its own. What the cell alone cannot settle is left to {@link DateColumn}: the
 * order of day and month in 03/04/2024, and whether a bare number (2024, 45657) is a date at all.
 */
final class DateCell {

    sealed interface Reading permits Read, Refused, DayMonth, Number {
    }

    record Read(SheetDate value) implements Reading {
    }

    record Refused(Phrase problem) implements Reading {
    }

    /** A date of numbers only with a two- or four-digit year last: which of the first two is the day is open. */
    record DayMonth(String text, int first, int second, Reading dayFirst, Reading monthFirst) implements Reading {

        DayMonth(String text, int first, int second, int year) {
            this(text, first, second, day(text, year, second, first), day(text, year, first, second));
        }

        Reading as(DateOrder order) {
            return order == DateOrder.DMY ? dayFirst : monthFirst;
        }

        boolean fits(DateOrder order) {
            return as(order) instanceof Read;
        }
    }

    /** A bare number; {@code asDate} is what it means in a column of dates (a year, an Excel serial), null if nothing. */
    record Number(String text, Reading asDate) implements Reading {
    }

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;
    /** Years below this are Solar Hijri: 1403/10/11, not 1403 AD. */
    static final int SOLAR_BELOW = 1700;
    private static final LocalDate FIRST = LocalDate.of(MIN_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(MAX_YEAR, 12, 31);

    private static final Pattern TIME = Pattern.compile(
            "^(.*\\d)(?:t|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*(?:am|pm))?(?:z|[+-]\\d{2}(?::?\\d{2})?)?$");
    private static final Pattern TRAILING_DOT = Pattern.compile("^(.*\\d)\\.$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d+)([./-])(\\d+)\\2(\\d+)$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})[./-](\\d{1,2})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(\\d{1,2})[./-](\\d{4})$");
    private static final Pattern DAY_MONTH = Pattern.compile("^\\d{1,2}[./-]\\d{1,2}$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)(?:[.,]\\d+)?$");

    private static final String ORD = "(?<n>\\d{1,2}(?:-?(?:й|го|м|е|ое|ый|ий|st|nd|rd|th))?|[ivx]{1,4}|first|second|third|fourth"
            + "|fifth|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв\\p{L}*|пят\\p{L}*)";
    private static final String QUARTER_WORD = "(?:quarter|qtr|кв|квартал\\p{L}*)\\.?";
    private static final String HALF_WORD = "(?:half[- ]year|half|полугоди\\p{L}*|пг)\\.?";
    private static final String OF_YEAR = "(?:\\s+of)?(?:\\s+the)?(?:\\s+year)?[\\s,]*(?<y>\\d{4})$";
    private static final List<Pattern> QUARTERS = patterns("q", QUARTER_WORD, "سه ماهه|سه ماه|فصل");
    private static final List<Pattern> HALVES = patterns("h", HALF_WORD, "نیمه|نیم سال|نیمسال|شش ماهه|شش ماه");
    private static final Pattern PERIOD_NO_YEAR = Pattern.compile("^(?:[qh]\\s*\\d|" + ORD + "[\\s.-]*(?:" + QUARTER_WORD + "|"
            + HALF_WORD + "))$");

    private static final String MONTH = "(?<m>\\p{L}+)\\.?(?:\\s+ماه)?";
    private static final String DAY = "(?<d>\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?";
    private static final Pattern DAY_NAME_YEAR = Pattern.compile("^" + DAY + "(?:[\\s.-]+|(?=\\p{L}))" + MONTH + "[\\s.,-]*(?<y>\\d{4}|\\d{2})$");
    private static final Pattern NAME_DAY_YEAR = Pattern.compile("^" + MONTH + "\\s*" + DAY + "(?:,\\s*|\\s+)(?<y>\\d{4})$");
    private static final Pattern NAME_YEAR = Pattern.compile("^" + MONTH + "(?:[\\s.,/-]*(?<y>\\d{4})|-(?<yy>\\d{2}))$");
    private static final Pattern DAY_NAME = Pattern.compile("^" + DAY + "[\\s.-]*" + MONTH + "$");
    private static final Pattern NAME_DAY = Pattern.compile("^" + MONTH + "\\s+" + DAY + "$");

    private DateCell() {
    }

    static Reading read(String cell) {
        String text = cell.strip();
        String words = Digits.words(text);
        Reading shape = shape(text, core(words));
        if (shape != null) {
            return shape;
        }
        if (words.codePoints().anyMatch(Character::isLetter) || words.codePoints().noneMatch(Character::isDigit)) {
            return new Read(SheetDate.undated(text));
        }
        return new Refused(r -> r.cell_date_unreadable(text));
    }

    /** The date itself, without a weekday, "by", "до конца", "г.", "ه.ش." or a time of day around it. */
    private static String core(String words) {
        String core = words;
        // most cells are numbers only: the patterns of words are tried only where they can match
        if (!core.isEmpty() && Character.isLetter(core.charAt(0))) {
            core = DateWords.withoutLeadingWords(core);
        }
        if (core.indexOf(':') >= 0) {
            core = strip(TIME, core);
        }
        if (!core.isEmpty() && !Character.isDigit(core.charAt(core.length() - 1))) {
            core = strip(TRAILING_DOT, strip(DateWords.SUFFIX, core));
        }
        return core;
    }

    private static String strip(Pattern tail, String text) {
        Matcher m = tail.matcher(text);
        return m.matches() ? m.group(1).strip() : text;
    }

    private static Reading shape(String text, String core) {
        Matcher m = NUMERIC.matcher(core);
        if (m.matches()) {
            return numeric(text, m.group(1), m.group(3), m.group(4));
        }
        if ((m = YEAR_MONTH.matcher(core)).matches()) {
            return month(text, number(m.group(1)), number(m.group(2)));
        }
        if ((m = MONTH_YEAR.matcher(core)).matches()) {
            return month(text, number(m.group(2)), number(m.group(1)));
        }
        if (DAY_MONTH.matcher(core).matches()) {
            return new Refused(r -> r.cell_date_no_year(text));
        }
        if ((m = NUMBER.matcher(core)).matches()) {
            return bare(text, m.group(1), core.length() > m.group(1).length());
        }
        Reading period = period(text, core, QUARTERS, DuePrecision.QUARTER);
        if (period == null) {
            period = period(text, core, HALVES, DuePrecision.HALF);
        }
        if (period != null) {
            return period;
        }
        if (PERIOD_NO_YEAR.matcher(core).matches()) {
            return new Refused(r -> r.cell_date_no_year(text));
        }
        return named(text, core);
    }

    private static Reading numeric(String text, String a, String b, String c) {
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
            return day(text, number(a), number(b), number(c));
        }
        if (a.length() <= 2 && b.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
            int year = number(c);
            return new DayMonth(text, number(a), number(b), c.length() == 2 ? 2000 + year : year);
        }
        return new Refused(r -> r.cell_date_unreadable(text));
    }

    private static Reading bare(String text, String whole, boolean fraction) {
        if (whole.length() == 4 && !fraction) {
            return new Number(text, period(text, DuePrecision.YEAR, number(whole), 1, number(whole) < SOLAR_BELOW));
        }
        if (whole.length() >= 5 && whole.length() <= 6) {
            LocalDate date = DateColumn.excelSerial(Long.parseLong(whole));
            return new Number(text, date.isAfter(LAST) ? null : checked(text, date, date.getYear()));
        }
        return new Number(text, null);
    }

    private static Reading period(String text, String core, List<Pattern> patterns, DuePrecision precision) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(core);
            if (m.matches()) {
                int n = DateWords.ordinal(m.group("n"));
                if (n < 1 || n > 12 / precision.months()) {
                    return new Refused(precision == DuePrecision.QUARTER ? r -> r.cell_date_quarter(text) : r -> r.cell_date_half(text));
                }
                int year = number(m.group("y"));
                return period(text, precision, year, n, year < SOLAR_BELOW);
            }
        }
        return null;
    }

    /** Dates with a month name: 31 December 2024, December 31, 2024, Dec 2024, 31 декабря 2024, ۱۱ دی ۱۴۰۳. */
    private static Reading named(String text, String core) {
        Matcher m;
        if ((m = DAY_NAME_YEAR.matcher(core)).matches()) {
            DateWords.MonthWord month = DateWords.month(m.group("m"));
            int day = number(m.group("d"));
            if (month == null) {
                String word = m.group("m");
                return day >= 1 && day <= 31 && word.length() >= 3 ? new Refused(r -> r.cell_date_month_name(text, word)) : null;
            }
            return named(text, month, m.group("y"), day);
        }
        if ((m = NAME_DAY_YEAR.matcher(core)).matches() || (m = NAME_YEAR.matcher(core)).matches()) {
            DateWords.MonthWord month = DateWords.month(m.group("m"));
            if (month == null) {
                return null;
            }
            boolean hasDay = m.pattern() == NAME_DAY_YEAR;
            String year = hasDay || m.group("y") != null ? m.group("y") : m.group("yy");
            return named(text, month, year, hasDay ? number(m.group("d")) : 0);
        }
        if (((m = DAY_NAME.matcher(core)).matches() || (m = NAME_DAY.matcher(core)).matches())
                && DateWords.month(m.group("m")) != null) {
            return new Refused(r -> r.cell_date_no_year(text));
        }
        return null;
    }

    /** A named month with its year and day (0: the whole month). */
    private static Reading named(String text, DateWords.MonthWord month, String yearText, int day) {
        int written = number(yearText);
        if (yearText.length() == 2 && month.solarHijri()) {
            return new Refused(r -> r.cell_date_year(text, written));
        }
        int year = yearText.length() == 2 ? 2000 + written : written;
        if (month.solarHijri() != year < SOLAR_BELOW) {
            return new Refused(r -> r.cell_date_calendars(text));
        }
        return day == 0 ? period(text, DuePrecision.MONTH, year, month.month(), month.solarHijri())
                : day(text, year, month.month(), day);
    }

    private static Reading month(String text, int year, int month) {
        if (month < 1 || month > 12) {
            return new Refused(r -> r.cell_date_no_month(text, month));
        }
        return period(text, DuePrecision.MONTH, year, month, year < SOLAR_BELOW);
    }

    /** A day; a year below 1700 makes it a Solar Hijri one. */
    static Reading day(String text, int year, int month, int day) {
        boolean solar = year < SOLAR_BELOW;
        if (!yearInRange(year, solar)) {
            return new Refused(r -> r.cell_date_year(text, year));
        }
        if (month < 1 || month > 12) {
            return new Refused(r -> r.cell_date_no_month(text, month));
        }
        int length = solar ? SolarHijri.monthLength(year, month) : java.time.YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return new Refused(r -> r.cell_date_no_day(text, length));
        }
        return checked(text, solar ? SolarHijri.toGregorian(year, month, day) : LocalDate.of(year, month, day), year);
    }

    private static Reading period(String text, DuePrecision precision, int year, int number, boolean solar) {
        if (!yearInRange(year, solar)) {
            return new Refused(r -> r.cell_date_year(text, year));
        }
        try {
            return checkedPeriod(text, SheetDate.period(precision, year, number, solar), year);
        } catch (DateTimeException e) {
            return new Refused(r -> r.cell_date_year(text, year));
        }
    }

    /** Solar Hijri years are bounded first so that ICU is never asked about a year far outside 1900–2200. */
    private static boolean yearInRange(int year, boolean solar) {
        return solar ? year >= 1250 : year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static Reading checked(String text, LocalDate date, int writtenYear) {
        return date.isBefore(FIRST) || date.isAfter(LAST) ? new Refused(r -> r.cell_date_year(text, writtenYear))
                : new Read(SheetDate.day(date));
    }

    private static Reading checkedPeriod(String text, SheetDate value, int writtenYear) {
        return value.due().isBefore(FIRST) || value.due().isAfter(LAST)
                ? new Refused(r -> r.cell_date_year(text, writtenYear)) : new Read(value);
    }

    private static int number(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** The shapes of a quarter or a half: Q4 2024, 2024 Q4, 4Q 2024, IV квартал 2024, سه ماهه چهارم ۱۴۰۳. */
    private static List<Pattern> patterns(String letter, String word, String persian) {
        return List.of(Pattern.compile("^" + letter + "\\s*(?<n>\\d{1,2})[\\s/.,-]*(?<y>\\d{4})$"),
                Pattern.compile("^(?<y>\\d{4})[\\s/.,-]*" + letter + "\\s*(?<n>\\d{1,2})$"),
                Pattern.compile("^(?<n>\\d{1,2})\\s*" + letter + "[\\s/.,-]*(?<y>\\d{4})$"),
                Pattern.compile("^" + ORD + "[\\s.-]*" + word + OF_YEAR),
                Pattern.compile("^(?:" + persian + ")\\s+(?<n>\\p{L}+)\\s+(?:سال\\s+)?(?<y>\\d{4})$"));
    }
}
