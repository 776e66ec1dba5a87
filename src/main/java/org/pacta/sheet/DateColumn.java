package org.pacta.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pacta.platform.Phrase;
import org.pacta.sheet.DateCell.DayMonth;
import org.pacta.sheet.DateCell.Number;
import org.pacta.sheet.DateCell.Read;
import org.pacta.sheet.DateCell.Reading;
import org.pacta.sheet.DateCell.Refused;

/**
 * A column of deadlines read as a whole. Each cell becomes a {@link SheetDate} (a day, a period, or undated words) or
 * a problem naming the cell's text. Two things only the whole column can settle:
 * <ul>
 * <li>the order of day and month in dates of numbers only: one cell such as 31/12/2024 (first number above 12) makes
 * the column day-first, one such as 12/31/2024 month-first; when no cell settles it, or cells disagree, the caller is
 * told ({@link #askOrder()}) so that it can ask the person importing, then read the column again with their answer;</li>
 * <li>whether bare numbers are dates: 2024 is a year and 45657 an Excel serial date (2024-12-31) only when no other
 * number in the column is something else (a column of 15, 30, 2024 holds durations, not dates).</li>
 * </ul>
 * Everything else is read cell by cell: ISO dates, 31.12.2024, month names in English, Russian and Persian (of the
 * Gregorian and the Solar Hijri calendars), Solar Hijri dates (a year below 1700: 1403/10/11), months, quarters,
 * halves and years, in Latin, Persian or Arabic digits. Words without a date's shape ("Ongoing", "Постоянно",
 * "در طول سال") are an undated item; a date's shape with an impossible value (31.02.2024, 2024-13-01, a year outside
 * 1900–2200) is a problem, never a guess.
 */
public final class DateColumn {

    /**
     * One cell: its value, or the problem with it, or neither for a blank cell.
     *
     * @param text the cell as given
     * @param value what it means, null when it has a problem or is blank
     * @param problem what is wrong with it, naming its text; null when it was read
     */
    public record Cell(String text, SheetDate value, Phrase problem) {
        public boolean blank() {
            return value == null && problem == null;
        }
    }

    private final List<Cell> cells;
    private final DateOrder order;
    private final boolean askOrder;
    private final String ambiguousExample;

    private DateColumn(List<Cell> cells, DateOrder order, boolean askOrder, String ambiguousExample) {
        this.cells = List.copyOf(cells);
        this.order = order;
        this.askOrder = askOrder;
        this.ambiguousExample = ambiguousExample;
    }

    /** The column with the order of day and month settled by its own cells, or not at all. */
    public static DateColumn read(List<String> cells) {
        return read(cells, null, null);
    }

