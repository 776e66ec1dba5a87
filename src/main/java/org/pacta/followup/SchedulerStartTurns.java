package org.pacta.followup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Clustered nodes create their Quartz schedulers one at a time. Quarkus stores each scheduled job at start-up after
 * checking that it is not stored yet, outside Quartz's locks, so nodes started together on an empty database could
 * each find a job missing and the second to store it failed to start ("Unable to store Job … already exists"). A
 * node takes a PostgreSQL advisory lock, in a transaction of its own connection, before Quarkus creates its scheduler
 * (observer priority 0) and lets go once it has started; the others wait for it and then find the jobs stored. The
 * lock goes with the connection if the node dies holding it.
 */
@ApplicationScoped
public class SchedulerStartTurns {

    private static final Logger LOG = Logger.getLogger(SchedulerStartTurns.class);
    /** The advisory lock's key: "pacta-qz" in ASCII. */
    private static final long KEY = 0x70616374612d717aL;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.quartz.clustered", defaultValue = "false")
    boolean clustered;

    @ConfigProperty(name = "quarkus.scheduler.enabled", defaultValue = "true")
    boolean schedulerEnabled;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private Connection turn;

    void takeTurn(@Observes @Priority(-100) StartupEvent event) throws SQLException {
        if (!clustered || !schedulerEnabled || !dbKind.startsWith("postgres")) {
            return;
        }
        long start = System.nanoTime();
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local lock_timeout = '120s'");
                s.execute("select pg_advisory_xact_lock(" + KEY + ")");
            }
        } catch (SQLException e) {
            c.close();
            throw new SQLException("Another node held the scheduler's start-up turn for two minutes; is one stuck"
                    + " starting? (" + e.getMessage() + ")", e.getSQLState(), e);
        }
        turn = c;
        LOG.debugf("Scheduler start-up turn taken after %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    void endTurn(@Observes @Priority(1) StartupEvent event) {
        if (turn == null) {
            return;
        }
        try (Connection c = turn) {
            c.commit();
            LOG.debug("Scheduler start-up turn ended");
        } catch (SQLException e) {
            LOG.warnf("Letting go of the scheduler's start-up turn: %s (the lock ends with the connection anyway)",
                    e.getMessage());
        }
        turn = null;
    }
}
