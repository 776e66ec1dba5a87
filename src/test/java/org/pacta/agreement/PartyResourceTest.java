package org.pacta.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.partyBody;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;

@QuarkusTest
class PartyResourceTest {

    @Test
    void aPartyIsCreatedWithAnUpperCasedCodeAndFoundByIt() {
        String code = uniqueCode();
        Body body = partyBody("Asia/Tehran").with("code", code.toLowerCase(Locale.ROOT));

        json().body(body).post("/api/parties").then().statusCode(201)
                .header("Location", containsString("/api/parties/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("timeZone", equalTo("Asia/Tehran"));

        json().get("/api/parties/{code}", code.toLowerCase(Locale.ROOT)).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(body.get("name")));
    }

    @Test
    void theListIsSortedByCodeAndPaginated() {
        // Created in the opposite order; compared only with each other, as other data may share the database.
        String prefix = uniqueCode().substring(0, 9);
        String later = prefix + "B";
        String earlier = prefix + "A";
        json().body(partyBody("UTC").with("code", later)).post("/api/parties").then().statusCode(201);
        json().body(partyBody("UTC").with("code", earlier)).post("/api/parties").then().statusCode(201);

        List<String> codes = allCodes();
        assertThat(codes, hasItem(later));
        assertThat(codes.indexOf(earlier), allOf(greaterThanOrEqualTo(0), lessThan(codes.indexOf(later))));
        json().get("/api/parties?size=1&page=1").then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("totalPages", equalTo(codes.size()));
        json().get("/api/parties?size=201").then().spec(problem(422)).body("errors.field", hasItem("size"));
    }

    private static List<String> allCodes() {
        List<String> codes = new ArrayList<>();
        int pages = json().get("/api/parties?size=200").then().extract().path("totalPages");
        for (int page = 0; page < pages; page++) {
            codes.addAll(json().get("/api/parties?size=200&page=" + page).then().extract().<List<String>>path("items.code"));
        }
        return codes;
    }

    @Test
    void aSecondPartyWithTheSameCodeIsAConflict() {
        String code = party();

        json().body(partyBody("UTC").with("code", code)).post("/api/parties").then().spec(problem(409))
                .body("detail", containsString(code));
    }

    @Test
    void renamingNeedsTheVersionAndBumpsIt() {
        String code = party();
        Body rename = Body.of("name", "Renamed ministry", "timeZone", "Europe/Minsk");

        json().body(rename).put("/api/parties/{code}", code).then().spec(problem(428));
        json().header("If-Match", "\"0\"").body(rename).put("/api/parties/{code}", code).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed ministry"))
                .body("timeZone", equalTo("Europe/Minsk"))
                .body("version", equalTo(1));
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedAndAStaleBodyVersionIsAConflict() {
        String code = party();
        json().body(Body.of("name", "First edit", "timeZone", "UTC", "version", 0)).put("/api/parties/{code}", code)
                .then().statusCode(200);

        json().header("If-Match", "\"0\"").body(Body.of("name", "Late edit", "timeZone", "UTC"))
                .put("/api/parties/{code}", code).then().spec(problem(412))
                .body("detail", containsString("version 0"));
        json().body(Body.of("name", "Late edit", "timeZone", "UTC", "version", 0))
                .put("/api/parties/{code}", code).then().spec(problem(409));

        json().get("/api/parties/{code}", code).then().body("name", equalTo("First edit"));
    }

    @Test
    void theCodeCannotChange() {
        String code = party();

        json().header("If-Match", "\"0\"").body(Body.of("code", uniqueCode(), "name", "X", "timeZone", "UTC"))
                .put("/api/parties/{code}", code).then().spec(problem(422))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void anUnusedPartyCanBeDeleted() {
        String code = party();

        json().delete("/api/parties/{code}", code).then().statusCode(204);
        json().get("/api/parties/{code}", code).then().spec(problem(404));
    }

    @Test
    void aPartyInUseCannotBeDeleted() {
        String code = party();
        agreement(code);

        json().delete("/api/parties/{code}", code).then().spec(problem(409))
                .body("detail", containsString("1 agreement(s)"));
        json().get("/api/parties/{code}", code).then().statusCode(200);
    }

    @Test
    void anUnknownPartyIsNotFound() {
        json().get("/api/parties/{code}", uniqueCode()).then().spec(problem(404));
        json().delete("/api/parties/{code}", uniqueCode()).then().spec(problem(404));
    }
}
