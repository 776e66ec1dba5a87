package org.pacta.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Values of native query rows, read the same whatever type the database's driver answers with. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A timestamp column: H2 answers OffsetDateTime, PostgreSQL Instant or Timestamp. */
    public static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + (o == null ? "null" : o.getClass()));
    }

    /** A number column; a sum over no rows (null) is 0. */
    public static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
