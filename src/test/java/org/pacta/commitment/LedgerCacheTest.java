package org.pacta.commitment;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.anonymous;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.commitmentState;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.given;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * Lists and the overdue report are kept between reads (DESIGN decision 18). What a reader must never notice: a kept
 * answer after a write, after a deadline passed, after a day count moved, or one kept for another kind of reader.
 * Each test reads once first, so that the second read could come from the cache.
 */
@QuarkusTest
class LedgerCacheTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Inject
    LedgerCache cache;

    @Inject
    LedgerStamp stamp;

    @Inject
    jakarta.enterprise.event.Event<org.pacta.agreement.AgreementChanged> agreementChanged;

    String party;
    long agreement;
    String overdueList;

    @BeforeEach
    void aPublicAgreement() {
        clock.set(TestClockProducer.START);
        party = party("UTC");
        agreement = agreement(agreementBody(party).with("public", true));
        overdueList = "/api/commitments?overdue=true&party=" + party;
    }

    private long dueAt(long days, String title) {
        return commitment(agreement, commitmentBody(party).with("title", title).with("dueAt", daysAfterStart(days).toString())
                .with("owner", Map.of("name", "Olga Ivanova", "email", "olga@example.by")));
    }

    private static void retitle(long id, String title) {
        json().body(Body.from(commitmentState(id)).with("title", title)).put("/api/commitments/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void aLongChangeInProgressDoesNotHoldUpOtherChanges() throws Exception {
        long beforeCommit;
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // An import in the middle of its transaction: it has changed an agreement and has more rows to write.
        ExecutorService importer = Executors.newSingleThreadExecutor();
        Future<?> running = importer.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            agreementChanged.fire(new org.pacta.agreement.AgreementChanged(agreement));
            em.createNativeQuery("update agreement set title = title where id = ?1").setParameter(1, agreement).executeUpdate();
            changed.countDown();
            try {
                release.await(60, SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertEquals(true, changed.await(30, SECONDS));
            // Another official's change goes through meanwhile (H2 gave up on the counter's row after 2 s: 503).
            String otherParty = party("UTC");
            long others = stamp.current();
            long other = agreement(agreementBody(otherParty));
            given().get("/api/agreements/" + other).then().statusCode(200);
            beforeCommit = stamp.current();
            assertEquals(others + 1, beforeCommit);
        } finally {
            release.countDown();
            running.get(60, SECONDS);
            importer.shutdown();
        }
        // The import's commit moved the counter once, after the other change.
        assertEquals(beforeCommit + 1, stamp.current());
    }

    @Test
    void aWriteIsInTheNextRead() {
        long late = dueAt(1, "Border crossing opened");
        clock.set(daysAfterStart(3));
        json().get(overdueList).then().statusCode(200).body("items.id", contains((int) late));

        retitle(late, "Border crossing opened at night");
        json().get(overdueList).then().body("items.title", contains("Border crossing opened at night"));

        markDone(late, "https://example.org/crossing");
        json().get(overdueList).then().body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void aDeadlinePassingWithoutAnyWriteJoinsTheOverdueList() {
        long early = dueAt(1, "Tariffs published");
        long next = dueAt(4, "Customs union draft");
        clock.set(daysAfterStart(4).minusSeconds(1));
        json().get(overdueList).then().body("items.id", contains((int) early));

        clock.set(daysAfterStart(4));
        json().get(overdueList).then().body("items.id", contains((int) early, (int) next));
        json().get("/api/reports/overdue?party=" + party).then().body("items.id", contains((int) early, (int) next));
    }

    @Test
    void theDayCountMovesWithoutAnyWrite() {
        long late = dueAt(1, "Joint committee met");
        clock.set(daysAfterStart(2).minusSeconds(1));
        json().get(overdueList).then().body("items[0].daysOverdue", equalTo(1));
        json().get("/api/reports/overdue?party=" + party).then().body("items[0].daysOverdue", equalTo(1));
        json().get("/api/reports/overdue?minDaysOverdue=2&party=" + party).then().body("items", empty());

        clock.set(daysAfterStart(2));
        json().get(overdueList).then().body("items[0].id", equalTo((int) late)).body("items[0].daysOverdue", equalTo(2));
        json().get("/api/reports/overdue?party=" + party).then().body("items[0].daysOverdue", equalTo(2));
        json().get("/api/reports/overdue?minDaysOverdue=2&party=" + party).then().body("items.id", contains((int) late));
    }

    @Test
    void anonymousReadersNeverGetWhatASignedInReaderWasShown() {
        dueAt(1, "Visa rules eased");
        clock.set(daysAfterStart(3));
        json().get(overdueList).then().body("items[0].owner.name", equalTo("Olga Ivanova"));
        json().get("/api/reports/overdue?party=" + party).then().body("items[0].owner.email", equalTo("olga@example.by"));

        anonymous().accept("application/json").get(overdueList).then().statusCode(200)
                .body("items[0].title", equalTo("Visa rules eased")).body("items[0].owner", nullValue());
        anonymous().accept("application/json").get("/api/reports/overdue?party=" + party).then().statusCode(200)
                .body("items[0].owner", nullValue());
        anonymous().get("/reports/overdue?party=" + party).then().statusCode(200)
                .body(containsString("Visa rules eased"), not(containsString("olga@example.by")));
    }

    @Test
    void theReportPageShowsARenamedPartyAndAChangedTitle() {
        long late = dueAt(1, "Rail gauge study");
        clock.set(daysAfterStart(3));
        given().get("/reports/overdue?party=" + party).then().statusCode(200).body(containsString("Rail gauge study"));

        String name = unique("Ministry of Transport");
        json().header("If-Match", "\"0\"").body(Body.of("name", name, "timeZone", "UTC")).put("/api/parties/{code}", party).then().statusCode(200);
        retitle(late, "Rail gauge study, second edition");
        given().get("/reports/overdue?party=" + party).then().statusCode(200)
                .body(containsString("Rail gauge study, second edition"), containsString(name));
    }

    @Test
    void theReportPageSpeaksEachReadersLanguageOverTheSameAnswer() {
        dueAt(1, "Pipeline tender");
        clock.set(daysAfterStart(3));
        given().header("Accept-Language", "en").get("/reports/overdue?party=" + party).then().statusCode(200)
                .body(containsString("3 days overdue"));
        given().header("Accept-Language", "ru").get("/reports/overdue?party=" + party).then().statusCode(200)
                .body(containsString("просрочено на 3 дня"), not(containsString("3 days overdue")));
        given().header("Accept-Language", "fa").get("/reports/overdue?party=" + party).then().statusCode(200)
                .body(containsString("۳ روز تأخیر"));
    }

    @Test
    void aChangeCommittedByAnotherNodeIsInTheNextRead() {
        long late = dueAt(1, "Energy grid linked");
        clock.set(daysAfterStart(3));
        json().get(overdueList).then().body("items.title", contains("Energy grid linked"));

        // What another node's transaction leaves behind: the row changed and the ledger stamp raised, no event here.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update commitment set title = 'Energy grid linked both ways' where id = :id")
                    .setParameter("id", late).executeUpdate();
            em.createNativeQuery("update ledger_stamp set version = version + 1 where id = 1").executeUpdate();
        });
        json().get(overdueList).then().body("items.title", contains("Energy grid linked both ways"));
        clock.advance(Duration.ofMinutes(1));
        json().get("/api/reports/overdue?party=" + party).then().body("items[0].title", equalTo("Energy grid linked both ways"));
    }

    @Test
    void readersMissingTheSameAnswerTogetherWaitForOneComputation() throws Exception {
        Object key = unique("shared answer");
        Instant now = clock.instant();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Function<Instant, LedgerCache.Fresh<String>> slow = t -> {
            int run = runs.incrementAndGet();
            awaitRelease(release);
            return new LedgerCache.Fresh<>("computed by run " + run, LedgerCache.NEVER);
        };
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = readers.submit(() -> cache.answer(key, 7L, now, slow));
            await().atMost(10, SECONDS).until(() -> runs.get() == 1);
            Waiting second = new Waiting();
            Future<String> other = readers.submit(() -> second.run(() -> cache.answer(key, 7L, now, slow)));
            await().atMost(10, SECONDS).until(second::isWaiting);
            release.countDown();

            assertEquals("computed by run 1", first.get(10, SECONDS));
            assertEquals("computed by run 1", other.get(10, SECONDS));
            assertEquals(1, runs.get());
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aReaderWaitingForAComputationThatFailsComputesItsOwnAnswer() throws Exception {
        Object key = unique("failed answer");
        Instant now = clock.instant();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = readers.submit(() -> cache.<String>answer(key, 7L, now, t -> {
                runs.incrementAndGet();
                awaitRelease(release);
                throw new IllegalStateException("the database went away");
            }));
            await().atMost(10, SECONDS).until(() -> runs.get() == 1);
            Waiting second = new Waiting();
            Future<String> other = readers.submit(() -> second.run(() -> cache.answer(key, 7L, now,
                    t -> new LedgerCache.Fresh<>("computed again", LedgerCache.NEVER))));
            await().atMost(10, SECONDS).until(second::isWaiting);
            release.countDown();

            ExecutionException failed = assertThrows(ExecutionException.class, () -> first.get(10, SECONDS));
            assertEquals("the database went away", failed.getCause().getMessage());
            assertEquals("computed again", other.get(10, SECONDS));
        } finally {
            readers.shutdownNow();
        }
    }

    private static void awaitRelease(CountDownLatch release) {
        try {
            if (!release.await(10, SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A reader on another thread, and whether it is parked (waiting for another reader's answer). */
    private static final class Waiting {
        private volatile Thread thread;

        <T> T run(Callable<T> read) throws Exception {
            thread = Thread.currentThread();
            return read.call();
        }

        boolean isWaiting() {
            Thread t = thread;
            return t != null && t.getState() == Thread.State.WAITING;
        }
    }
}
