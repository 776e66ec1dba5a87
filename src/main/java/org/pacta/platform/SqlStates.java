package org.pacta.platform;

import java.sql.SQLException;
import java.util.Set;

/** What a failed write says about itself, read from the SQL state anywhere in its chain of causes. */
public final class SqlStates {

    private static final Set<String> UNIQUE_VIOLATION = Set.of("23505");

    private SqlStates() {
    }

    /** 23505 (H2 and PostgreSQL alike): a unique key already held by a row another transaction committed. */
    public static boolean isUniqueViolation(Throwable failure) {
        return any(failure, UNIQUE_VIOLATION);
    }

    /**
     * Whether {@code failure} is a unique violation of the named constraint: H2 names it (upper-cased, with its index)
     * and PostgreSQL names it in the message of the SQL exception.
     */
    public static boolean isUniqueViolationOf(Throwable failure, String constraint) {
        String name = constraint.toLowerCase(java.util.Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.contains(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a SQL exception with one of {@code states} is among the causes of {@code failure}. */
    public static boolean any(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
