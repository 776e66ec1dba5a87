package org.pacta.sheet;

import org.pacta.platform.SolarHijri;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DecimalStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pacta.commitment.DuePrecision;

/**
 * A deadline as a plan wrote it: a day, or a period (month, quarter, half-year, year) that is due on its last day
 * and keeps its precision, or no date at all ("Ongoing", "90 days after guidance"), whose words are kept.
 * <p>
 * A period of the Solar Hijri calendar ({@code solarHijri}) ends on the last day of a Solar Hijri month: "دی ۱۴۰۳"
 * is due on 2025-01-19 and is shown as Dey 1403. A day is a day in either calendar, so a day's value is always
 * Gregorian ({@code solarHijri} false).
 *
 * @param due the last day of the period, null when undated
 * @param precision how precisely the plan gave it, null when undated
 * @param solarHijri whether the period is one of the Solar Hijri calendar
 * @param text the words of an undated item as written (trimmed); null for a dated one
 */
public record SheetDate(LocalDate due, DuePrecision precision, boolean solarHijri, String text) {

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");
    private static final List<String> PERSIAN_ORDINALS = List.of("اول", "دوم", "سوم", "چهارم");

    public SheetDate {
        if (text == null) {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(precision, "precision");
            if (precision == DuePrecision.DAY && solarHijri) {
                throw new IllegalArgumentException("A day is kept as a Gregorian date");
            }
        } else if (due != null || precision != null || solarHijri) {
            throw new IllegalArgumentException("An undated item has no due date");
        }
    }

    public static SheetDate day(LocalDate date) {
        return new SheetDate(date, DuePrecision.DAY, false, null);
    }

    /**
     * A period: {@code number} is the month (1–12), quarter (1–4) or half (1–2) of {@code year}, and is not read for
     * a YEAR. Years and months are of the Solar Hijri calendar when {@code solarHijri} is set.
     */
    public static SheetDate period(DuePrecision precision, int year, int number, boolean solarHijri) {
        int months = precision.months();
        int lastMonth = switch (precision) {
            case DAY -> throw new IllegalArgumentException("A day is not a period: use day()");
            case YEAR -> 12;
            default -> number * months;
        };
        if (number < 1 || lastMonth > 12) {
            throw new IllegalArgumentException("No " + precision + " " + number + " in a year");
        }
        LocalDate due = solarHijri ? SolarHijri.endOfMonth(year, lastMonth) : YearMonth.of(year, lastMonth).atEndOfMonth();
        return new SheetDate(due, precision, solarHijri, null);
    }

    /** An item without a fixed date; its words are kept as written. */
    public static SheetDate undated(String text) {
        return new SheetDate(null, null, false, text.strip());
    }

    public boolean undated() {
        return text != null;
    }

    /** The value in English, with its precision: 2024-12-31, December 2024, Q4 2024, H2 2024, 2024, Dey 1403. */
    public String label() {
        return label(Locale.ENGLISH);
    }

    /**
     * The value with its precision, in English, Russian ("IV квартал 2024", "декабрь 2024") or Persian ("دسامبر ۲۰۲۴",
     * "سه‌ماههٔ چهارم ۱۴۰۳", with Persian digits); other languages get the English. An undated item gives its words.
     * Every label reads back, through {@link DateColumn}, as the same value.
     */
    public String label(Locale locale) {
        if (undated()) {
            return text;
        }
        String language = locale.getLanguage();
        String label;
        if (precision == DuePrecision.DAY) {
            label = due.toString();
        } else {
            int year;
            int month;
            if (solarHijri) {
                SolarHijri.Date d = SolarHijri.of(due);
                year = d.year();
                month = d.month();
            } else {
                year = due.getYear();
                month = due.getMonthValue();
            }
            int number = (month - 1) / precision.months();
            label = switch (precision) {
                case MONTH -> monthName(month, language) + " " + year;
                case QUARTER -> switch (language) {
                    case "ru" -> ROMAN.get(number) + " квартал " + year;
                    case "fa" -> "سه\u200Cماههٔ " + PERSIAN_ORDINALS.get(number) + " " + year;
                    default -> "Q" + (number + 1) + " " + year;
                };
                case HALF -> switch (language) {
                    case "ru" -> ROMAN.get(number) + " полугодие " + year;
                    case "fa" -> "نیمهٔ " + PERSIAN_ORDINALS.get(number) + " " + year;
                    default -> "H" + (number + 1) + " " + year;
                };
                default -> String.valueOf(year);
            };
        }
        return language.equals("fa") ? persianDigits(label) : label;
    }

    private String monthName(int month, String language) {
        if (solarHijri) {
            return SolarHijri.monthName(month, Locale.forLanguageTag(language));
        }
        return switch (language) {
            case "ru" -> DateWords.RUSSIAN_MONTHS.get(month - 1);
            case "fa" -> DateWords.PERSIAN_MONTHS.get(month - 1);
            default -> DateWords.ENGLISH_MONTHS.get(month - 1);
        };
    }

    private static String persianDigits(String text) {
        char zero = DecimalStyle.of(Locale.forLanguageTag("fa")).getZeroDigit();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
        }
        return out.toString();
    }
}
