package org.pacta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.progress;
import static org.pacta.testsupport.Api.reviseDeadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.ConfirmationStep;
import org.pacta.commitment.LedgerStamp;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;

/**
 * The scorecard answered from the ledger kept in memory gives the figures the database alone gives
 * ({@link ScorecardOracle}), as of now and as of past dates after which history was recorded, and follows writes made
 * by another node. Days count from day 100 after the tests' start.
 */
@QuarkusTest
class ScorecardStateTest {

    private static final long BASE = 100;

    @Inject
    MutableClock clock;

    @Inject
    Scorecards scorecards;

    @Inject
    ScorecardOracle oracle;

    @Inject
    EntityManager em;

    private void at(long day) {
        clock.set(daysAfterStart(BASE + day));
    }

    private static LocalDate date(long day) {
        return LocalDate.ofInstant(daysAfterStart(BASE + day), ZoneOffset.UTC);
    }

    private static Body due(String party, long day) {
        return commitmentBody(party).with("dueAt", daysAfterStart(BASE + day).toString());
    }

    @Test
    @ActivateRequestContext
    void theLedgerInMemoryGivesTheFiguresOfTheDatabase() {
        at(0);
        String a = party("UTC");
        String b = party("UTC");
        String c = party("UTC");
        long open = agreement(agreementBody(a, b, c).with("public", true));
        long other = agreement(agreementBody(a, b).with("public", true));
        long closed = agreement(agreementBody(b, c));
        long[] agreements = {open, other, closed};
        String[][] members = {{a, b, c}, {a, b}, {b, c}};
        Random random = new Random(17);
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int k = random.nextInt(3);
            String responsible = members[k][random.nextInt(members[k].length)];
            items.add(commitment(agreements[k], due(responsible, 10 + random.nextInt(240))));
        }
        List<Long> done = new ArrayList<>();
        for (long day = 5; day <= 200; day += 5) {
            at(day);
            if (day == 100) {
                // A commitment added in the middle: created later than the others.
                items.add(commitment(open, due(a, 150)));
            }
            for (long id : items) {
                if (done.contains(id)) {
                    continue;
                }
                int roll = random.nextInt(100);
                if (roll < 6) {
                    markDone(id, "https://example.org/done/" + id);
                    done.add(id);
                } else if (roll < 10) {
                    reviseDeadline(id, Body.of("dueAt", daysAfterStart(BASE + day + 1 + random.nextInt(60)).toString(),
                            "reason", "Funding arrived late"));
                } else if (roll < 11) {
                    progress(id, Body.of("status", "CANCELLED", "note", "Dropped by both sides"));
                    done.add(id);
                }
            }
        }
        long confirmed = done.get(0);
        long disputed = done.get(1);
        QuarkusTransaction.requiringNew().run(() -> {
            say(confirmed, Confirmation.Act.CONFIRMED, Confirmation.CONFIRMED);
            say(disputed, Confirmation.Act.DISPUTED, Confirmation.DISPUTED);
        });
        at(205);
        // A write after the steps, in every agreement, so that the ledger stamp moves past them.
        for (long id : agreements) {
            commitment(id, due(b, 300));
        }
        at(210);
        Scorecard.Figures mine = memory(open, null, date(0), date(400), false).total();
        assertTrue(mine.onTime() > 0 && mine.late() > 0 && mine.overdue() > 0 && mine.notYetDue() > 0
                && mine.revisions() > mine.rebaselined() && mine.completions() > 0, () -> "a varied ledger: " + mine);
        Scorecard.Figures earlier = memory(open, null, date(0), date(90), false).total();
        assertTrue(earlier.due() != mine.due() || earlier.overdue() != mine.overdue(), "a past date sees another ledger");

        // As of now and as of past dates with history recorded after them; the whole ledger holds the other tests' too.
        long[] ids = {open, other, closed};
        for (LocalDate to : List.of(date(30), date(90), date(150), date(205), date(400))) {
            same(null, null, date(0), to, false, "the whole ledger to " + to);
            same(null, null, date(0), to, true, "the public agreements to " + to);
            for (long id : ids) {
                for (LocalDate from : List.of(date(0), date(60), date(130))) {
                    if (!from.isAfter(to)) {
                        same(id, null, from, to, false, "agreement " + id + " from " + from + " to " + to);
                    }
                }
            }
            for (String code : List.of(a, b, c)) {
                same(null, Party.byCode(code).orElseThrow().id, date(0), to, false, "party " + code + " to " + to);
            }
        }
        assertEquals(0, memory(closed, null, date(0), date(250), true).total().due(),
                "a private agreement is not counted for anonymous readers");
        assertTrue(memory(closed, null, date(0), date(250), false).total().due() > 0);
    }

    private void same(Long agreementId, Long partyId, LocalDate from, LocalDate to, boolean publicOnly, String what) {
        assertEquals(scorecards.compute(agreementId, partyId, from, to, publicOnly, clock.instant(), oracle::feed),
                memory(agreementId, partyId, from, to, publicOnly), what);
    }

    private Scorecard memory(Long agreementId, Long partyId, LocalDate from, LocalDate to, boolean publicOnly) {
        return scorecards.fresh(agreementId, partyId, from, to, publicOnly);
    }

    private void say(long commitmentId, Confirmation.Act act, Confirmation state) {
        Commitment c = Commitment.findById(commitmentId);
        Party other = c.agreement.parties.stream().filter(p -> !p.id.equals(c.responsibleParty.id)).findFirst()
                .orElseThrow();
        new ConfirmationStep(c, null, other, act, "tester", null, List.of(), clock.instant()).persist();
        c.confirmation = state;
    }

    @Test
    @ActivateRequestContext
    void aWriteByAnotherNodeIsSeenByWhatItsRaiseNoted() {
        at(0);
        String a = party("UTC");
        long id = agreement(agreementBody(a).with("public", true));
        long item = commitment(id, due(a, 10));
        at(20);
        assertEquals(1, card(id).overdue());

        // Another node cancels the item: its transaction raises the stamp and notes the agreement.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update commitment set status = 'CANCELLED' where id = :id").setParameter("id", item)
                    .executeUpdate();
            em.createNativeQuery("update ledger_stamp set version = version + 1 where id = 1").executeUpdate();
            em.createNativeQuery("insert into ledger_touch (stamp, agreement_id) select version, :id from ledger_stamp")
                    .setParameter("id", id).executeUpdate();
        });
        assertEquals(0, card(id).due(), "the cancelled item no longer counts");

        // A node far behind (the notes of its stamps are gone) reads the whole ledger again.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update commitment set status = 'PLANNED' where id = :id").setParameter("id", item)
                    .executeUpdate();
            em.createNativeQuery("update ledger_stamp set version = version + :n where id = 1")
                    .setParameter("n", LedgerStamp.KEPT).executeUpdate();
        });
        assertEquals(1, card(id).overdue(), "the item counts again, overdue");
    }

    private Scorecard.Figures card(long agreementId) {
        return memory(agreementId, null, date(0), date(60), false).total();
    }

}
