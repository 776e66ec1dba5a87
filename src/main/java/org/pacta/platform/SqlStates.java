package org.pacta.platform;

import java.sql.SQLException;

/** What a failed write says about itself, read from the SQL state anywhere in its chain of causes. */
public final class SqlStates {

    private SqlStates() {
    }

    /** 23505 (H2 and PostgreSQL alike): a unique key already held by a row another transaction committed. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
