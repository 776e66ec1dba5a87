package org.pacta.maintenance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every table of an H2 database in full, once by a scan of its rows and once through each of its indexes,
 * and checks that every reference points at a row (design decision 23). An index entry whose row is gone is how the
 * row loss of 28 Nov showed ({@code Row "21912" not found in primary index}); a row an index does not list, or lists
 * under stale values, is the same damage the other way round.
 *
 * <p>Plain JDBC and the JDK only, so that it runs in the node ({@link DatabaseResource}) and with the node stopped:
 * {@code java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' org.pacta.maintenance.DatabaseCheck
 * 'jdbc:h2:file:./data/pacta;ACCESS_MODE_DATA=r' pacta ''} prints the report and exits 0 when nothing is wrong, 1 when something is.
 */
public final class DatabaseCheck {

    /** Columns that hold an id of another table's row without a foreign key (rows removed together in code). */
    static final List<Reference> LOGICAL = List.of(
            new Reference("NOTIFICATION", List.of("COMMITMENT_ID"), "COMMITMENT", List.of("ID"), "(no foreign key)"),
            new Reference("NOTIFICATION", List.of("AGREEMENT_ID"), "AGREEMENT", List.of("ID"), "(no foreign key)"),
            new Reference("NOTIFICATION", List.of("MILESTONE_ID"), "MILESTONE", List.of("ID"), "(no foreign key)"));

    static final int SAMPLE = 10;

    public record IndexResult(String index, List<String> columns, long rows, List<String> problems) {
    }

    public record TableResult(String table, long rowsByScan, long rowsByCount, List<IndexResult> indexes,
            List<String> problems) {
    }

    public record Reference(String table, List<String> columns, String target, List<String> targetColumns,
            String constraint) {
    }

    public record ReferenceResult(String table, List<String> columns, String target, String constraint, long missing,
            List<String> problems) {
    }

    public record Report(boolean ok, long rowsRead, long millis, List<TableResult> tables,
            List<ReferenceResult> references, List<String> problems) {
    }

    private DatabaseCheck() {
    }

