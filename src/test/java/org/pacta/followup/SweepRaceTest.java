package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pacta.platform.NativeValues;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.InterleavingOutbox;
import org.pacta.testsupport.MutableClock;

/**
 * A change committed while a sweep is working on the same commitment (an official revises the deadline on one node
 * while the sweep runs on another) sets the commitment's next follow-up moment from the new deadline; the sweep,
 * which planned from the old one, must not overwrite it, or the new deadline's reminders come late or never.
 */
@QuarkusTest
class SweepRaceTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    @Inject
    InterleavingOutbox outbox;

    @Inject
    EntityManager em;

    @Test
    void aNextMomentSetByAChangeCommittedDuringTheSweepStands() {
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        String partyCode = party("Europe/Minsk");
        long agreementId = agreement(partyCode).create();
        long commitmentId = commitment(agreementId, partyCode).owner("Owner", email("owner"))
                .dueDate(LocalDate.of(2026, 6, 20)).create();
        clock.set(Instant.parse("2026-06-17T05:00:00Z"));
        Instant setMeanwhile = Instant.parse("2026-07-01T05:00:00Z");

        outbox.armOnce(() -> em.createNativeQuery("update commitment set next_followup_at = :at where id = :id")
                .setParameter("at", OffsetDateTime.ofInstant(setMeanwhile, ZoneOffset.UTC))
                .setParameter("id", commitmentId).executeUpdate());
        driver.sweep();

        Instant stored = NativeValues.instant(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select next_followup_at from commitment where id = :id").setParameter("id", commitmentId)
                .getSingleResult()));
        assertEquals(setMeanwhile, stored);
    }
}
