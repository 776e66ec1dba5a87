package org.pacta.maintenance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;

/** Checks that rows read in an index's order come in the order of their own values. */
final class IndexOrderCheck {

    private final List<String[]> columns;
    private final List<String> problems;
    private Object[] previous;
    private long previousId;
    private int reported;

    IndexOrderCheck(List<String[]> columns, List<String> problems) {
        this.columns = columns;
        this.problems = problems;
    }

    void next(ResultSet r) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.getObject(2 + i);
        }
        long id = r.getLong(1);
        if (previous != null && reported < DatabaseCheck.SAMPLE) {
            for (int i = 0; i < values.length; i++) {
                Integer cmp = compareValues(previous[i], values[i]);
                if (cmp == null || cmp == 0) {
                    if (cmp == null) {
                        break;  // a type this check does not order; nothing more to say about this pair
                    }
                    continue;
                }
                boolean late;  // the row came later than its values say
                if (previous[i] == null || values[i] == null) {
                    late = (values[i] == null) != "LAST".equals(columns.get(i)[2]);
                } else {
                    late = "DESC".equals(columns.get(i)[1]) ? cmp < 0 : cmp > 0;
                }
                if (late) {
                    reported++;
                    problems.add("row " + id + " comes after row " + previousId + " in the index, but its "
                            + columns.get(i)[0] + " (" + values[i] + ") sorts before " + previous[i]);
                }
                break;
            }
        }
        previous = values;
        previousId = id;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Integer compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.toInstant().compareTo(y.toInstant());
        }
        if ((a instanceof String || a instanceof Boolean || a instanceof Temporal) && a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return null;
    }
}
