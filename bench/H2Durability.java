import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * H2 alone, no Pacta: are commits that H2 acknowledged still there after kill -9? The pattern of the 1M soak's fourth
 * life: small single-row writes acknowledged one by one while a large batch update (a sweep) runs beside them, then
 * the JVM is killed. A child JVM writes; this process reads what it acknowledged, kills it, opens the file and looks
 * for every acknowledged row.
 *
 *   java -cp <h2 jar> bench/H2Durability.java <directory> <rows> <lives> <seconds per life> <url prefix> <settings> [nosweep]
 *   e.g. ... /tmp/d 1000000 5 20 jdbc:h2:async: ";WRITE_DELAY=0"
 *
 * With "nosweep" only the single-row writers run. With "deep", each life's check is preceded by opening the file as
 * an MVStore in recovery mode (a scan of every block for the newest complete set of chunks) and closing it.
 *
 * Prints one line per life (acknowledged, lost) and exits 1 when any acknowledged write was lost.
 */
public class H2Durability {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
            return;
        }
        String dir = args[0];
        int rows = Integer.parseInt(args[1]);
        int lives = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String url = args[4] + dir + "/durability" + args[5];
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table if not exists t (id bigint primary key, k int not null, v varchar(200))");
            s.execute("create index if not exists t_k on t (k)");
            s.execute("create table if not exists w (id bigint primary key, writer int not null, v varchar(200))");
            try (ResultSet r = s.executeQuery("select count(*) from t")) {
                r.next();
                if (r.getLong(1) == 0) {
                    s.execute("insert into t select x, mod(x, 1000), repeat('v', 100) from system_range(1, " + rows + ")");
                }
            }
        }
        int totalLost = 0;
        long next = 1;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1 from w")) {
            r.next();
            next = r.getLong(1);
        }
        for (int life = 1; life <= lives; life++) {
            Process child = launch(url, java.util.Arrays.asList(args).contains("nosweep") ? 0 : rows, next);
            ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.US_ASCII))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("ACK ")) {
                            acknowledged.add(Long.parseLong(line.substring(4)));
                        }
                    }
                } catch (Exception e) {
                    // the pipe closes when the child is killed
                }
            });
            reader.start();
            child.waitFor(seconds, TimeUnit.SECONDS);
            child.destroyForcibly().waitFor();
            reader.join();
            if (java.util.Arrays.asList(args).contains("deep")) {
                long started = System.nanoTime();
                org.h2.mvstore.MVStore.Builder builder = new org.h2.mvstore.MVStore.Builder()
                        .fileName(dir + "/durability.mv.db").recoveryMode();
                builder.open().close();
                System.out.println("  deep recovery open: " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
            int lost = 0;
            long max = next;
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 PreparedStatement p = c.prepareStatement("select count(*) from w where id = ?")) {
                for (long id : acknowledged) {
                    p.setLong(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        if (r.getLong(1) == 0) {
                            lost++;
                            System.out.println("  LOST acknowledged row " + id);
                        }
                    }
                    max = Math.max(max, id + 1);
                }
            }
            next = max + 1_000_000;
            totalLost += lost;
            long bytes = java.nio.file.Files.size(java.nio.file.Path.of(dir, "durability.mv.db"));
            System.out.println("life " + life + ": " + acknowledged.size() + " acknowledged, " + lost + " lost; file "
                    + bytes / (1024 * 1024) + " MiB");
        }
        System.out.println(url + ": " + totalLost + " acknowledged writes lost in " + lives + " lives");
        System.exit(totalLost == 0 ? 0 : 1);
    }

    private static Process launch(String url, int rows, long first) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String source = System.getProperty("h2durability.source", "bench/H2Durability.java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), source, "child", url,
                Integer.toString(rows), Long.toString(first))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Three writers insert one row per transaction and say ACK once H2 answered; a sweep updates 20,000 rows at a time. */
    private static void child(String url, int rows, long first) throws Exception {
        java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong(first);
        List<Thread> threads = new ArrayList<>();
        for (int writer = 0; writer < 3; writer++) {
            int w = writer;
            threads.add(new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                     PreparedStatement p = c.prepareStatement("insert into w (id, writer, v) values (?, ?, ?)")) {
                    while (true) {
                        long id = ids.getAndIncrement();
                        p.setLong(1, id);
                        p.setInt(2, w);
                        p.setString(3, "progress " + id);
                        p.executeUpdate();
                        synchronized (System.out) {
                            System.out.println("ACK " + id);
                            System.out.flush();
                        }
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                }
            }));
        }
        threads.add(new Thread(() -> {
            if (rows == 0) {
                return;
            }
            Random random = new Random();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement(
                        "update t set k = k + 1, v = concat(left(v, 100), ?) where id between ? and ?")) {
                    while (true) {
                        long from = 1 + random.nextInt(Math.max(1, rows - 20_000));
                        p.setString(1, Long.toString(System.nanoTime()));
                        p.setLong(2, from);
                        p.setLong(3, from + 19_999);
                        p.executeUpdate();
                        c.commit();
                    }
                }
            } catch (SQLException e) {
                e.printStackTrace();
            }
        }));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
    }
}
