package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsOf;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.MutableClock;

/**
 * Many subscribers make many notifications per due item; a sweep batch stops at its bound of notifications (here 5)
 * and the items it did not plan come in the next batch of the same sweep, so that one sweep still writes everything
 * owed, in several short transactions instead of one that outlives its timeout.
 */
@QuarkusTest
@TestProfile(SweepBatchBoundTest.FewPerBatch.class)
class SweepBatchBoundTest {

    public static class FewPerBatch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pacta.followup.notifications-per-batch", "5");
        }
    }

    @Inject
    MutableClock clock;

    @Inject
    FollowupSweep sweep;

    @Test
    void oneSweepWritesEveryReminderOwedThoughEachBatchStopsAtItsBound() {
        clock.set(Instant.parse("2026-09-01T05:00:00Z"));
        String partyCode = party("Europe/Minsk");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        for (String who : List.of("first", "second")) {
            subscribe(Map.of("scope", Map.of("agreementId", agreementId), "channel", "email", "email", email(who)));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 9, 3)).create());
        }

        sweep.sweep();

        for (long id : ids) {
            assertEquals(List.of("DUE_SOON:P3D PENDING", "DUE_SOON:P3D PENDING"), stagesAndStatuses(notificationsOf(id)),
                    "commitment " + id);
        }
    }
}
