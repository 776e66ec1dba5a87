package org.pacta.maintenance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.PactaConfig;
import org.pacta.security.Audit;

/**
 * What an operator does to the embedded database while the node runs: check every row ({@link DatabaseCheck}) and
 * back it up. On PostgreSQL both are refused with the tools to use instead: the server's own (pg_dump, amcheck).
 */
@ApplicationScoped
public class DatabaseMaintenance {

    private static final Logger LOG = Logger.getLogger(DatabaseMaintenance.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PactaConfig config;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    /*
     * One check or backup at a time on a node: each reads the whole file, and requests repeated while one ran (an
     * impatient operator, the hostile barrage) piled up full scans until the node answered nothing else in 30 s.
     */
    private final Semaphore oneAtATime = new Semaphore(1);
    private volatile String running;
    private volatile Instant runningSince;

    public record Backup(String file, String path, long bytes, long millis) {
    }

    public DatabaseCheck.Report check() {
        return alone("check", () -> {
            try (Connection c = h2()) {
                DatabaseCheck.Report report = DatabaseCheck.run(c);
                LOG.infof("Database check: %s, %d rows read in %d ms", report.ok() ? "no problem"
                        : report.problems().size() + " problem(s)", report.rowsRead(), report.millis());
                return report;
            } catch (SQLException e) {
                throw new IllegalStateException("Database check failed", e);
            }
        });
    }

    public Backup backup() {
        return alone("backup", () -> backup(Path.of(config.backup().dir())));
    }

    <T> T alone(String what, Supplier<T> work) {
        if (!oneAtATime.tryAcquire()) {
            String other = running;
            Instant since = runningSince;
            throw new Refusal(Refusal.Reason.MAINTENANCE_RUNNING,
                    r -> "A database " + other + " started at " + since + " is still running on this node; ask again"
                            + " when it has finished (at a million commitments a check takes minutes).");
        }
        try {
            running = what;
            runningSince = clock.instant();
            return work.get();
        } finally {
            oneAtATime.release();
        }
    }

    /**
     * Writes the whole database as SQL (H2's SCRIPT, one statement, so one consistent snapshot), gzip-compressed, to a
     * new file in the directory; RunScript restores it into an empty database of this or a later H2 version, which a
     * copy of the binary file does not promise.
     */
    Backup backup(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new Refusal(Refusal.Reason.BACKUP_DIRECTORY,
                    r -> "The backup directory " + dir.toAbsolutePath() + " cannot be created or is not a directory ("
                            + e + "); set pacta.backup.dir to a writable directory.");
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new Refusal(Refusal.Reason.BACKUP_DIRECTORY,
                    r -> "The backup directory " + dir.toAbsolutePath() + " is not a writable directory; set"
                            + " pacta.backup.dir to one.");
        }
        String name = "pacta-" + STAMP.format(clock.instant());
        Path file = dir.resolve(name + ".sql.gz");
        for (int i = 2; Files.exists(file); i++) {
            file = dir.resolve(name + "-" + i + ".sql.gz");
        }
        long t0 = System.nanoTime();
        try (Connection c = h2(); Statement s = c.createStatement()) {
            s.execute("script to '" + file.toAbsolutePath().toString().replace("'", "''") + "' compression gzip");
        } catch (SQLException e) {
            throw new IllegalStateException("Backup to " + file + " failed", e);
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException("Backup " + file + " written but not readable", e);
        }
        Backup b = new Backup(file.getFileName().toString(), file.toAbsolutePath().toString(), bytes,
                (System.nanoTime() - t0) / 1_000_000);
        QuarkusTransaction.requiringNew().run(() -> audit.record("BACKUP", "DATABASE", b.file(), null, null,
                Map.of("file", b.path(), "bytes", b.bytes())));
        LOG.infof("Database backed up to %s (%d bytes in %d ms)", b.path(), b.bytes(), b.millis());
        return b;
    }

    private Connection h2() throws SQLException {
        Connection c = dataSource.getConnection();
        String product = c.getMetaData().getDatabaseProductName();
        if (!"H2".equalsIgnoreCase(product)) {
            c.close();
            throw new Refusal(Refusal.Reason.NOT_EMBEDDED,
                    r -> "Pacta runs on " + product + ": back it up with pg_dump (restore with pg_restore) and check it"
                            + " with the server's own tools (amcheck's bt_index_check / heapam check, pg_checksums);"
                            + " see README, \"Backing up and checking the database\".");
        }
        return c;
    }
}
