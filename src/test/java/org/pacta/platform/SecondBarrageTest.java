package org.pacta.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Api.ADMIN_EMAIL;
import static org.pacta.testsupport.Api.ADMIN_PASSWORD;
import static org.pacta.testsupport.Api.adminToken;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.total;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacta.testsupport.PageSession;

/** The classes of failure that the second run of the hostile-input barrage (bench/barrage.sh) still found. */
@QuarkusTest
class SecondBarrageTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ParameterizedTest
    @ValueSource(strings = {"", ";", "application/", "application/json; charset=x-bogus", "text/plain; charset=\"\""})
    void aContentTypeThatIsNoMediaTypeIsRefusedWith415(String contentType) throws Exception {
        String a = party();
        long before = total("/api/agreements?size=1");
        // Sent byte for byte: REST Assured would pick or encode a type of its own.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/agreements"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Roadmap\",\"parties\":[\"" + a + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode(), equalTo(415));
        assertThat(answer.body(), containsString("application/json"));
        assertThat(answer.body(), not(containsString("Exception")));
        assertThat(total("/api/agreements?size=1"), equalTo(before));
    }

    @Test
    void aPageFormWithAnUnknownCharsetIsRefusedWith415() throws Exception {
        PageSession page = PageSession.signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.page("/account");
        String csrf = page.csrfToken();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/account/zone"))
                .header("Cookie", PageSession.SESSION_COOKIE + "=" + page.cookie(PageSession.SESSION_COOKIE) + "; "
                        + PageSession.CSRF_FIELD + "=" + page.cookie(PageSession.CSRF_FIELD))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=x-bogus")
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + csrf + "&timeZone=UTC")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode(), equalTo(415));
        assertThat(answer.body(), containsString("Content-Type"));
    }

    @Test
    void aWriteThatWaitsTooLongForALockGets503AndSavesNothing() throws Exception {
        // PostgreSQL has no lock timeout unless an operator sets one; H2 gives up after its own.
        assumeTrue("h2".equals(dbKind), "PostgreSQL waits for a lock without a timeout by default");
        String a = party();
        long before = total("/api/agreements?size=1");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another transaction holds the ledger's stamp row, which every change to an agreement raises.
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update ledger_stamp set version = version + 1 where id = 1").executeUpdate();
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS), equalTo(true));
            json().body(agreementBody(a)).post("/api/agreements")
                    .then().spec(problem(503)).header("Retry-After", "2")
                    .body("detail", containsString("Send it again"));
        } finally {
            release.countDown();
            holder.get(60, TimeUnit.SECONDS);
        }
        assertThat(total("/api/agreements?size=1"), equalTo(before));
        agreement(a);
        assertThat(total("/api/agreements?size=1"), equalTo(before + 1));
    }
}
