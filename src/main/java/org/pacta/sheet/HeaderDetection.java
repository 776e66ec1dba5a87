package org.pacta.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the header row among a sheet's non-empty rows and shapes the table below it. Plans often start with a
 * title ("Action plan 2024–2026"), a date line or blank rows; the header is the first row, among the first
 * {@link SheetReader#HEADER_SEARCH}, with at least two names (cells that are not numbers or dates) that is about
 * as wide as the rows after it. Without one, the widest of those rows is the header. Columns with neither a name
 * nor a value are dropped; a column without a name, or with another column's name, gets one ("Column C",
 * "Status (Column F)") and a note says so.
 */
final class HeaderDetection {

    /** Digits with the separators of numbers, dates and percentages: a value, not a column's name. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\p{Nd}\\s.,/\\\\:%+\\-−]*\\p{Nd}[\\p{Nd}\\s.,/\\\\:%+\\-−]*");
    private static final int LOOK_AHEAD = 10;

    record Table(int headerRow, List<String> columns, List<SheetRow> rows, List<SheetProblem> problems) {
    }

    private HeaderDetection() {
    }

    static Table shape(List<SheetRow> rows, RowCollector labels) {
        if (rows.isEmpty()) {
            throw SheetRefusals.unreadable(r -> r.sheet_blank());
        }
        int h = headerIndex(rows);
        SheetRow header = rows.get(h);
        List<SheetRow> below = rows.subList(h + 1, rows.size());
        if (below.size() > SheetReader.MAX_ROWS) {
            throw SheetRefusals.tooLarge(null, null, r -> r.sheet_too_many_rows(SheetReader.MAX_ROWS));
        }
        int width = header.cells().size();
        for (SheetRow row : below) {
            width = Math.max(width, row.cells().size());
        }
        boolean[] used = new boolean[width];
        for (int i = 0; i < header.cells().size(); i++) {
            used[i] = !header.cells().get(i).isEmpty();
        }
        for (SheetRow row : below) {
            for (int i = 0; i < row.cells().size(); i++) {
                used[i] |= !row.cells().get(i).isEmpty();
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            if (used[i]) {
                kept.add(i);
            }
        }
        List<SheetProblem> problems = new ArrayList<>();
        List<String> columns = names(header, kept, labels, problems);
        List<SheetRow> data = new ArrayList<>(below.size());
        for (SheetRow row : below) {
            List<String> cells = new ArrayList<>(kept.size());
            for (int i : kept) {
                cells.add(i < row.cells().size() ? row.cells().get(i) : "");
            }
            data.add(new SheetRow(row.row(), cells));
        }
        if (data.isEmpty()) {
            problems.add(SheetProblem.at(header.row(), null, r -> r.sheet_header_only()));
        }
        return new Table(header.row(), columns, data, problems);
    }

    private static int headerIndex(List<SheetRow> rows) {
        int limit = Math.min(rows.size(), SheetReader.HEADER_SEARCH);
        int widest = 0;
        for (int i = 0; i < limit; i++) {
            List<String> cells = rows.get(i).cells();
            int filled = filled(cells);
            if (filled > filled(rows.get(widest).cells())) {
                widest = i;
            }
            if (filled < 2 || names(cells) < Math.max(2, (filled * 3 + 4) / 5)) {
                continue;
            }
            int ahead = 0;
            for (int j = i + 1; j < Math.min(rows.size(), i + 1 + LOOK_AHEAD); j++) {
                ahead = Math.max(ahead, filled(rows.get(j).cells()));
            }
            if (filled * 2 >= ahead) {
                return i;
            }
        }
        return widest;
    }

    private static int filled(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            if (!c.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** How many cells read as names rather than values. */
    private static int names(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            if (!c.isEmpty() && !NUMBER_LIKE.matcher(c).matches()) {
                n++;
            }
        }
        return n;
    }

    private static List<String> names(SheetRow header, List<Integer> kept, RowCollector labels, List<SheetProblem> problems) {
        List<String> names = new ArrayList<>(kept.size());
        Set<String> taken = new HashSet<>();
        for (int i : kept) {
            String given = i < header.cells().size() ? HeaderNames.display(header.cells().get(i)) : "";
            if (!given.isEmpty()) {
                taken.add(given);
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i : kept) {
            String given = i < header.cells().size() ? HeaderNames.display(header.cells().get(i)) : "";
            String column = "Column " + labels.columnLabel(i);
            String name;
            if (given.isEmpty()) {
                name = unique(column, taken);
                String n = name;
                problems.add(SheetProblem.at(header.row(), name, r -> r.sheet_column_unnamed(n)));
            } else if (!seen.add(given)) {
                name = unique(given + " (" + column + ")", taken);
                String n = name;
                problems.add(SheetProblem.at(header.row(), name, r -> r.sheet_column_duplicate(given, n)));
            } else {
                name = given;
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }
}
