package org.pacta.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** The test's own PostgreSQL database, created empty and dropped afterwards, and the SQL the tests look through. */
public final class Database {

    static final String HOST = System.getProperty("pacta.cluster.pg-host", "127.0.0.1");
    static final int PORT = Integer.getInteger("pacta.cluster.pg-port", 5432);
    static final String USER = System.getProperty("pacta.cluster.pg-user", "postgres");

    private final String name;

    private Database(String name) {
        this.name = name;
    }

    static Database create() {
        String name = "pacta_cluster_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36)
                .toLowerCase(Locale.ROOT);
        admin("create database " + name);
        return new Database(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return url(name);
    }

    void drop() {
        admin("drop database if exists " + name + " with (force)");
    }

    /** Whether PostgreSQL answers as the user the suite needs. */
    static boolean reachable() {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * What a restart of PostgreSQL looks like to the nodes, for this database only: every connection is cut and
     * new ones are refused until {@link #allowConnections()}.
     */
    public int refuseConnections() {
        admin("alter database " + name + " allow_connections false");
        return terminateBackends();
    }

    public int terminateBackends() {
        return ((Number) adminQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '"
                + name + "' and pid <> pg_backend_pid()").get(0)[0]).intValue();
    }

    public void allowConnections() {
        admin("alter database " + name + " allow_connections true");
    }

    /** The first column of the first row. */
    public long count(String sql) {
        return ((Number) query(sql).get(0)[0]).longValue();
    }

    public List<Object[]> query(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, "")) {
            return rows(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<Object[]> adminQuery(String sql) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "")) {
            return rows(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<Object[]> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Object[]> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
            return out;
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String url(String db) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + db;
    }
}
