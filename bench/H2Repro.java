import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The statement pattern of 28 Nov, alone, against an H2 file: one UPDATE of every open overdue commitment (about half
 * a million rows at 1M) in one transaction, stopped the way a transaction timeout stops it, then rolled back, the
 * database closed and opened again, and the table counted by scan and through each of its indexes.
 *
 *   java -cp <h2 jar> bench/H2Repro.java <jdbc-url> <interrupt|cancel|timeout|none> <seconds before stopping>
 *
 * interrupt: Thread.interrupt() of the thread running the UPDATE (what a transaction reaper may do to a thread that
 * holds a timed-out transaction); cancel: Statement.cancel() from another thread; timeout: setQueryTimeout; none:
 * let it finish, then roll back. Prints what each step answered and the counts; exit 1 when they disagree.
 */
public class H2Repro {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String how = args[1];
        int seconds = Integer.parseInt(args[2]);
        String update = "update commitment set next_followup_at = current_timestamp, version = version"
                + " where status not in ('DONE', 'CANCELLED') and due_at < current_timestamp";
        try (Connection c = DriverManager.getConnection(url, "pacta", "")) {
            c.setAutoCommit(false);
            Statement s = c.createStatement();
            if (how.equals("timeout")) {
                s.setQueryTimeout(seconds);
            }
            Thread worker = new Thread(() -> {
                long t0 = System.nanoTime();
                try {
                    int n = s.executeUpdate(update);
                    System.out.printf("update: %d rows in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
                } catch (SQLException e) {
                    System.out.printf("update failed after %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, e);
                }
                try {
                    c.rollback();
                    System.out.println("rollback: done");
                } catch (SQLException e) {
                    System.out.println("rollback failed: " + e);
                }
            });
            worker.start();
            if (how.equals("interrupt") || how.equals("cancel")) {
                Thread.sleep(seconds * 1000L);
                if (how.equals("interrupt")) {
                    worker.interrupt();
                } else {
                    s.cancel();
                }
                System.out.println(how + " sent");
            }
            worker.join();
        } catch (SQLException e) {
            System.out.println("close failed: " + e);
        }
        int problems = 0;
        try (Connection c = DriverManager.getConnection(url, "pacta", ""); Statement s = c.createStatement()) {
            long scan = count(s, "select count(*) from commitment use index ()");
            System.out.println("after reopening: " + scan + " rows by scan");
            try (ResultSet r = s.executeQuery("select index_name from information_schema.indexes"
                    + " where table_name = 'COMMITMENT' and table_schema = 'PUBLIC'")) {
                java.util.List<String> names = new java.util.ArrayList<>();
                while (r.next()) {
                    names.add(r.getString(1));
                }
                for (String index : names) {
                    String first;
                    try (ResultSet k = c.createStatement().executeQuery("select column_name from information_schema.index_columns"
                            + " where index_name = '" + index + "' and ordinal_position = 1")) {
                        k.next();
                        first = k.getString(1);
                    }
                    try {
                        long n = count(s, "select count(title) from (select title from commitment use index (" + index
                                + ") order by " + first + ")");
                        System.out.println("  through " + index + ": " + n + (n == scan ? "" : "  <-- differs"));
                        problems += n == scan ? 0 : 1;
                    } catch (SQLException e) {
                        System.out.println("  through " + index + ": " + e.getMessage());
                        problems++;
                    }
                }
            }
        }
        System.exit(problems == 0 ? 0 : 1);
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
