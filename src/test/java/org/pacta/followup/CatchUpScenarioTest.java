package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.Api.given;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.deleteSubscription;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;

/**
 * A subscription to a scope already overdue is caught up by the sweeps, a bounded share per sweep (here two items
 * per batch, four per sweep, so that seven commitments and a milestone take several sweeps): each item is reminded
 * once, subscriptions waiting together share the sweep, and a subscription moved or deleted halfway is caught up as
 * it now is.
 */
@QuarkusTest
@TestProfile(CatchUpScenarioTest.SmallShares.class)
class CatchUpScenarioTest {

    public static class SmallShares implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pacta.followup.catch-up-batch", "2", "pacta.followup.catch-up-per-sweep", "4");
        }
    }

    private static final LocalDate DUE = LocalDate.of(2026, 5, 10);
    private static final Instant LATE = Instant.parse("2026-05-14T09:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private long agreementId;
    private final List<Long> commitments = new ArrayList<>();
    private long milestoneId;

    @Inject
    EntityManager em;

    @BeforeEach
    void overdueLedger() {
        // Subscriptions other test classes left waiting would take their turns in the share this test counts.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from followup_catch_up").executeUpdate());
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        String partyCode = party("Europe/Minsk");
        agreementId = agreement(partyCode).remindOwners(false).create();
        commitments.clear();
        for (int i = 0; i < 7; i++) {
            commitments.add(commitment(agreementId, partyCode).dueDate(DUE).create());
        }
        milestoneId = given().contentType(ContentType.JSON).body(Map.of("title", "Draft circulated", "dueDate", "2026-05-05"))
                .post("/api/commitments/" + commitments.get(3) + "/milestones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        driver.sweepAndSendAt(LATE);
    }

    private Map<String, Object> subscribeToAgreement(String address) {
        return subscribe(Map.of("scope", Map.of("agreementId", agreementId), "channel", "email", "email", address));
    }

    /** The items (commitment ids, and the milestone as "m" + id) the address has a reminder for, each counted. */
    private static List<String> itemsRemindedTo(String address) {
        return notificationsTo(address).stream().filter(n -> !"CANCELLED".equals(n.get("status")))
                .map(n -> n.get("milestoneId") != null ? "m" + n.get("milestoneId") : String.valueOf(n.get("commitmentId")))
                .toList();
    }

    private Set<String> everyItem() {
        Set<String> all = new HashSet<>();
        commitments.forEach(id -> all.add(String.valueOf(id)));
        all.add("m" + milestoneId);
        return all;
    }

    @Test
    void aLateSubscriptionIsCaughtUpOverSeveralSweepsAndRemindsEachItemOnce() {
        String monitor = email("monitor");
        subscribeToAgreement(monitor);

        driver.sweepAndSendAt(LATE.plusSeconds(60));
        assertEquals(4, itemsRemindedTo(monitor).size(), "a sweep brings forward its share, not the whole scope");

        driver.sweepAndSendAt(LATE.plusSeconds(120));
        driver.sweepAndSendAt(LATE.plusSeconds(180));
        driver.sweepAndSendAt(LATE.plusSeconds(240));
        List<String> reminded = itemsRemindedTo(monitor);
        assertEquals(everyItem(), new HashSet<>(reminded));
        assertEquals(everyItem().size(), reminded.size(), "no item twice: " + reminded);
    }

    @Test
    void subscriptionsWaitingTogetherShareEachSweep() {
        String first = email("first");
        String second = email("second");
        subscribeToAgreement(first);
        subscribeToAgreement(second);

        driver.sweepAndSendAt(LATE.plusSeconds(60));

        assertEquals(2, itemsRemindedTo(first).size());
        assertEquals(2, itemsRemindedTo(second).size());
    }

    @Test
    void aSubscriptionMovedHalfwayToAnotherScopeIsCaughtUpThereFromTheStart() {
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        String partyCode = party("Europe/Minsk");
        long otherAgreement = agreement(partyCode).remindOwners(false).create();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(String.valueOf(commitment(otherAgreement, partyCode).dueDate(DUE).create()));
        }
        driver.sweepAndSendAt(LATE);
        String monitor = email("monitor");
        Map<String, Object> created = subscribe(Map.of("scope", Map.of("agreementId", otherAgreement), "channel", "email",
                "email", monitor));
        driver.sweepAndSendAt(LATE.plusSeconds(60));
        assertEquals(4, itemsRemindedTo(monitor).size());

        // The first agreement's items all have lower ids than where the catch-up of the other had got to.
        given().contentType(ContentType.JSON).header("If-Match", "\"" + created.get("version") + "\"")
                .body(Map.of("scope", Map.of("agreementId", agreementId), "channel", "email", "email", monitor))
                .put("/api/subscriptions/" + created.get("id")).then().statusCode(200);
        for (int sweep = 2; sweep <= 5; sweep++) {
            driver.sweepAndSendAt(LATE.plusSeconds(60L * sweep));
        }

        List<String> reminded = itemsRemindedTo(monitor);
        assertEquals(4, reminded.stream().filter(others::contains).count(), "nothing more of the scope it left");
        List<String> ofNewScope = reminded.stream().filter(i -> !others.contains(i)).toList();
        assertEquals(everyItem(), new HashSet<>(ofNewScope));
        assertEquals(everyItem().size(), ofNewScope.size(), "no item twice: " + ofNewScope);
    }

    @Test
    void aSubscriptionDeletedHalfwayIsNoLongerCaughtUp() {
        String monitor = email("monitor");
        Map<String, Object> created = subscribeToAgreement(monitor);
        driver.sweepAndSendAt(LATE.plusSeconds(60));
        assertEquals(4, itemsRemindedTo(monitor).size());

        deleteSubscription(created.get("id"));
        driver.sweepAndSendAt(LATE.plusSeconds(120));
        driver.sweepAndSendAt(LATE.plusSeconds(180));

        assertEquals(List.of("SENT", "SENT", "SENT", "SENT"),
                notificationsTo(monitor).stream().map(n -> String.valueOf(n.get("status"))).toList());
    }
}
