import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * H2 alone, no Pacta: what an interrupted application thread does to an embedded H2 file database. A thread runs a
 * large UPDATE and commits; another interrupts it part-way, as a connection pool, a transaction reaper or a
 * scheduler shutting down may do to a thread that holds a connection. Repeated, then the database is opened again and
 * its table counted by scan and through its index.
 *
 *   java -cp <h2 jar> bench/H2Repro.java <directory> <rows> <rounds> <url settings, e.g. ";WRITE_DELAY=0"> [async]
 *
 * With "async" the database is opened through H2's async: file system (AsynchronousFileChannel), whose operations
 * an interrupt does not close. Prints what each round answered and the counts; exit 1 when the database is damaged.
 */
public class H2Repro {

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        int rows = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String settings = args.length > 3 ? args[3] : "";
        String fs = args.length > 4 && args[4].equals("async") ? "async:" : "file:";
        String url = "jdbc:h2:" + fs + dir + "/repro" + settings;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("drop table if exists t");
            s.execute("create table t (id bigint primary key, k int not null, v varchar(200))");
            s.execute("create index t_k on t (k)");
            s.execute("insert into t select x, mod(x, 1000), repeat('v', 100) from system_range(1, " + rows + ")");
        }
        Random random = new Random(1);
        int failures = 0;
        for (int round = 0; round < rounds; round++) {
            AtomicReference<String> outcome = new AtomicReference<>("committed");
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.setAutoCommit(false);
                Thread worker = new Thread(() -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("update t set k = k + 1, v = concat(v, 'x') where mod(id, 3) = " + (random.nextInt(3)));
                        c.commit();
                    } catch (SQLException e) {
                        outcome.set(e.getMessage().replaceAll("\\s+", " "));
                        try {
                            c.rollback();
                        } catch (SQLException r) {
                            outcome.set(outcome.get() + "; rollback: " + r.getMessage().replaceAll("\\s+", " "));
                        }
                    }
                });
                worker.start();
                Thread.sleep(random.nextInt(400));
                worker.interrupt();
                worker.join();
            } catch (SQLException e) {
                outcome.set(outcome.get() + "; close: " + e.getMessage().replaceAll("\\s+", " "));
            }
            if (!outcome.get().equals("committed")) {
                failures++;
                if (failures <= 3) {
                    System.out.println("round " + round + ": " + outcome.get().substring(0, Math.min(300, outcome.get().length())));
                }
            }
        }
        System.out.println(rounds + " rounds, " + failures + " ended by the interrupt with an error");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            long scan = count(s, "select count(*) from t use index ()");
            long index = count(s, "select count(v) from (select v from t use index (t_k) order by k)");
            System.out.println("reopened: " + scan + " rows by scan, " + index + " through the index, " + rows + " written");
            System.exit(scan == rows && index == rows ? 0 : 1);
        } catch (SQLException e) {
            System.out.println("reopening or reading failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
