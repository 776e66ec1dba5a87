package org.pacta.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Nodes started together on an empty database all come up, and exactly one administrator exists. */
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
}
