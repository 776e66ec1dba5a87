package org.pacta.cluster;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nodes started together on an empty database all come up, and exactly one administrator exists; without a configured
 * password that administrator signs in once with the one-time password from the log and must change it.
 */
class FirstStartIT {

    @RegisterExtension
    final Cluster cluster = new Cluster();

    @Test
    void threeNodesStartedTogetherOnAnEmptyDatabaseCreateOneAdministrator() {
        List<Node> nodes = cluster.start(3);

        assertEquals(1, cluster.database().count("select count(*) from app_user"), "accounts after the first start");
        assertEquals(1, cluster.database().count("select count(*) from app_user where upper(role) = 'ADMIN'"));
        long announced = nodes.stream().filter(n -> n.output().contains("First start: administrator")).count();
        assertEquals(1, announced, "nodes that say they created the administrator");
        for (Node n : nodes) {
            Cluster.signIn(n, Cluster.ADMIN_EMAIL, Cluster.ADMIN_PASSWORD);
        }
        cluster.report("nodes up: " + nodes.size() + ", administrators: 1");
    }

    @Test
    void withoutAConfiguredPasswordTheAdministratorGetsAOneTimePasswordToChange() {
        cluster.with("PACTA_ADMIN_PASSWORD", "");
        Node node = cluster.start(1).get(0);

        Matcher announced = Pattern.compile("created with the one-time password (\\S+) ").matcher(node.output());
        assertTrue(announced.find(), "the log shows the one-time password");
        String oneTime = announced.group(1);
        String session = Cluster.signIn(node, Cluster.ADMIN_EMAIL, oneTime);
        node.given().cookie("quarkus-credential", session).accept(ContentType.JSON).get("/api/me").then().statusCode(200)
                .body("mustChangePassword", is(true));
        // Until it is changed the account reaches nothing else.
        node.given().cookie("quarkus-credential", session).accept(ContentType.JSON).get("/api/parties").then()
                .statusCode(403);
        node.given().redirects().follow(false).formParam("j_username", Cluster.ADMIN_EMAIL)
                .formParam("j_password", Cluster.ADMIN_PASSWORD).post("/j_security_check").then()
                .header("Location", containsString("error"));
    }
}
