package org.pacta.cluster;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What one node is told, the others know at once: the ledger is in the database, sessions in a shared key. */
class SharedStateIT {

    @RegisterExtension
    final Cluster cluster = new Cluster();

    @Test
    void aWriteOnOneNodeIsReadOnTheOtherAtOnce() {
        List<Node> nodes = cluster.start(2);
        Node a = nodes.get(0);
        Node b = nodes.get(1);
        String token = Cluster.adminToken(a);

        String code = "CL" + Long.toString(System.nanoTime() % 100_000_000L);
        Cluster.api(a, token).body(Map.of("code", code, "name", "Ministry " + code, "timeZone", "Europe/Minsk"))
                .post("/api/parties").then().statusCode(201);
        Cluster.api(b, token).get("/api/parties/" + code).then().statusCode(200).body("name", equalTo("Ministry " + code));

        long agreement = Cluster.api(a, token).body(Map.of("title", "Roadmap " + code, "parties", List.of(code)))
                .post("/api/agreements").then().statusCode(201).extract().jsonPath().getLong("id");
        String dueAt = Instant.now().plusSeconds(86_400).truncatedTo(ChronoUnit.SECONDS).toString();
        long commitment = Cluster.api(b, token).body(Map.of("title", "Joint commission", "responsibleParty", code,
                "dueAt", dueAt))
                .post("/api/agreements/" + agreement + "/commitments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String etag = Cluster.api(a, token).get("/api/commitments/" + commitment).then().statusCode(200)
                .body("title", equalTo("Joint commission")).extract().header("ETag");

        // An edit through A makes B's copy of the version stale at once: B refuses a write based on it.
        Cluster.api(a, token).header("If-Match", etag).body(Map.of("title", "Joint commission, second session",
                "responsibleParty", code, "dueAt", dueAt))
                .put("/api/commitments/" + commitment).then().statusCode(200);
        Cluster.api(b, token).get("/api/commitments/" + commitment).then().statusCode(200)
                .body("title", equalTo("Joint commission, second session"));
        Cluster.api(b, token).header("If-Match", etag).body(Map.of("title", "Lost update", "responsibleParty", code,
                "dueAt", dueAt))
                .put("/api/commitments/" + commitment).then().statusCode(412);
    }

    @Test
    void aSignInOnOneNodeWorksOnTheOthers() {
        List<Node> nodes = cluster.start(2);
        Node a = nodes.get(0);
        Node b = nodes.get(1);

        String session = Cluster.signIn(a, Cluster.ADMIN_EMAIL, Cluster.ADMIN_PASSWORD);
        b.given().cookie("quarkus-credential", session).accept(ContentType.JSON).get("/api/me").then().statusCode(200)
                .body("email", equalTo(Cluster.ADMIN_EMAIL));
        b.given().cookie("quarkus-credential", session).get("/").then().statusCode(200);

        String token = Cluster.adminToken(b);
        long me = Cluster.api(a, token).get("/api/me").then().statusCode(200).body("email", equalTo(Cluster.ADMIN_EMAIL))
                .extract().jsonPath().getLong("id");

        // Signing out everywhere through B ends the session started on A, on A as well.
        String other = Cluster.signIn(a, Cluster.ADMIN_EMAIL, Cluster.ADMIN_PASSWORD);
        Cluster.api(b, Cluster.adminToken(a)).post("/api/users/" + me + "/sign-out-everywhere").then().statusCode(200);
        a.given().cookie("quarkus-credential", other).accept(ContentType.JSON).get("/api/me").then().statusCode(401);
        Cluster.api(a, token).get("/api/me").then().statusCode(401);
    }

    @Test
    void theDashboardOfOneNodeCountsWhatAnotherNodeJustRecorded() {
        List<Node> nodes = cluster.start(2);
        Node a = nodes.get(0);
        Node b = nodes.get(1);
        String token = Cluster.adminToken(a);
        String code = "DB" + Long.toString(System.nanoTime() % 100_000_000L);
        Cluster.api(a, token).body(Map.of("code", code, "name", "Ministry " + code, "timeZone", "Asia/Tehran"))
                .post("/api/parties").then().statusCode(201);
        long agreement = Cluster.api(a, token).body(Map.of("title", "Roadmap " + code, "parties", List.of(code)))
                .post("/api/agreements").then().statusCode(201).extract().jsonPath().getLong("id");
        long before = overdueOnDashboard(b, token);

        String pastDue = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Cluster.api(a, token).body(Map.of("title", "Late report", "responsibleParty", code, "dueAt", pastDue))
                .post("/api/agreements/" + agreement + "/commitments").then().statusCode(201);

        // No waiting: B kept its figures, but the ledger's stamp tells it they are out of date.
        org.hamcrest.MatcherAssert.assertThat(overdueOnDashboard(b, token), equalTo(before + 1));
    }

    private static long overdueOnDashboard(Node node, String token) {
        String html = node.given().header("Authorization", "Bearer " + token).accept(ContentType.HTML).get("/").then()
                .statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("stat-overdue\"[^>]*><span class=\"num\">(\\d+)</span>").matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "the dashboard shows an overdue count");
        return Long.parseLong(m.group(1));
    }
}
