package org.pacta.commitment;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How exactly a plan named its deadline: a day (the default), or only a month ("December 2024"), a quarter
 * ("Q4 2024"), a half-year ("H2 2024") or a year ("2024"). A deadline of a wider precision is due at the end of its period.
 */
public enum DuePrecision {
    DAY(1), MONTH(1), QUARTER(3), HALF(6), YEAR(12);

    private final int months;

    DuePrecision(int months) {
        this.months = months;
    }

    /** How many months one period spans (DAY: the month it falls in). */
    public int months() {
        return months;
    }

    /** The last day of the period of this precision that holds {@code day}. */
    public LocalDate lastDay(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> day.withMonth(day.get(IsoFields.QUARTER_OF_YEAR) * 3).with(TemporalAdjusters.lastDayOfMonth());
            case HALF -> day.withMonth(day.getMonthValue() <= 6 ? 6 : 12).with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** The period that ends on {@code lastDay} as an English reader reads it: "December 2024", "Q4 2024", "H2 2024", "2024". */
    public String inEnglish(LocalDate lastDay) {
        return switch (this) {
            case DAY -> lastDay.toString();
            case MONTH -> lastDay.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + lastDay.getYear();
            case QUARTER -> "Q" + quarter(lastDay) + " " + lastDay.getYear();
            case HALF -> "H" + half(lastDay) + " " + lastDay.getYear();
            case YEAR -> String.valueOf(lastDay.getYear());
        };
    }

    /** The half-year (1 or 2) a day falls in. */
    public static int half(LocalDate day) {
        return day.getMonthValue() <= 6 ? 1 : 2;
    }

    /** The quarter (1 to 4) a day falls in. */
    public static int quarter(LocalDate day) {
        return day.get(IsoFields.QUARTER_OF_YEAR);
    }
}
