package org.pacta.followup;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/** A party's word in a completion's thread outlives the party's place in the agreement, and the party itself. */
@QuarkusTest
class ConfirmationTiesTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    @Test
    void whenTheOtherPartyLeavesAWaitingCompletionStopsWaitingAndADisputeStaysOnRecord() {
        clock.set(TestClockProducer.START);
        String by = Api.party("Europe/Minsk");
        String ir = Api.party("Asia/Tehran");
        Account byOfficial = Accounts.official(by);
        Account irOfficial = Accounts.official(ir);
        long agreement = Api.agreement(by, ir);
        long disputed = Api.commitment(agreement, by);
        long waiting = Api.commitment(agreement, by);
        for (long c : List.of(disputed, waiting)) {
            byOfficial.json().body(Body.of("status", "DONE", "evidence", List.of("https://example.org/act.pdf")))
                    .post("/api/commitments/{id}/updates", c).then().statusCode(201);
        }
        irOfficial.json().body(Body.of("verdict", "DISPUTED", "note", "Not seen on site"))
                .post("/api/commitments/{id}/confirmation", disputed).then().statusCode(201);
        driver.sweep();
        assertEquals(List.of("DUE_SOON:P14D PENDING"), stagesAndStatuses(notificationsTo(irOfficial.email())),
                "Iran is asked about the completion it has not disputed");

        Map<String, Object> a = json().get("/api/agreements/{id}", agreement).then().statusCode(200).extract().jsonPath().getMap("");
        json().body(Body.from(a).with("parties", List.of(by))).put("/api/agreements/{id}", agreement).then().statusCode(200);

        assertNull(json().get("/api/commitments/{id}", waiting).then().statusCode(200).extract().path("confirmation"),
                "no one is left to confirm it");
        assertEquals("DISPUTED", json().get("/api/commitments/{id}", disputed).then().statusCode(200).extract().path("confirmation"));
        assertEquals(List.of("DUE_SOON:P14D CANCELLED"), stagesAndStatuses(notificationsTo(irOfficial.email()).stream()
                .filter(n -> "CONFIRMATION".equals(n.get("kind"))).toList()));

        json().delete("/api/parties/{code}", ir).then().statusCode(409)
                .body("detail", containsString("confirmed or disputed completions"));
        json().get("/api/parties/{code}", ir).then().statusCode(200);
    }
}
