package org.pacta.platform;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheLedger() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Pacta API"))
                .body("paths", hasKey("/api/commitments"))
                .body("paths", hasKey("/api/agreements/import"))
                .body("paths", hasKey("/api/commitments/{id}/deadline"))
                .body("paths", hasKey("/api/reports/overdue"))
                .body("components.schemas.Commitment.properties.dueAt", notNullValue());
    }

    @Test
    void anUnknownAddressUnderApiIsAProblem() {
        json().get("/api/no-such-thing").then().spec(problem(404));
    }

    @Test
    void anUnsupportedMethodIsAProblem() {
        json().delete("/api/parties").then().spec(problem(405));
    }

    @Test
    void anUnsupportedAcceptIsAProblem() {
        given().accept("application/xml").get("/api/parties").then().spec(problem(406));
    }
}
