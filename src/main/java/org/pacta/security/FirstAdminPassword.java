package org.pacta.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.pacta.platform.PactaConfig;

/**
 * The first administrator's password and its hash. On an empty database the hash (bcrypt at cost 12, the largest
 * single item of a first start in a cold JVM: docs/benchmarks.md) is begun on its own thread when the migrations are
 * configured, so that it runs beside them and the rest of start-up instead of after them. Flyway's configuration is
 * the first moment at which the application's configuration and database are both at hand.
 */
@ApplicationScoped
public class FirstAdminPassword implements FlywayConfigurationCustomizer {

    /** The password to give the administrator, whether they must change it, and its hash once computed. */
    record Prepared(String password, boolean oneTime, CompletableFuture<String> hash) {
    }

    @Inject
    PactaConfig config;

    @Inject
    AgroalDataSource dataSource;

    private Prepared early;

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        if (noAccountYet()) {
            synchronized (this) {
                early = prepare(true);
            }
        }
    }

    /** The one begun early if there is one, else one prepared now (and hashed on the calling thread). */
    synchronized Prepared take() {
        Prepared p = early != null ? early : prepare(false);
        early = null;
        return p;
    }

    /** The configured password (the caller checks it against the password rules), or a fresh one-time password. */
    private Prepared prepare(boolean inBackground) {
        var configured = config.admin().password().filter(p -> !p.isBlank());
        String password = configured.orElseGet(FirstAdminPassword::oneTimePassword);
        CompletableFuture<String> hash = inBackground
                ? CompletableFuture.supplyAsync(() -> Passwords.hash(password), FirstAdminPassword::daemon)
                : CompletableFuture.completedFuture(Passwords.hash(password));
        return new Prepared(password, configured.isEmpty(), hash);
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void daemon(Runnable work) {
        Thread t = new Thread(work, "first-administrator-password");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Before the migrations: no account table yet, or an empty one. The table is looked up in the catalogue first,
     * so a first start does not leave a failed query in the database server's log. A wrong guess costs only a hash
     * unused.
     */
    private boolean noAccountYet() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String table = meta.storesUpperCaseIdentifiers() ? "APP_USER" : "app_user";
            try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), table, new String[] {"TABLE"})) {
                if (!tables.next()) {
                    return true;
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from app_user")) {
                return rs.next() && rs.getLong(1) == 0;
            }
        } catch (SQLException unreadable) {
            return true;
        }
    }
}
