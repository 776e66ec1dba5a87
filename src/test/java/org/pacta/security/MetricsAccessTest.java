package org.pacta.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;

/**
 * /q/metrics counts every agreement's overdue commitments, public or not: it is for administrators and for a
 * Prometheus server holding the scrape token. Health probes and the API description stay open.
 */
@QuarkusTest
class MetricsAccessTest {

    private static final String METRICS = "/q/metrics";

    @ConfigProperty(name = "pacta.metrics.token")
    String scrapeToken;

    private static RequestSpecification bearer(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    @Test
    void aVisitorIsAskedForCredentials() {
        RestAssured.given().get(METRICS).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aWrongTokenIsRefused() {
        bearer("not-the-scrape-token-" + scrapeToken).get(METRICS).then().statusCode(401);
        bearer(scrapeToken.substring(1)).get(METRICS).then().statusCode(401);
    }

    @Test
    void theScrapeTokenReadsTheMetrics() {
        bearer(scrapeToken).get(METRICS).then().statusCode(200).body(containsString("pacta_overdue_commitments"));
        RestAssured.given().header("Authorization", "bearer " + scrapeToken).get(METRICS).then().statusCode(200);
    }

    @Test
    void theScrapeTokenOpensNothingElse() {
        bearer(scrapeToken).get("/api/subscriptions").then().spec(Api.problem(401));
        bearer(scrapeToken).get("/api/users").then().spec(Api.problem(401));
    }

    @Test
    void anAdministratorReadsThemWithATokenOrSignedIn() {
        Api.given().get(METRICS).then().statusCode(200).body(containsString("pacta_overdue_commitments"));
        PageSession admin = Personas.admin().session();
        admin.request().get(METRICS).then().statusCode(200);
    }

    @Test
    void otherAccountsMayNot() {
        Accounts.official(Api.party()).given().get(METRICS).then().statusCode(403);
        Personas.monitor().session().request().get(METRICS).then().statusCode(403);
    }

    @Test
    void healthAndTheApiDescriptionStayOpen() {
        RestAssured.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aShortScrapeTokenStopsTheStart() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> MetricsAccess.requireLongEnough(java.util.Optional.of("only-twenty-chars-xx")));
        org.hamcrest.MatcherAssert.assertThat(refused.getMessage(), containsString("at least 32 characters"));
        MetricsAccess.requireLongEnough(java.util.Optional.of(scrapeToken));
        MetricsAccess.requireLongEnough(java.util.Optional.empty());
    }
}
