package org.pacta.notify;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.party;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;

/** The outbox as the API shows it: filters, one row, and what cannot be retried. */
@QuarkusTest
class NotificationApiTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String owner;
    private long commitmentId;
    private long milestoneId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-02T09:00:00Z"));
        String partyCode = party("Europe/Minsk");
        long agreementId = agreement(partyCode).create();
        owner = email("owner");
        commitmentId = commitment(agreementId, partyCode).owner("Owner", owner).dueDate(LocalDate.of(2026, 11, 4)).create();
        milestoneId = given().contentType(ContentType.JSON).body(Map.of("title", "Draft agreed", "dueDate", "2026-11-03"))
                .post("/api/commitments/" + commitmentId + "/milestones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        driver.sweep();
    }

    private List<String> stages(String query) {
        return given().get("/api/notifications?size=200&" + query).then().statusCode(200)
                .extract().jsonPath().getList("items.stage");
    }

    @Test
    void filtersNarrowTheOutboxToOneItemRecipientKindAndStatus() {
        assertEquals(List.of("DUE_SOON:P1D", "DUE_SOON:P3D"), stages("commitment=" + commitmentId),
                "the milestone's reminder and the commitment's, newest first");
        assertEquals(List.of("DUE_SOON:P1D"), stages("milestone=" + milestoneId));
        assertEquals(List.of("DUE_SOON:P1D", "DUE_SOON:P3D"), stages("recipient=" + owner + "&kind=due_soon"));
        assertEquals(List.of(), stages("recipient=" + owner + "&kind=OVERDUE,ESCALATION"));
        assertEquals(List.of("DUE_SOON:P1D", "DUE_SOON:P3D"), stages("commitment=" + commitmentId + "&status=PENDING"));
        assertEquals(List.of(), stages("commitment=" + commitmentId + "&status=SENT"));

        driver.send();

        assertEquals(List.of("DUE_SOON:P1D", "DUE_SOON:P3D"), stages("commitment=" + commitmentId + "&status=SENT,DEAD"));
    }

    @Test
    void oneNotificationByIdAndUnknownOnesAreNotFound() {
        Map<String, Object> row = given().get("/api/notifications?milestone=" + milestoneId).then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");

        given().get("/api/notifications/" + row.get("id")).then().statusCode(200)
                .body("idempotencyKey", equalTo(row.get("idempotencyKey")))
                .body("recipientKind", equalTo("OWNER")).body("channel", equalTo("EMAIL"))
                .body("recipient", equalTo(owner)).body("milestoneId", equalTo((int) milestoneId));
        given().get("/api/notifications/999999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/notifications/abc").then().statusCode(404);
        given().post("/api/notifications/999999999/retry").then().statusCode(404);
    }

    @Test
    void onlyADeadNotificationCanBeRetried() {
        Object id = given().get("/api/notifications?milestone=" + milestoneId).then().extract().jsonPath().get("items[0].id");

        given().post("/api/notifications/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo(
                        "Only a DEAD notification can be retried; this one is PENDING."));
        given().get("/api/notifications/" + id).then().body("status", equalTo("PENDING")).body("attempts", equalTo(0));
    }

    @Test
    void badFiltersAreRefusedWithTheFieldNamed() {
        given().get("/api/notifications?status=LOST").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        given().get("/api/notifications?kind=REMINDER").then().statusCode(422).body("errors.field", hasItem("kind"));
        given().get("/api/notifications?commitment=seven").then().statusCode(422).body("errors.field", hasItem("commitment"));
        given().get("/api/notifications?size=0").then().statusCode(422).body("errors.field", hasItem("size"));
    }
}
