package org.pacta.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {
    @Test
    void createsParty() {
        given().contentType("application/json").body("{\"code\":\"ZZ\",\"name\":\"Zed\",\"timeZone\":\"Asia/Tehran\"}")
                .post("/api/parties").then().log().all().statusCode(201).body("code", equalTo("ZZ"));
    }
}
