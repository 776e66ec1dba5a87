package org.pacta.commitment;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentState;
import static org.pacta.testsupport.Api.getCommitment;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.party;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;

/**
 * Two changes to the same commitment at once: the second waits for the first instead of failing. On a loaded machine
 * another change (a sweep batch, an import, a concurrent edit) held a commitment for more than H2's default 2 s, and
 * the edit behind it answered 503 (the fourth hostile barrage).
 */
@QuarkusTest
class ConcurrentWriteTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEditBehindAnotherChangeOfSeveralSecondsWaitsForItAndIsSaved() throws Exception {
        String party = party();
        long id = commitment(agreement(party), party);
        Body edit = Body.from(commitmentState(id)).with("title", "Saved after the other change");

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement("update commitment set title = title where id = ?")) {
                hold.setLong(1, id);
                assertThat(hold.executeUpdate(), equalTo(1));
            }
            CompletableFuture<Response> put = CompletableFuture.supplyAsync(
                    () -> json().body(edit).put("/api/commitments/{id}", id).andReturn());
            await("the edit waits while the other change holds the row").during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(6)).until(() -> !put.isDone());
            other.commit();

            Response answer = put.get(30, TimeUnit.SECONDS);
            assertThat(answer.asString(), answer.statusCode(), equalTo(200));
        }
        assertThat(getCommitment(id).getString("title"), equalTo("Saved after the other change"));
    }
}
