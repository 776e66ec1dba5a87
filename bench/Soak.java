import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's writer and its ledger (bench/soak.sh).
 *
 *   java bench/Soak.java write <base-url> <token> <ledger> <seconds> <threads> <cycle> <commitments>
 *   java -cp <h2 jar> bench/Soak.java ledger <jdbc-url> <ledger>
 *
 * write: threads that each own the generated commitments whose id modulo the thread count is theirs, and record
 * progress, move deadlines, create commitments (one agreement per thread) and read lists and reports, until the
 * time is up or the node stops answering. Before each write it appends a "try" line to the ledger; after a 2xx
 * answer an "ack" line (with the id the answer gave), after any other answer a "nak" line. bench/soak.sh appends
 * the same lines for its big CSV imports (op I).
 *
 * ledger: with the node stopped, checks that every acknowledged write is in the database: created commitments and
 * progress updates by id, each commitment's deadline and percent complete as last acknowledged (or as a later write
 * that was sent but never answered: it may have committed), every import whole. It also counts writes sent but
 * never answered and whether they committed. Prints one line "ledger: ..." and exits 1 when an acknowledged write
 * is missing.
 */
public class Soak {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            write(args);
        } else {
            System.exit(ledger(args[1], Path.of(args[2])) ? 0 : 1);
        }
    }

    // ---------------------------------------------------------------- writer

    static OutputStream ledger;

    static synchronized void log(String line) {
        try {
            ledger.write((line + "\n").getBytes(StandardCharsets.UTF_8));  // unbuffered: one write(2) per line
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(String[] args) throws Exception {
        String base = args[1];
        String token = args[2];
        ledger = new FileOutputStream(args[3], true);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        int threads = Integer.parseInt(args[5]);
        String cycle = args[6];
        long commitments = Long.parseLong(args[7]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong acks = new AtomicLong();
        AtomicLong naks = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread w = new Thread(() -> {
                Random random = new Random(cycle.hashCode() * 31L + thread);
                long agreement = 1 + random.nextInt((int) Math.max(1, commitments / 100));
                String party = null;
                int n = 0;
                int consecutiveFailures = 0;
                while (System.nanoTime() < until && consecutiveFailures < 20) {
                    String tag = cycle + "-" + thread + "-" + (n++);
                    long cid = 1 + thread + (long) threads * random.nextInt((int) (commitments / threads));
                    double roll = random.nextDouble();
                    try {
                        if (roll < 0.35) {
                            int pct = random.nextInt(101);
                            log("try " + tag + " P " + cid + " " + pct);
                            HttpResponse<String> r = send(http, base, token, "POST", "/api/commitments/" + cid + "/updates",
                                    "{\"note\":\"soak " + tag + "\",\"percentComplete\":" + pct + "}");
                            answer(r, tag, "P", cid, String.valueOf(pct), acks, naks);
                        } else if (roll < 0.6) {
                            Instant due = Instant.parse("2027-06-01T00:00:00Z").plusSeconds(random.nextInt(30_000_000));
                            log("try " + tag + " D " + cid + " " + due);
                            HttpResponse<String> r = send(http, base, token, "POST", "/api/commitments/" + cid + "/deadline",
                                    "{\"dueAt\":\"" + due + "\",\"reason\":\"soak " + tag + "\"}");
                            answer(r, tag, "D", cid, due.toString(), acks, naks);
                        } else if (roll < 0.8) {
                            if (party == null) {
                                HttpResponse<String> a = send(http, base, token, "GET", "/api/agreements/" + agreement, null);
                                Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(a.body());
                                party = m.find() ? m.group(1) : "B1";
                            }
                            String title = "Soak " + tag;
                            log("try " + tag + " C " + agreement + " " + title.replace(' ', '_'));
                            HttpResponse<String> r = send(http, base, token, "POST", "/api/agreements/" + agreement + "/commitments",
                                    "{\"title\":\"" + title + "\",\"responsibleParty\":\"" + party + "\",\"dueAt\":\""
                                            + Instant.now().plus(Duration.ofDays(1 + random.nextInt(300))) + "\"}");
                            answer(r, tag, "C", agreement, title.replace(' ', '_'), acks, naks);
                        } else {
                            String[] paths = {"/api/commitments?overdue=true&size=20", "/api/reports/overdue",
                                    "/api/commitments/" + cid, "/api/followup/status", "/"};
                            send(http, base, token, "GET", paths[random.nextInt(paths.length)], null);
                            reads.incrementAndGet();
                        }
                        consecutiveFailures = 0;
                    } catch (IOException | InterruptedException e) {
                        if (failures.incrementAndGet() <= 3) {
                            System.out.println("no answer: " + e);
                        }
                        consecutiveFailures++;  // the node is stopping or gone; the write stays a "try"
                        try {
                            Thread.sleep(250);
                        } catch (InterruptedException stop) {
                            return;
                        }
                    }
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.printf("writer: %d acknowledged writes, %d refused, %d reads, %d requests without an answer%n",
                acks.get(), naks.get(), reads.get(), failures.get());
    }

    static HttpResponse<String> send(HttpClient http, String base, String token, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void answer(HttpResponse<String> r, String tag, String op, long cid, String value, AtomicLong acks, AtomicLong naks) {
        if (r.statusCode() / 100 == 2) {
            Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(r.body());
            log("ack " + tag + " " + op + " " + cid + " " + value + " " + (m.find() ? m.group(1) : "-"));
            acks.incrementAndGet();
        } else {
            log("nak " + tag + " " + op + " " + cid + " " + value + " " + r.statusCode());
            naks.incrementAndGet();
        }
    }

    // ---------------------------------------------------------------- ledger check

    record Op(String tag, String op, long key, String value, String state, String id) {
    }

    static boolean ledger(String url, Path file) throws Exception {
        Map<String, Op> ops = new LinkedHashMap<>();  // by tag, in the order the writes were sent
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(" ");
            if (f.length < 5) {
                continue;  // a line cut by a kill of the writer itself
            }
            // A LinkedHashMap keeps a key's first position when it is put again: the ack replaces its try in place.
            ops.put(f[1], new Op(f[1], f[2], Long.parseLong(f[3]), f[4], f[0], f.length > 5 ? f[5] : null));
        }
        int acked = 0;
        int lost = 0;
        int unansweredCommitted = 0;
        int unansweredAbsent = 0;
        int unansweredUnknown = 0;
        List<String> samples = new ArrayList<>();
        Map<String, Integer> lostByOp = new HashMap<>();
        java.util.Set<String> lostTags = new java.util.HashSet<>();  // a lost progress update shows twice: row and percent
        try (Connection c = DriverManager.getConnection(url, "pacta", "")) {
            Map<String, Long> soakTitles = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select id, title from commitment where title like 'Soak %'")) {
                while (r.next()) {
                    soakTitles.put(r.getString(2).replace(' ', '_'), r.getLong(1));
                }
            }
            // The latest acknowledged value of a commitment's deadline / percent, and what was sent after it.
            Map<String, List<Op>> byKey = new LinkedHashMap<>();
            for (Op o : ops.values()) {
                if (o.op().equals("D") || o.op().equals("P")) {
                    byKey.computeIfAbsent(o.op() + o.key(), k -> new ArrayList<>()).add(o);
                }
            }
            try (PreparedStatement progress = c.prepareStatement("select commitment_id, percent_complete from progress_update where id = ?");
                    PreparedStatement commitment = c.prepareStatement("select due_at, percent_complete from commitment where id = ?");
                    PreparedStatement imported = c.prepareStatement("select count(*) from commitment where agreement_id = ?")) {
                for (Op o : ops.values()) {
                    boolean ack = o.state().equals("ack");
                    boolean present;
                    switch (o.op()) {
                        case "C" -> present = soakTitles.containsKey(o.value())
                                && (o.id() == null || o.id().equals("-") || soakTitles.get(o.value()) == Long.parseLong(o.id()));
                        case "P" -> {
                            if (ack && o.id() != null && !o.id().equals("-")) {
                                progress.setLong(1, Long.parseLong(o.id()));
                                try (ResultSet r = progress.executeQuery()) {
                                    present = r.next() && r.getLong(1) == o.key() && r.getString(2).equals(o.value());
                                }
                            } else {
                                unansweredUnknown += o.state().equals("try") ? 1 : 0;
                                continue;  // an update never answered has no id to look for
                            }
                        }
                        case "I" -> {
                            imported.setLong(1, o.key());
                            long n;
                            try (ResultSet r = imported.executeQuery()) {
                                r.next();
                                n = r.getLong(1);
                            }
                            if (n != 0 && n != Long.parseLong(o.value())) {
                                lost++;
                                samples.add("import " + o.tag() + " into agreement " + o.key() + " is partial: " + n + " of " + o.value());
                                continue;
                            }
                            present = n != 0;
                        }
                        default -> {
                            continue;  // D: judged below, on the commitment's final state
                        }
                    }
                    if (ack) {
                        acked++;
                        if (!present && lostTags.add(o.tag())) {
                            lost++;
                            lostByOp.merge(o.op(), 1, Integer::sum);
                            if (samples.size() < 10) {
                                samples.add("acknowledged " + o + " is missing");
                            }
                        }
                    } else if (o.state().equals("try")) {
                        if (present) {
                            unansweredCommitted++;
                        } else {
                            unansweredAbsent++;
                        }
                    }
                }
                for (List<Op> list : byKey.values()) {
                    Op lastAck = null;
                    for (Op o : list) {
                        if (o.state().equals("ack")) {
                            lastAck = o;
                        }
                    }
                    if (list.get(0).op().equals("D")) {
                        acked += (int) list.stream().filter(o -> o.state().equals("ack")).count();
                    }
                    if (lastAck == null) {
                        continue;
                    }
                    List<String> allowed = new ArrayList<>(List.of(lastAck.value()));
                    for (int i = list.indexOf(lastAck) + 1; i < list.size(); i++) {
                        if (list.get(i).state().equals("try")) {
                            allowed.add(list.get(i).value());
                        }
                    }
                    commitment.setLong(1, lastAck.key());
                    String actual;
                    try (ResultSet r = commitment.executeQuery()) {
                        if (!r.next()) {
                            actual = "(no row)";
                        } else if (lastAck.op().equals("D")) {
                            actual = r.getObject(1, OffsetDateTime.class).toInstant().toString();
                        } else {
                            actual = String.valueOf(r.getInt(2));
                        }
                    }
                    if (!allowed.contains(actual) && lostTags.add(lastAck.tag())) {
                        // Another op on the same commitment (a progress update never touches the deadline, a deadline
                        // change never the percent), so this is the acknowledged write lost or overwritten.
                        lost++;
                        lostByOp.merge(lastAck.op(), 1, Integer::sum);
                        if (samples.size() < 10) {
                            samples.add("commitment " + lastAck.key() + " " + (lastAck.op().equals("D") ? "due_at" : "percent")
                                    + " is " + actual + ", last acknowledged " + lastAck.value() + " (" + lastAck.tag() + ")");
                        }
                    }
                }
            }
        }
        System.out.printf("ledger: %d acknowledged writes checked, %d lost %s; sent but never answered: %d committed,"
                + " %d not, %d not checkable%n", acked, lost, lostByOp, unansweredCommitted, unansweredAbsent, unansweredUnknown);
        samples.forEach(s -> System.out.println("LOST " + s));
        return lost == 0;
    }
}