    /**
     * The column's cells (blank or null cells are kept, as blank).
     *
     * @param chosen the order of day and month the person importing said the column uses, or null: it wins over the
     *            cells, and a cell that can only be read the other way is a problem
     * @param assumed the order to read the column in when nothing settles it (no cell with a number above 12), or
     *            null to report each such cell as a problem; {@link #askOrder()} stays true either way
     */
    public static DateColumn read(List<String> cells, DateOrder chosen, DateOrder assumed) {
        List<Reading> readings = new ArrayList<>(cells.size());
        String plainNumber = null;
        String dayFirst = null;
        String monthFirst = null;
        String ambiguous = null;
        for (String cell : cells) {
            Reading reading = cell == null || cell.isBlank() ? null : DateCell.read(cell);
            readings.add(reading);
            if (reading instanceof Number n && n.asDate() == null && plainNumber == null) {
                plainNumber = n.text();
            } else if (reading instanceof DayMonth dm) {
                boolean d = dm.fits(DateOrder.DMY);
                boolean m = dm.fits(DateOrder.MDY);
                if (d && !m && dayFirst == null) {
                    dayFirst = dm.text();
                } else if (m && !d && monthFirst == null) {
                    monthFirst = dm.text();
                } else if (d && m && dm.first() != dm.second() && ambiguous == null) {
                    ambiguous = dm.text();
                }
            }
        }
        boolean conflict = dayFirst != null && monthFirst != null;
        DateOrder settled = conflict ? null : dayFirst != null ? DateOrder.DMY : monthFirst != null ? DateOrder.MDY : null;
        boolean unsettled = conflict || settled == null && ambiguous != null;
        DateOrder order = chosen != null ? chosen : settled != null ? settled : conflict ? null : ambiguous != null ? assumed : null;

        List<Cell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            Reading reading = readings.get(i);
            if (reading instanceof DayMonth dm) {
                reading = conflict && chosen == null ? conflicting(dm, dayFirst, monthFirst) : inOrder(dm, order, chosen != null);
            } else if (reading instanceof Number n) {
                reading = number(n, plainNumber);
            }
            if (reading instanceof Read r) {
                out.add(new Cell(text, r.value(), null));
            } else if (reading instanceof Refused r) {
                out.add(new Cell(text, null, r.problem()));
            } else {
                out.add(new Cell(text, null, null));
            }
        }
        return new DateColumn(out, order, chosen == null && unsettled, ambiguous);
    }

    /** The Excel day of a serial number (1900 date system): Excel counts a 29 February 1900, which never was. */
    public static LocalDate excelSerial(long serial) {
        if (serial < 1 || serial == 60) {
            throw new DateTimeException(serial == 60 ? "Excel's serial 60 is 1900-02-29, a day that never was"
                    : "Excel serial dates start at 1 (1900-01-01)");
        }
        return serial < 60 ? LocalDate.of(1899, 12, 31).plusDays(serial) : LocalDate.of(1899, 12, 30).plusDays(serial);
    }

    /** Every cell, in the order given. */
    public List<Cell> cells() {
        return cells;
    }

    public Cell cell(int index) {
        return cells.get(index);
    }

    /** The order dates of numbers only were read in (chosen, settled by the cells, or assumed); null when none was. */
    public DateOrder order() {
        return order;
    }

    /**
     * Whether the person importing should be asked which order of day and month the column uses: no order was chosen,
     * and the cells either do not settle it (03/04/2024 and the like only) or disagree (31/12/2024 and 12/31/2024).
     */
    public boolean askOrder() {
        return askOrder;
    }

    /** A cell that reads differently day-first and month-first (03/04/2024), to ask about; null when there is none. */
    public String ambiguousExample() {
        return ambiguousExample;
    }

    private static Reading inOrder(DayMonth dm, DateOrder order, boolean chosen) {
        if (dm.first() == dm.second()) {
            return dm.as(DateOrder.DMY);
        }
        if (order == null) {
            // nothing settled the order, so no cell reads one way only: each reads both ways or neither
            return dm.fits(DateOrder.DMY) ? new Refused(r -> r.cell_date_order_unknown(dm.text())) : dm.as(DateOrder.DMY);
        }
        Reading reading = dm.as(order);
        if (chosen && !(reading instanceof Read) && dm.fits(other(order))) {
            return new Refused(order == DateOrder.DMY ? r -> r.cell_date_not_day_first(dm.text())
                    : r -> r.cell_date_not_month_first(dm.text()));
        }
        return reading;
    }

    /** Cells disagree on the order: only a cell that reads the same either way (05/05/2024), or no way at all, is told apart. */
    private static Reading conflicting(DayMonth dm, String dayFirst, String monthFirst) {
        boolean d = dm.fits(DateOrder.DMY);
        boolean m = dm.fits(DateOrder.MDY);
        if (dm.first() == dm.second() || !d && !m) {
            return dm.as(DateOrder.DMY);
        }
        return new Refused(r -> r.cell_date_order_conflict(dm.text(), dayFirst, monthFirst));
    }

    private static Reading number(Number n, String plainNumber) {
        if (n.asDate() == null) {
            return new Refused(r -> r.cell_date_unreadable(n.text()));
        }
        if (plainNumber != null) {
            return new Refused(r -> r.cell_date_number(n.text(), plainNumber));
        }
        return n.asDate();
    }

    private static DateOrder other(DateOrder order) {
        return order == DateOrder.DMY ? DateOrder.MDY : DateOrder.DMY;
    }
}