    /** Checks the H2 database behind this connection; only reads. */
    public static Report run(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        List<TableResult> tables = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long read = 0;
        for (String table : tables(c)) {
            TableResult t = table(c, table);
            tables.add(t);
            read += t.rowsByScan() * (1 + t.indexes().size());
            t.problems().forEach(p -> problems.add(table + ": " + p));
            t.indexes().forEach(i -> i.problems().forEach(p -> problems.add(table + "." + i.index() + ": " + p)));
        }
        List<ReferenceResult> references = new ArrayList<>();
        List<Reference> all = new ArrayList<>(foreignKeys(c));
        LOGICAL.stream().filter(r -> tables.stream().anyMatch(t -> t.table().equals(r.table()))).forEach(all::add);
        for (Reference r : all) {
            ReferenceResult rr = reference(c, r);
            references.add(rr);
            rr.problems().forEach(p -> problems.add(r.table() + " " + r.columns() + " -> " + r.target() + ": " + p));
        }
        return new Report(problems.isEmpty(), read, Duration.ofNanos(System.nanoTime() - t0).toMillis(), tables,
                references, problems);
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name from"
                + " information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'"
                + " order by table_name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    static TableResult table(Connection c, String table) throws SQLException {
        List<String> problems = new ArrayList<>();
        long byCount;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + q(table))) {
            r.next();
            byCount = r.getLong(1);
        }
        // USE INDEX () leaves the table scan as the only way to read: every row the primary store holds, once.
        long[] scanned;
        try {
            scanned = rowIds(c, "select _rowid_ from " + q(table) + " use index ()", null);
        } catch (SQLException e) {
            problems.add("full scan failed: " + e.getMessage());
            return new TableResult(table, -1, byCount, List.of(), problems);
        }
        if (scanned.length != byCount) {
            problems.add("count(*) says " + byCount + " rows, the scan read " + scanned.length);
        }
        List<String> columns = columns(c, table);
        List<IndexResult> indexes = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> index : indexes(c, table).entrySet()) {
            indexes.add(index(c, table, index.getKey(), index.getValue(), columns, scanned));
        }
        return new TableResult(table, scanned.length, byCount, indexes, problems);
    }

    /**
     * Reads the table through one index, in the index's order, with one column the index does not hold, so that
     * every entry is followed to its row; then compares the row ids with the scan's and checks that the rows come
     * in the order of their own values (an entry filed under values its row no longer has comes out of order).
     */
    static IndexResult index(Connection c, String table, String index, List<String[]> indexColumns,
            List<String> columns, long[] scanned) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> names = indexColumns.stream().map(ic -> ic[0]).toList();
        String extra = columns.stream().filter(col -> !names.contains(col)).findFirst().orElse(null);
        StringBuilder select = new StringBuilder("select _rowid_");
        names.forEach(n -> select.append(", ").append(q(n)));
        if (extra != null) {
            select.append(", ").append(q(extra));
        }
        select.append(" from ").append(q(table)).append(" use index (").append(q(index)).append(") order by ");
        for (int i = 0; i < indexColumns.size(); i++) {
            String[] ic = indexColumns.get(i);
            select.append(i == 0 ? "" : ", ").append(q(ic[0])).append(' ').append(ic[1]).append(" nulls ")
                    .append(ic[2]);
        }
        String sql = select.toString();
        String plan = plan(c, sql);
        if (!plan.toUpperCase().contains(index.toUpperCase())) {
            problems.add("H2 would not read through the index (plan: " + plan.replaceAll("\\s+", " ") + ")");
            return new IndexResult(index, names, -1, problems);
        }
        long[] ids;
        try {
            ids = rowIds(c, sql, new IndexOrderCheck(indexColumns, problems));
        } catch (SQLException e) {
            problems.add("read through the index failed: " + e.getMessage());
            return new IndexResult(index, names, -1, problems);
        }
        compare(scanned, ids, problems);
        return new IndexResult(index, names, ids.length, problems);
    }

    /** Differences between the row ids of the scan and of an index, both sorted; a few of each named. */
    static void compare(long[] scanned, long[] indexed, List<String> problems) {
        if (Arrays.equals(scanned, indexed)) {
            return;
        }
        List<Long> onlyScan = new ArrayList<>();
        List<Long> onlyIndex = new ArrayList<>();
        long missingFromIndex = 0;
        long missingFromTable = 0;
        int i = 0;
        int j = 0;
        while (i < scanned.length || j < indexed.length) {
            if (j >= indexed.length || (i < scanned.length && scanned[i] < indexed[j])) {
                missingFromIndex++;
                if (onlyScan.size() < SAMPLE) {
                    onlyScan.add(scanned[i]);
                }
                i++;
            } else if (i >= scanned.length || indexed[j] < scanned[i]) {
                missingFromTable++;
                if (onlyIndex.size() < SAMPLE) {
                    onlyIndex.add(indexed[j]);
                }
                j++;
            } else {
                i++;
                j++;
            }
        }
        if (missingFromIndex > 0) {
            problems.add(missingFromIndex + " row(s) of the table missing from the index, e.g. row ids " + onlyScan);
        }
        if (missingFromTable > 0) {
            problems.add(missingFromTable + " index entrie(s) without their row in the scan, e.g. row ids "
                    + onlyIndex);
        }
        if (missingFromIndex == 0 && missingFromTable == 0) {
            problems.add("the index lists some rows more than once (" + indexed.length + " entries for "
                    + scanned.length + " rows)");
        }
    }

    static long[] rowIds(Connection c, String sql, IndexOrderCheck order) throws SQLException {
        long[] ids = new long[1024];
        int n = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = r.getLong(1);
                    if (order != null) {
                        order.next(r);
                    }
                }
            }
        }
        ids = Arrays.copyOf(ids, n);
        Arrays.sort(ids);
        return ids;
    }

    static String plan(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("explain " + sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = 'PUBLIC' and table_name = ? order by ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }

    /** Each index of the table with its columns: {name, ASC|DESC, FIRST|LAST}. */
    static Map<String, List<String[]>> indexes(Connection c, String table) throws SQLException {
        Map<String, List<String[]>> indexes = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("select index_name, column_name, ordering_specification,"
                + " null_ordering from information_schema.index_columns where table_schema = 'PUBLIC'"
                + " and table_name = ? order by index_name, ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    // H2 leaves the null ordering unset when it is its default (LOW: first when ascending).
                    String direction = r.getString(3) == null ? "ASC" : r.getString(3);
                    String nulls = r.getString(4) != null ? r.getString(4) : direction.equals("ASC") ? "FIRST" : "LAST";
                    indexes.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new String[] {r.getString(2), direction, nulls});
                }
            }
        }
        return indexes;
    }

    static List<Reference> foreignKeys(Connection c) throws SQLException {
        Map<String, Reference> refs = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select rc.constraint_name,"
                + " k.table_name, k.column_name, u.table_name, u.column_name"
                + " from information_schema.referential_constraints rc"
                + " join information_schema.key_column_usage k on k.constraint_schema = rc.constraint_schema"
                + "  and k.constraint_name = rc.constraint_name"
                + " join information_schema.key_column_usage u on u.constraint_schema = rc.unique_constraint_schema"
                + "  and u.constraint_name = rc.unique_constraint_name"
                + "  and u.ordinal_position = k.position_in_unique_constraint"
                + " where rc.constraint_schema = 'PUBLIC' order by rc.constraint_name, k.ordinal_position")) {
            while (r.next()) {
                String name = r.getString(1);
                Reference prev = refs.get(name);
                List<String> from = new ArrayList<>(prev == null ? List.of() : prev.columns());
                List<String> to = new ArrayList<>(prev == null ? List.of() : prev.targetColumns());
                from.add(r.getString(3));
                to.add(r.getString(5));
                refs.put(name, new Reference(r.getString(2), from, r.getString(4), to, name));
            }
        }
        return new ArrayList<>(refs.values());
    }

    /** Rows whose reference names no row of the target table (target read by scan, so a lost row shows). */
    static ReferenceResult reference(Connection c, Reference ref) {
        List<String> problems = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from ").append(q(ref.table())).append(" x where ");
        for (int i = 0; i < ref.columns().size(); i++) {
            sql.append(q(ref.columns().get(i))).append(" is not null and ");
        }
        sql.append("not exists (select 1 from ").append(q(ref.target())).append(" y where ");
        for (int i = 0; i < ref.columns().size(); i++) {
            sql.append(i == 0 ? "" : " and ").append("y.").append(q(ref.targetColumns().get(i))).append(" = x.")
                    .append(q(ref.columns().get(i)));
        }
        sql.append(')');
        long missing = -1;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            r.next();
            missing = r.getLong(1);
            if (missing > 0) {
                problems.add(missing + " row(s) refer to a " + ref.target() + " that is not there");
            }
        } catch (SQLException e) {
            problems.add("check failed: " + e.getMessage());
        }
        return new ReferenceResult(ref.table(), ref.columns(), ref.target(), ref.constraint(), missing, problems);
    }

    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Prints a plain-text report; exit status 0 when nothing is wrong, 1 when something is, 2 when it cannot run. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: DatabaseCheck <jdbc-url> [<user> [<password>]]");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "pacta",
                args.length > 2 ? args[2] : "")) {
            Report report = run(c);
            for (TableResult t : report.tables()) {
                StringBuilder line = new StringBuilder(String.format("%-28s %9d rows by scan, %9d by count(*)",
                        t.table(), t.rowsByScan(), t.rowsByCount()));
                for (IndexResult i : t.indexes()) {
                    line.append(String.format("%n    %-40s %9d", i.index(), i.rows()));
                }
                System.out.println(line);
            }
            System.out.printf("%d references checked, %d rows read in %d ms%n", report.references().size(),
                    report.rowsRead(), report.millis());
            report.problems().forEach(p -> System.out.println("PROBLEM " + p));
            System.out.println(report.ok() ? "OK" : "DAMAGED: " + report.problems().size() + " problem(s)");
            System.exit(report.ok() ? 0 : 1);
        } catch (SQLException e) {
            System.out.println("ERROR " + e.getMessage());
            System.exit(2);
        }
    }
}
