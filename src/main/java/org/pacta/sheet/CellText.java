package org.pacta.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A workbook cell as the text a person means by it. Numbers are stored as binary fractions and dates as day
 * counts; the cell's number format says which it is. So: a date-formatted cell is an ISO date ("2024-12-31"), with
 * the time when it has one ("2024-12-31T14:30"); a whole number has no ".0"; a number keeps the 15 significant
 * digits Excel shows (0.30000000000000004 is "0.3"); a percentage is "25%"; a formula is its cached value.
 */
final class CellText {

    /** Excel's largest date, 9999-12-31. */
    private static final double MAX_SERIAL = 2_958_465;
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    enum Kind { NUMBER, PERCENT, DATE, DATE_TIME, TIME }

    private CellText() {
    }

    static String of(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            case NUMBER, FORMULA -> value instanceof BigDecimal n ? number(n, kind(cell.getDataFormatId(), cell.getDataFormatString()), date1904)
                    : value instanceof Boolean b ? (b ? "TRUE" : "FALSE") : value == null ? "" : value.toString();
            default -> value == null ? (cell.getRawValue() == null ? "" : cell.getRawValue()) : value.toString();
        };
    }

    static String number(BigDecimal n, Kind kind, boolean date1904) {
        double serial = n.doubleValue();
        if (kind != Kind.NUMBER && kind != Kind.PERCENT && serial >= 0 && serial <= MAX_SERIAL) {
            LocalDateTime t = dateTime(serial, date1904);
            if (kind == Kind.TIME) {
                LocalTime time = t.toLocalTime();
                return time.getSecond() == 0 ? time.toString().substring(0, 5) : time.toString();
            }
            if (kind == Kind.DATE || t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return t.toLocalDate().toString();
            }
            return t.format(t.getSecond() == 0 ? MINUTES : SECONDS);
        }
        BigDecimal shown = kind == Kind.PERCENT ? n.movePointRight(2) : n;
        String text = shown.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        return kind == Kind.PERCENT ? text + "%" : text;
    }

    /** A day count as a date and time, to the second. */
    static LocalDateTime dateTime(double serial, boolean date1904) {
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        LocalDate date;
        if (date1904) {
            date = LocalDate.of(1904, 1, 1).plusDays(days);
        } else if (days >= 61) {
            date = LocalDate.of(1899, 12, 30).plusDays(days);
        } else {
            // Excel counts a 29 February 1900 that never was (day 60): the days before it are one later.
            date = LocalDate.of(1899, 12, 31).plusDays(days == 60 ? 59 : days);
        }
        return date.atStartOfDay().plusSeconds(seconds);
    }

    /** What a number format shows a number as. Excel's own formats: dates and times 14–22, 45–47, 27–36, 50–58; percentages 9, 10. */
    static Kind kind(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 17 || id >= 27 && id <= 31 || id >= 34 && id <= 36 || id >= 50 && id <= 58)) {
            return Kind.DATE;
        }
        if (id != null && (id == 18 || id == 19 || id == 20 || id == 21 || id == 32 || id == 33 || id == 45 || id == 46 || id == 47)) {
            return Kind.TIME;
        }
        if (id != null && id == 22) {
            return Kind.DATE_TIME;
        }
        if (id != null && (id == 9 || id == 10)) {
            return Kind.PERCENT;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return Kind.NUMBER;
        }
        String first = letters(format);
        boolean date = first.indexOf('y') >= 0 || first.indexOf('d') >= 0;
        boolean time = first.indexOf('h') >= 0 || first.indexOf('s') >= 0;
        boolean month = first.indexOf('m') >= 0;
        if (date && time) {
            return Kind.DATE_TIME;
        }
        if (date || month && !time) {
            return Kind.DATE;
        }
        if (time) {
            return Kind.TIME;
        }
        return first.indexOf('%') >= 0 ? Kind.PERCENT : Kind.NUMBER;
    }

    /**
     * The first section of a format (the one for positive numbers), lower case, without what is only shown as
     * it is: quoted text, escaped characters, and bracketed colours, conditions and locales ([Red], [$-419]).
     */
    private static String letters(String format) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int end = format.indexOf(']', i);
                String inside = end < 0 ? "" : format.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    out.append(inside);
                }
                i = end < 0 ? format.length() : end;
            } else if (c == ';') {
                break;
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
