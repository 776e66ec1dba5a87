import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

/**
 * What decision 23's H2 settings cost, H2 alone: one-row commits (what an API write is) and a full scan, on a file
 * of 100,000 rows, for file: and async: with H2's default write delay and with WRITE_DELAY=0, interleaved in rounds
 * so that a busy machine slows every variant alike; with the bytes written per commit, which load does not change.
 *
 *   java -cp <h2 jar> bench/H2Cost.java <directory> [<rounds> [<commits per round>]]
 */
public class H2Cost {

    /** Bytes this process has handed to write calls (its threads included): a measure the machine's load leaves alone. */
    static long written() throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/io"))) {
            if (line.startsWith("wchar:")) {
                return Long.parseLong(line.substring(6).strip());
            }
        }
        return 0;
    }

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int commits = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        String[][] variants = {{"file:", ""}, {"file:", ";WRITE_DELAY=0"}, {"async:", ""}, {"async:", ";WRITE_DELAY=0"}};
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir + "/cost", "sa", "");
                Statement s = c.createStatement()) {
            s.execute("drop table if exists t");
            s.execute("create table t (id bigint primary key, k int not null, v varchar(200))");
            s.execute("create index t_k on t (k)");
            s.execute("insert into t select x, mod(x, 1000), repeat('v', 100) from system_range(1, 100000)");
        }
        Random random = new Random(7);
        for (int round = 1; round <= rounds; round++) {
            for (String[] v : variants) {
                String url = "jdbc:h2:" + v[0] + dir + "/cost" + v[1];
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                        PreparedStatement u = c.prepareStatement("update t set k = ?, v = ? where id = ?");
                        Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    long w0 = written();
                    long t0 = System.nanoTime();
                    for (int i = 0; i < commits; i++) {
                        u.setInt(1, random.nextInt(1000));
                        u.setString(2, "w" + i);
                        u.setLong(3, 1 + random.nextInt(100000));
                        u.executeUpdate();
                    }
                    long commitNs = System.nanoTime() - t0;
                    long bytes = written() - w0;
                    t0 = System.nanoTime();
                    try (ResultSet r = s.executeQuery("select count(v) from t use index ()")) {
                        r.next();
                    }
                    long scanNs = System.nanoTime() - t0;
                    System.out.printf("round %d  %-6s %-16s %6.0f commits/s  %6.1f KiB written per commit  scan %4d ms%n",
                            round, v[0], v[1].isEmpty() ? "(default delay)" : v[1].substring(1), commits * 1e9 / commitNs,
                            bytes / 1024.0 / commits, scanNs / 1_000_000);
                }
            }
        }
    }
}
