package org.pacta.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** Two nodes draining one outbox: a claim is exclusive until its lease ends, and a late outcome is ignored. */
@QuarkusTest
class DispatcherClaimTest {

    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    FollowupDriver driver;

    private String owner;
    private long id;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        owner = email("owner");
        String partyCode = party("Europe/Minsk");
        commitment(agreement(partyCode).create(), partyCode).owner("Owner", owner).dueDate(LocalDate.of(2026, 3, 22)).create();
        driver.sweep();
        id = ((Number) notificationsTo(owner).get(0).get("id")).longValue();
    }

    private List<Long> claim(String token, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.claim(token, at)).stream()
                .filter(n -> n == id).toList();
    }

    @Test
    void rowClaimedByOneNodeIsNotClaimedByAnotherUntilTheLeaseEnds() {
        assertEquals(List.of(id), claim("node-a", NOW));
        assertEquals(List.of(), claim("node-b", NOW));
        assertEquals(List.of(), claim("node-b", NOW.plus(Duration.ofSeconds(119))));

        // Node A died mid-send: after the two-minute lease node B takes the row over.
        assertEquals(List.of(id), claim("node-b", NOW.plus(Duration.ofMinutes(2))));
        QuarkusTransaction.requiringNew().run(() -> outbox.record(Map.of(id, Delivery.sent()), "node-a"));

        assertEquals(List.of("DUE_SOON:P3D SENDING"), stagesAndStatuses(notificationsTo(owner)),
                "node A's late answer does not settle a row node B holds");
        QuarkusTransaction.requiringNew().run(() -> outbox.record(Map.of(id, Delivery.sent()), "node-b"));
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsTo(owner)));
        assertEquals(2, notificationsTo(owner).get(0).get("attempts"));
    }

    @Test
    void abandonedClaimIsDeliveredOnceAfterItsLease() {
        claim("node-that-died", NOW);

        clock.set(NOW.plus(Duration.ofMinutes(1)));
        dispatcher.runOnce();
        assertEquals(List.of(), SmtpServer.messagesTo(owner));

        clock.set(NOW.plus(Duration.ofMinutes(2)));
        dispatcher.runOnce();
        dispatcher.runOnce();

        assertEquals(1, SmtpServer.awaitMessagesTo(owner, 1).size());
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsTo(owner)));
    }
}
