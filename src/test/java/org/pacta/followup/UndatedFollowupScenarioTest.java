package org.pacta.followup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.deleteSubscription;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsOf;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.Commitment;
import org.pacta.notify.Briefing;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;

/**
 * An item its plan gave no date ("90 days after guidance") beside a dated one, in an agreement with a subscriber,
 * an owner and a coordinator: years of sweeps write nothing for it, while its dated milestone and the dated
 * commitment are followed up as always; once it is given a date it is followed up from that date.
 */
@QuarkusTest
class UndatedFollowupScenarioTest {

    private static final Instant START = Instant.parse("2026-04-01T09:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    @Inject
    EntityManager em;

    @Inject
    ReviewService reviews;

    @Inject
    org.pacta.commitment.CommitmentService commitments;

    private long dated;
    private long undated;
    private long subscriptionId;

    @BeforeEach
    void setUp() {
        clock.set(START);
        String owner = email("owner");
        String partyCode = party("Europe/Minsk");
        long agreementId = agreement(partyCode).coordinators(email("coord")).create();
        dated = create(agreementId, Map.of("title", "Dated " + partyCode, "responsibleParty", partyCode,
                "dueDate", "2026-04-10", "owner", Map.of("name", "Owner", "email", owner)));
        undated = create(agreementId, Map.of("title", "Undated " + partyCode, "responsibleParty", partyCode,
                "undated", "90 days after guidance", "owner", Map.of("name", "Owner", "email", owner)));
        Api.milestone(undated, org.pacta.testsupport.Body.of("title", "Guidance drafted", "dueDate", "2026-04-15"));
        Api.milestone(dated, org.pacta.testsupport.Body.of("title", "When the budget allows", "undated", "When funded"));
        Map<String, Object> created = subscribe(Map.of("scope", Map.of("agreementId", agreementId), "channel", "email",
                "email", email("monitor"), "leadTimes", List.of("P3D"), "escalateEvery", "P7D", "escalateAfter", 1,
                "timeZone", "Europe/Minsk"));
        subscriptionId = ((Number) created.get("id")).longValue();
    }

    @AfterEach
    void tearDown() {
        clock.set(START);
        deleteSubscription(subscriptionId);
    }

    @Test
    void yearsOfSweepsWriteNothingForAnUndatedItemAndItsFirstDateStartsItsFollowUp() {
        assertThat(nextFollowupOf(undated), nullValue());
        for (String at : List.of("2026-04-01T09:00:00Z", "2026-04-07T06:00:00Z", "2026-04-10T22:00:00Z",
                "2026-04-12T06:00:00Z", "2026-04-16T06:00:00Z", "2026-04-18T22:00:00Z", "2026-05-01T09:00:00Z",
                "2027-04-01T09:00:00Z", "2029-04-01T09:00:00Z")) {
            clock.set(Instant.parse(at));
            driver.sweep();
        }
        assertThat(nextFollowupOf(undated), nullValue());

        clock.set(START); // API tokens last a year from the start; the rows are what the sweeps wrote
        List<Map<String, Object>> ofUndated = notificationsOf(undated);
        assertThat(stagesAndStatuses(ofUndated.stream().filter(r -> r.get("milestoneId") == null).toList()), empty());
        assertThat("its dated milestone is followed up", ofUndated.stream().map(r -> r.get("milestoneId")).toList(),
                not(empty()));
        List<Map<String, Object>> ofDated = notificationsOf(dated);
        assertThat(ofDated.stream().filter(r -> r.get("milestoneId") != null).toList(), empty());
        assertThat(ofDated.stream().map(r -> (String) r.get("stage")).toList(), hasItem("OVERDUE"));
        assertThat(ofDated.stream().map(r -> (String) r.get("stage")).toList(), hasItem("ESCALATION:P7D:1"));

        clock.set(Instant.parse("2026-04-20T09:00:00Z"));
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("dueDate", LocalDate.of(2026, 4, 22).toString(), "reason", "Guidance published"))
                .post("/api/commitments/{id}/deadline", undated).then().statusCode(200);
        driver.sweep();
        List<String> stages = notificationsOf(undated).stream().filter(r -> r.get("milestoneId") == null)
                .map(r -> (String) r.get("stage")).distinct().toList();
        assertEquals(List.of("DUE_SOON:P3D"), stages, "from its first date it is followed up like any other");
    }

    @Test
    void aReviewBriefingListsTheUndatedItemWithItsWordsAndCountsAReportedCompletionApart() {
        org.pacta.security.CurrentUser.asSystem(() -> commitments.recordImportedCompletion(dated, null, List.of(), null));
        Briefing b = QuarkusTransaction.requiringNew().call(() -> {
            org.pacta.agreement.Agreement a = em.find(Commitment.class, undated).agreement;
            return reviews.briefing(a, START, START.minusSeconds(86_400), START.plusSeconds(30L * 86_400), START);
        });
        assertEquals(new Briefing.Counts(2, 0, 1, 0, 1), b.counts());
        assertEquals(List.of("90 days after guidance"), b.commitments().stream().map(Briefing.Line::undated)
                .filter(java.util.Objects::nonNull).toList());
        assertThat(b.dueBeforeNextReview(), empty());
    }

    private Instant nextFollowupOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Commitment.class, id).nextFollowupAt);
    }

    private static long create(long agreementId, Map<String, Object> body) {
        return Api.given().contentType(ContentType.JSON).body(body).post("/api/agreements/{id}/commitments", agreementId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
