package org.pacta.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;

/**
 * Deadlines as a plan writes them, and as the import reads them back: a day is a date (2024-12-31), a month
 * "2024-12", a quarter "Q4 2024", a half-year "H2 2024", a year "2024"; an item without a fixed date is its words.
 */
public final class PlanDates {

    private PlanDates() {
    }

    /** The cell of a deadline: a {@link LocalDate} for a day, text for a period; null for none. */
    public static Object cell(Deadline deadline) {
        if (deadline == null) {
            return null;
        }
        LocalDate day = deadline.localDate();
        return switch (deadline.precision()) {
            case DAY -> day;
            case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> "Q" + DuePrecision.quarter(day) + " " + day.getYear();
            case HALF -> "H" + DuePrecision.half(day) + " " + day.getYear();
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    /** The cell of an item's due: its deadline, or the words of an undated one. */
    public static Object cell(Deadline deadline, String undated) {
        return deadline == null ? undated : cell(deadline);
    }

    /** The day an instant falls on in a zone; null for none. */
    public static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    /** A cell as CSV text: a day in ISO form. */
    public static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }
}
