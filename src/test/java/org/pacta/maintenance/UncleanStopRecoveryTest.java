package org.pacta.maintenance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file left by a process that did not close it (its state is copied while the database is open, as a
 * {@code kill -9} leaves it) is recognised as such, is scanned by the recovery listener before H2 opens it, and keeps
 * every committed row; a file closed cleanly is opened as it is.
 */
class UncleanStopRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aFileLeftOpenIsRecognisedAndOpensWithEveryCommittedRow() throws Exception {
        String live = "jdbc:h2:async:" + dir.resolve("live") + ";WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(live, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table t (id bigint primary key, v varchar(100))");
            s.execute("insert into t select x, repeat('v', 50) from system_range(1, 20000)");
            for (int round = 0; round < 5; round++) {
                s.execute("update t set v = concat(left(v, 40), '" + round + "') where mod(id, 5) = " + round);
            }
            s.execute("insert into t values (20001, 'the last acknowledged write')");
            Files.copy(dir.resolve("live.mv.db"), dir.resolve("killed.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat("closed by its connection: clean", UncleanStopRecovery.closedCleanly(FilePath.get(dir.resolve("live.mv.db").toString())),
                equalTo(true));
        assertThat("copied while open: not clean", UncleanStopRecovery.closedCleanly(FilePath.get(dir.resolve("killed.mv.db").toString())),
                equalTo(false));

        int scans = UncleanStopRecovery.SCANS.get();
        String killed = "jdbc:h2:async:" + dir.resolve("killed") + ";WRITE_DELAY=0;DATABASE_EVENT_LISTENER='"
                + UncleanStopRecovery.class.getName() + "'";
        try (Connection c = DriverManager.getConnection(killed, "sa", ""); Statement s = c.createStatement();
             Connection second = DriverManager.getConnection(killed, "sa", "");
             ResultSet r = s.executeQuery("select count(*), max(v) filter (where id = 20001) from t")) {
            assertThat("a second connection to the open database is not refused", second.isValid(1), equalTo(true));
            r.next();
            assertThat(r.getLong(1), equalTo(20001L));
            assertThat(r.getString(2), equalTo("the last acknowledged write"));
        }
        assertThat("the file left open was scanned", UncleanStopRecovery.SCANS.get(), equalTo(scans + 1));
        try (Connection c = DriverManager.getConnection(live + ";DATABASE_EVENT_LISTENER='" + UncleanStopRecovery.class.getName() + "'", "sa", "")) {
            assertThat("a file closed cleanly is opened as it is", UncleanStopRecovery.SCANS.get(), equalTo(scans + 1));
        }
        assertThat("closed by H2 once opened", UncleanStopRecovery.closedCleanly(FilePath.get(dir.resolve("killed.mv.db").toString())),
                equalTo(true));
    }

    @Test
    void onlyEmbeddedFileDatabasesAreLookedAt() {
        assertThat(UncleanStopRecovery.file("jdbc:h2:async:./data/pacta"), equalTo("async:./data/pacta.mv.db"));
        assertThat(UncleanStopRecovery.file("jdbc:h2:/var/lib/pacta/pacta;WRITE_DELAY=0"), equalTo("/var/lib/pacta/pacta.mv.db"));
        assertThat(UncleanStopRecovery.file("jdbc:h2:mem:pacta"), nullValue());
        assertThat(UncleanStopRecovery.file("jdbc:h2:tcp://localhost/pacta"), nullValue());
        assertThat(UncleanStopRecovery.file("jdbc:postgresql://127.0.0.1/pacta"), nullValue());
    }
}
