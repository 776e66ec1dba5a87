package org.pacta.followup;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.party;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;

/** What an operator watches: the status endpoint, the metrics and readiness. */
@QuarkusTest
class FollowupStatusTest {

    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
    }

    private static double counter(String name, String kind, String channel) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([0-9.E+]+)$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            if (m.group(1).contains("kind=\"" + kind + "\"") && m.group(1).contains("channel=\"" + channel + "\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    @Test
    void statusShowsTheLastSweepTheOutboxAndWhatIsOverdue() {
        String partyCode = party("Europe/Minsk");
        long agreementId = agreement(partyCode).create();
        commitment(agreementId, partyCode).owner("Owner", email("owner")).dueDate(LocalDate.of(2026, 2, 1)).create();

        driver.sweep();

        Map<String, Object> status = given().get("/api/followup/status").then().statusCode(200)
                .body("schedulerRunning", equalTo(false)).body("lastSweep.at", equalTo(NOW.toString()))
                .body("lastSweep.items", greaterThanOrEqualTo(1)).body("lastSweep.created", greaterThanOrEqualTo(1))
                .body("overdueCommitments", greaterThanOrEqualTo(1))
                .extract().jsonPath().getMap("");
        assertEquals(List.of("deadline-sweep", "review-sweep", "daily-digests", "dispatch"),
                List.copyOf(((Map<?, ?>) status.get("nextRuns")).keySet()));
        assertEquals(List.of("HELD", "PENDING", "SENDING", "SENT", "RETRY", "DEAD", "CANCELLED", "DIGESTED"),
                List.copyOf(((Map<?, ?>) status.get("notifications")).keySet()));
        assertTrue(((Number) ((Map<?, ?>) status.get("notifications")).get("PENDING")).longValue() >= 1);
    }

    /** What a full count of the ledger says is overdue at the clock's time. */
    private long overdueInTheLedger() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(c) from Commitment c"
                + " where c.status not in :closed and c.dueAt <= :now", Long.class)
                .setParameter("closed", List.of(CommitmentStatus.DONE, CommitmentStatus.CANCELLED))
                .setParameter("now", clock.instant()).getSingleResult());
    }

    private static long overdueShown() {
        return given().get("/api/followup/status").then().statusCode(200).extract().jsonPath().getLong("overdueCommitments");
    }

    @Test
    void theOverdueFigureFollowsDeadlinesPassingAndCommitmentsClosing() {
        String partyCode = party("UTC");
        long agreementId = agreement(partyCode).create();
        long first = commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 2, 11)).create();
        commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 2, 13)).create();
        driver.sweep();
        long before = overdueShown();
        assertEquals(overdueInTheLedger(), before);

        clock.set(Instant.parse("2026-02-12T09:00:00Z"));
        driver.sweep();
        assertEquals(overdueInTheLedger(), overdueShown());
        assertTrue(overdueShown() >= before + 1, "the first deadline passed");

        markDone(first, "https://example.org/evidence/first");
        driver.sweep();
        assertEquals(overdueInTheLedger(), overdueShown());

        clock.set(Instant.parse("2026-02-14T09:00:00Z"));
        driver.sweep();
        assertEquals(overdueInTheLedger(), overdueShown());
    }

    @Test
    void metricsCountRemindersCreatedAndSent() {
        double createdBefore = counter("pacta_reminders_created_total", "OVERDUE", "EMAIL");
        double sentBefore = counter("pacta_reminders_sent_total", "OVERDUE", "EMAIL");
        String partyCode = party("Europe/Minsk");
        long agreementId = agreement(partyCode).create();
        commitment(agreementId, partyCode).owner("Owner", email("owner")).dueAt(NOW.minusSeconds(60)).create();

        driver.sweep();
        driver.send();

        assertTrue(counter("pacta_reminders_created_total", "OVERDUE", "EMAIL") >= createdBefore + 1);
        assertTrue(counter("pacta_reminders_sent_total", "OVERDUE", "EMAIL") >= sentBefore + 1);
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("pacta_sweep_duration_seconds"));
    }

    @Test
    void readyWithTheSchedulerSwitchedOffInTests() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("scheduler"))
                .body("checks.find { it.name == 'scheduler' }.data.state", equalTo("disabled by configuration"));
    }
}
