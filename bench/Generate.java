import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Fills a migrated, stopped Pacta database with generated agreements and commitments, fast (JDBC batches).
 *
 *   java -cp <jdbc driver jar> bench/Generate.java <jdbc-url> <user> <password> <commitments> <due-now> [<parties>
 *       [<later-seconds>]]
 *
 * Deadlines spread over a year before and after now: about a third are overdue, a fifth done, a twentieth
 * cancelled. Every commitment has an owner. The first <due-now> commitments are open and overdue and marked for
 * the next follow-up sweep (next_followup_at in the past); with <later-seconds>, the next <due-now> are open and
 * overdue too and fall due <later-seconds> after the generation ends (a sweep of a warmed-up node). Every other
 * open commitment is next looked at in 30 days, so a sweep reads only what is marked. Ids continue after what
 * the database holds; sequences are moved past them.
 */
public class Generate {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int commitments = Integer.parseInt(args[3]);
        int dueNow = Integer.parseInt(args[4]);
        int parties = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        int laterSeconds = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        int forced = laterSeconds > 0 ? 2 * dueNow : dueNow;
        Instant later = Instant.parse("2100-01-01T00:00:00Z");
        int perAgreement = 100;
        Random random = new Random(42);
        Instant now = Instant.now();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            long partyBase = max(c, "party") + 1;
            long agreementBase = max(c, "agreement") + 1;
            long commitmentBase = max(c, "commitment") + 1;
            java.time.OffsetDateTime nowTs = odt(now);
            try (PreparedStatement p = c.prepareStatement(
                    "insert into party (id, version, code, name, time_zone) values (?, 0, ?, ?, ?)")) {
                String[] zones = {"Asia/Tehran", "Europe/Minsk", "Europe/Moscow", "UTC", "Asia/Yerevan"};
                for (int i = 0; i < parties; i++) {
                    p.setLong(1, partyBase + i);
                    p.setString(2, "B" + (partyBase + i));
                    p.setString(3, "Bench party " + (partyBase + i));
                    p.setString(4, zones[i % zones.length]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            int agreements = (commitments + perAgreement - 1) / perAgreement;
            try (PreparedStatement a = c.prepareStatement("insert into agreement (id, version, title, status, created_at,"
                    + " updated_at, is_public, remind_owners) values (?, 0, ?, 'ACTIVE', ?, ?, true, true)");
                    PreparedStatement ap = c.prepareStatement(
                            "insert into agreement_party (agreement_id, party_id, position) values (?, ?, ?)")) {
                for (int i = 0; i < agreements; i++) {
                    long id = agreementBase + i;
                    a.setLong(1, id);
                    a.setString(2, "Bench roadmap " + id);
                    a.setObject(3, nowTs);
                    a.setObject(4, nowTs);
                    a.addBatch();
                    ap.setLong(1, id);
                    ap.setLong(2, partyBase + (i % parties));
                    ap.setInt(3, 0);
                    ap.addBatch();
                    ap.setLong(1, id);
                    ap.setLong(2, partyBase + ((i + 1) % parties));
                    ap.setInt(3, 1);
                    ap.addBatch();
                    if (i % 1000 == 999) {
                        a.executeBatch();
                        ap.executeBatch();
                    }
                }
                a.executeBatch();
                ap.executeBatch();
            }
            c.commit();
            String[] tags = {"economic", "transport", "science", "cultural", "political"};
            String[] open = {"PLANNED", "IN_PROGRESS", "AT_RISK", "BLOCKED"};
            int marked = 0;
            try (PreparedStatement s = c.prepareStatement("insert into commitment (id, version, agreement_id, title,"
                    + " description, responsible_party_id, owner_name, owner_email, priority, due_at, due_zone, due_date_only,"
                    + " baseline_due_at, status, completed_at, percent_complete, created_at, updated_at, next_followup_at,"
                    + " owner_reminders) values (?, 0, ?, ?, null, ?, ?, ?, ?, ?, 'UTC', false, ?, ?, ?, ?, ?, ?, ?, true)");
                    PreparedStatement t = c.prepareStatement("insert into commitment_tag (commitment_id, tag) values (?, ?)")) {
                for (int i = 0; i < commitments; i++) {
                    long id = commitmentBase + i;
                    int agreementIndex = i / perAgreement;
                    long agreement = agreementBase + agreementIndex;
                    long party = partyBase + ((agreementIndex + (i % 2)) % parties);
                    Instant due = now.plus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60) - 365L * 24 * 60));
                    double roll = random.nextDouble();
                    String status = roll < 0.2 ? "DONE" : roll < 0.25 ? "CANCELLED" : open[random.nextInt(open.length)];
                    if (i < forced) {
                        due = now.minus(Duration.ofMinutes(10 + random.nextInt(365 * 24 * 60)));
                        status = open[random.nextInt(open.length)];
                    }
                    boolean isOpen = !status.equals("DONE") && !status.equals("CANCELLED");
                    Instant next = null;
                    if (isOpen) {
                        next = i < dueNow ? now.minusSeconds(60) : i < forced ? later : now.plus(Duration.ofDays(30));
                        if (i < dueNow) {
                            marked++;
                        }
                    }
                    s.setLong(1, id);
                    s.setLong(2, agreement);
                    s.setString(3, "Bench commitment " + id);
                    s.setLong(4, party);
                    s.setString(5, "Owner " + (id % 500));
                    s.setString(6, "owner" + (id % 500) + "@bench.example.org");
                    s.setInt(7, 1 + random.nextInt(4));
                    s.setObject(8, odt(due));
                    s.setObject(9, odt(random.nextDouble() < 0.3 ? due.minus(Duration.ofDays(random.nextInt(60))) : due));
                    s.setString(10, status);
                    s.setObject(11, status.equals("DONE") ? odt(due.minus(Duration.ofDays(random.nextInt(20) - 5))) : null);
                    s.setInt(12, status.equals("DONE") ? 100 : random.nextInt(100));
                    s.setObject(13, nowTs);
                    s.setObject(14, nowTs);
                    s.setObject(15, next == null ? null : odt(next));
                    s.addBatch();
                    t.setLong(1, id);
                    t.setString(2, tags[i % tags.length]);
                    t.addBatch();
                    if (i % 5000 == 4999) {
                        s.executeBatch();
                        t.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
                t.executeBatch();
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("alter sequence party_seq restart with " + (partyBase + parties + 1000));
                st.execute("alter sequence agreement_seq restart with " + (agreementBase + agreements + 1000));
                st.execute("alter sequence commitment_seq restart with " + (commitmentBase + commitments + 1000));
            }
            c.commit();
            if (laterSeconds > 0) {
                try (PreparedStatement u = c.prepareStatement("update commitment set next_followup_at = ? where next_followup_at = ?")) {
                    u.setObject(1, odt(Instant.now().plusSeconds(laterSeconds)));
                    u.setObject(2, odt(later));
                    u.executeUpdate();
                }
                c.commit();
            }
            System.out.printf("Generated %d commitments in %d agreements (%d marked for the next sweep, %d more due %d s after)"
                    + " in %d ms%n", commitments, agreements, marked, forced - dueNow, laterSeconds, Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    static java.time.OffsetDateTime odt(Instant i) {
        return java.time.OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC);
    }

    static long max(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
