package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsOf;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/** Outages: of the mail server, of Pacta itself, and of one bad address among good ones. */
@QuarkusTest
class DowntimeScenarioTest {

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String partyCode;
    private long agreementId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-08-10T04:30:00Z")); // 07:30 in Minsk
        partyCode = party("Europe/Minsk");
        agreementId = agreement(partyCode).create();
    }

    private static String status(Map<String, Object> row) {
        return (String) row.get("status");
    }

    @Test
    void remindersDecidedWhileTheMailServerIsDownArriveOnceWhenItIsBack() {
        List<String> owners = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String owner = email("owner");
            owners.add(owner);
            ids.add(commitment(agreementId, partyCode).owner("Owner " + i, owner).dueDate(LocalDate.of(2026, 8, 20)).create());
        }
        driver.sweepAndSendAt(clock.instant()); // the 14-day reminders (6 Aug) go out while all is well
        owners.forEach(o -> SmtpServer.awaitMessagesTo(o, 1));

        Instant threeDays = Instant.parse("2026-08-17T05:00:00Z");
        SmtpServer.down();
        try {
            driver.sweepAndSendAt(threeDays);
            while (clock.instant().isBefore(threeDays.plus(Duration.ofMinutes(10)))) {
                driver.sendAfter(Duration.ofMinutes(1));
            }
            for (long id : ids) {
                Map<String, Object> reminder = notificationsOf(id).get(1);
                assertEquals("RETRY", status(reminder), reminder.toString());
                assertTrue(((Number) reminder.get("attempts")).intValue() >= 2, "retried while down: " + reminder);
                assertTrue(((String) reminder.get("lastError")).startsWith("SMTP: "), reminder.toString());
            }
        } finally {
            SmtpServer.up();
        }
        for (int minute = 0; minute < 30 && !ids.stream().allMatch(id -> "SENT".equals(status(notificationsOf(id).get(1))));
                minute++) {
            driver.sendAfter(Duration.ofMinutes(1));
        }

        for (int i = 0; i < ids.size(); i++) {
            assertEquals(List.of("DUE_SOON:P14D SENT", "DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsOf(ids.get(i))));
            List<String> subjects = SmtpServer.subjectsTo(owners.get(i));
            assertEquals(2, subjects.size(), subjects.toString());
            assertTrue(subjects.get(1).startsWith("[Pacta] Due in 3 days: "), subjects.toString());
        }
    }

    @Test
    void afterAnHourDownEachItemSendsOnlyItsLatestRungOnce() {
        String owner1 = email("owner1");
        String owner2 = email("owner2");
        String owner3 = email("owner3");
        // Overdue at 08:20 Minsk today: its due-today (08:00) and overdue (08:20) both pass while Pacta is down.
        long c1 = commitment(agreementId, partyCode).owner("One", owner1).dueAt(Instant.parse("2026-08-10T05:20:00Z")).create();
        // Due tomorrow at 08:10 Minsk: its one-day reminder falls in the hour.
        long c2 = commitment(agreementId, partyCode).owner("Two", owner2).dueAt(Instant.parse("2026-08-11T05:10:00Z")).create();
        // Due tonight: its due-today reminder falls in the hour.
        long c3 = commitment(agreementId, partyCode).owner("Three", owner3).dueAt(Instant.parse("2026-08-10T20:00:00Z")).create();
        driver.sweepAndSendAt(clock.instant());
        assertEquals(List.of("DUE_SOON:P1D SENT"), stagesAndStatuses(notificationsOf(c1)));
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsOf(c2)));
        assertEquals(List.of("DUE_SOON:P1D SENT"), stagesAndStatuses(notificationsOf(c3)));

        driver.sweepAndSendAt(clock.instant().plus(Duration.ofHours(1)));
        driver.sweepAndSendAt(clock.instant().plus(Duration.ofMinutes(1)));

        assertEquals(List.of("DUE_SOON:P1D SENT", "OVERDUE SENT"), stagesAndStatuses(notificationsOf(c1)));
        assertEquals(List.of("DUE_SOON:P3D SENT", "DUE_SOON:P1D SENT"), stagesAndStatuses(notificationsOf(c2)));
        assertEquals(List.of("DUE_SOON:P1D SENT", "DUE_TODAY SENT"), stagesAndStatuses(notificationsOf(c3)));
        assertEquals(2, SmtpServer.messagesTo(owner1).size());
        assertEquals(2, SmtpServer.messagesTo(owner2).size());
        assertEquals(2, SmtpServer.messagesTo(owner3).size());
        assertTrue(SmtpServer.subjectsTo(owner1).get(1).startsWith("[Pacta] Overdue: "));
        assertTrue(SmtpServer.subjectsTo(owner2).get(1).startsWith("[Pacta] Due in 23 hours: "));
        assertTrue(SmtpServer.subjectsTo(owner3).get(1).startsWith("[Pacta] Due in 14 hours: "));
    }

    @Test
    void oneUndeliverableAddressFailsAloneWhileTheOthersAreSent() {
        String good1 = email("good");
        String good2 = email("good");
        String bad = "owner-" + org.pacta.testsupport.FollowupFixtures.random(8).toLowerCase() + "@localhost";
        LocalDate due = LocalDate.of(2026, 8, 12);
        long ok1 = commitment(agreementId, partyCode).owner("Good", good1).dueDate(due).create();
        long broken = commitment(agreementId, partyCode).owner("Bad", bad).dueDate(due).create();
        long ok2 = commitment(agreementId, partyCode).owner("Good", good2).dueDate(due).create();

        driver.sweepAndSendAt(clock.instant());

        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsOf(ok1)));
        assertEquals(List.of("DUE_SOON:P3D SENT"), stagesAndStatuses(notificationsOf(ok2)));
        Map<String, Object> dead = notificationsOf(broken).get(0);
        assertEquals("DEAD", status(dead));
        assertEquals(1, ((Number) dead.get("attempts")).intValue(), "an address that can never work is not retried");
        assertEquals("\"" + bad + "\" is not an email address.", dead.get("lastError"));
        assertEquals(1, SmtpServer.awaitMessagesTo(good1, 1).size());
        assertEquals(1, SmtpServer.awaitMessagesTo(good2, 1).size());
    }
}
