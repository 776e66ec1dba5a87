package org.pacta.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A duplicate reference that slipped past the check is recognised by its key, as H2 and PostgreSQL name it. */
class SqlStatesTest {

    @Test
    void aUniqueViolationIsKnownByTheKeyItBroke() {
        Throwable h2 = new RuntimeException("could not execute statement", new SQLException(
                "Unique index or primary key violation: \"PUBLIC.COMMITMENT_REFERENCE_UK_INDEX_5 ON PUBLIC.COMMITMENT("
                        + "REFERENCE NULLS FIRST, AGREEMENT_ID NULLS FIRST) VALUES ( /* 3 */ '1.2', 1 )\"", "23505"));
        Throwable postgres = new IllegalStateException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"milestone_reference_uk\"", "23505"));
        Throwable otherKey = new SQLException("duplicate key value violates unique constraint \"notification_key_uk\"",
                "23505");
        Throwable notUnique = new SQLException("value too long for \"reference_uk\"", "22001");

        assertTrue(SqlStates.isUniqueViolationOf(h2, "_reference_uk"));
        assertTrue(SqlStates.isUniqueViolationOf(postgres, "_reference_uk"));
        assertFalse(SqlStates.isUniqueViolationOf(otherKey, "_reference_uk"));
        assertFalse(SqlStates.isUniqueViolationOf(notUnique, "_reference_uk"));
        assertTrue(SqlStates.isUniqueViolation(otherKey));
    }
}
