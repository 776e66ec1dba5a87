package org.pacta.maintenance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pacta.platform.Refusal;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Personas;

@QuarkusTest
class DatabaseMaintenanceTest {

    @Inject
    DatabaseMaintenance maintenance;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private void assumeH2() {
        assumeTrue("h2".equals(dbKind), "the embedded database's check and backup (PostgreSQL has its own tools)");
    }

    @Test
    void onPostgreSqlTheOperatorIsToldWhichToolsToUse() {
        assumeTrue(!"h2".equals(dbKind), "PostgreSQL only");
        for (String op : List.of("check", "backup")) {
            Api.given().post("/api/admin/database/" + op).then().statusCode(409).contentType(Api.PROBLEM_JSON)
                    .body("detail", org.hamcrest.Matchers.containsString("pg_dump"))
                    .body("detail", org.hamcrest.Matchers.containsString("amcheck"));
        }
    }

    @Test
    void theCheckReadsEveryTableByScanAndThroughEachIndex() {
        assumeH2();
        String party = Api.party();
        long agreement = Api.agreement(party);
        long commitment = Api.commitment(agreement, Api.commitmentBody(party));

        JsonPath report = Api.given().post("/api/admin/database/check").then().statusCode(200).extract().jsonPath();

        assertTrue(report.getBoolean("ok"), () -> report.getList("problems").toString());
        Map<String, Object> table = report.getMap("tables.find { it.table == 'COMMITMENT' }");
        long rows = ((Number) table.get("rowsByScan")).longValue();
        assertTrue(rows >= 1);
        assertEquals(rows, ((Number) table.get("rowsByCount")).longValue());
        List<Map<String, Object>> indexes = report.getList("tables.find { it.table == 'COMMITMENT' }.indexes");
        assertTrue(indexes.size() >= 6, "the commitment table's indexes: " + indexes);
        indexes.forEach(i -> assertEquals(rows, ((Number) i.get("rows")).longValue(), i.toString()));
        assertTrue(report.getList("references.findAll { it.table == 'COMMITMENT' }.target").contains("AGREEMENT"));
        assertTrue(commitment > 0);
    }

    @Test
    void theCheckFindsAReferenceToARowThatIsGone() throws Exception {
        assumeH2();
        String party = Api.party();
        long agreement = Api.agreement(party);
        long commitment = Api.commitment(agreement, Api.commitmentBody(party));
        long missing = 9_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xffffff);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // A notification names commitments without a foreign key: the check must notice one that names nothing.
            s.execute("insert into notification (id, idempotency_key, kind, stage, commitment_id, occurrence,"
                    + " recipient_kind, channel, recipient, not_before, status, attempts, created_at) values (" + missing
                    + ", 'check-test:" + missing + "', 'OVERDUE', 'OVERDUE', " + missing + ", current_timestamp,"
                    + " 'OWNER', 'EMAIL', 'nobody@example.org', current_timestamp, 'CANCELLED', 0, current_timestamp)");
        }
        try {
            DatabaseCheck.Report report = maintenance.check();
            assertFalse(report.ok());
            assertTrue(report.problems().stream().anyMatch(p -> p.startsWith("NOTIFICATION [COMMITMENT_ID] -> COMMITMENT")),
                    report.problems().toString());
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("delete from notification where id = " + missing);
            }
        }
        assertTrue(commitment > 0);
    }

    @Test
    void whileACheckRunsASecondCheckOrBackupIsToldToWaitForIt() {
        assumeH2();
        List<String> answers = maintenance.alone("check", () -> List.of("check", "backup").stream()
                .map(op -> Api.given().post("/api/admin/database/" + op).then().statusCode(409)
                        .contentType(Api.PROBLEM_JSON).extract().jsonPath().getString("detail"))
                .toList());
        answers.forEach(detail -> assertTrue(detail.startsWith("A database check started at ")
                && detail.contains("is still running on this node"), detail));
        Api.given().post("/api/admin/database/check").then().statusCode(200);
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithEveryRow() throws Exception {
        assumeH2();
        String party = Api.party();
        long agreement = Api.agreement(party);
        long commitment = Api.commitment(agreement, Api.commitmentBody(party));
        long commitments;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from commitment")) {
            r.next();
            commitments = r.getLong(1);
        }

        JsonPath backup = Api.given().post("/api/admin/database/backup").then().statusCode(201)
                .body("file", startsWith("pacta-")).body("bytes", greaterThan(0)).extract().jsonPath();

        Path file = Path.of(backup.getString("path"));
        assertEquals(backup.getLong("bytes"), Files.size(file));
        String url = "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "pacta", ""); Statement s = c.createStatement()) {
            s.execute("runscript from '" + file.toAbsolutePath() + "' compression gzip");
            try (ResultSet r = s.executeQuery("select count(*) from commitment")) {
                r.next();
                assertTrue(r.getLong(1) >= commitments, "rows restored: " + r.getLong(1) + " of at least " + commitments);
            }
            try (ResultSet r = s.executeQuery("select agreement_id from commitment where id = " + commitment)) {
                assertTrue(r.next());
                assertEquals(agreement, r.getLong(1));
            }
            assertTrue(DatabaseCheck.run(c).ok());
            s.execute("shutdown");
        }
        Api.given().queryParam("itemType", "DATABASE").get("/api/audit").then().statusCode(200)
                .body("items.itemId", hasItem(backup.getString("file"))).body("items[0].action", equalTo("BACKUP"));
    }

    @Test
    void aBackupDirectoryThatIsAFileIsAClearRefusal() throws Exception {
        assumeH2();
        Path notADirectory = Files.createTempFile("pacta-backup-dir", ".txt");
        Refusal refusal = assertThrows(Refusal.class, () -> maintenance.backup(notADirectory));
        assertEquals(409, org.pacta.platform.ProblemMapper.statusOf(refusal.reason()));
        assertTrue(refusal.getMessage().contains(notADirectory.toAbsolutePath().toString()), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("pacta.backup.dir"), refusal.getMessage());
    }

    @Test
    void aMissingBackupDirectoryIsCreated() throws Exception {
        assumeH2();
        Path dir = Files.createTempDirectory("pacta-backups").resolve("not/yet/there");
        DatabaseMaintenance.Backup b = maintenance.backup(dir);
        assertTrue(Files.isRegularFile(dir.resolve(b.file())));
    }

    @Test
    void onlyAnAdministratorChecksOrBacksUp() {
        String party = Api.party();
        for (Personas.Persona p : List.of(Personas.official(party), Personas.monitor())) {
            String token = Api.token(p.email(), p.password(), "maintenance");
            for (String op : List.of("check", "backup")) {
                Api.anonymous().header("Authorization", "Bearer " + token).post("/api/admin/database/" + op).then()
                        .statusCode(403).contentType(Api.PROBLEM_JSON);
            }
        }
        for (String op : List.of("check", "backup")) {
            Api.anonymous().post("/api/admin/database/" + op).then().statusCode(401);
        }
    }
}
