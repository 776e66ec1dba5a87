package org.pacta.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A node told to stop (SIGTERM) lets the sweep or delivery batch in hand commit before its database closes. */
class ScheduledWorkTest {

    private final ScheduledWork work = new ScheduledWork();

    @AfterEach
    void startAgain() {
        work.start(null);
    }

    @Test
    void theStopWaitsForTheBatchInHandAndNoFurtherWorkStarts() throws Exception {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch inBatch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> sweep = CompletableFuture.runAsync(() -> work.run(() -> {
            inBatch.countDown();
            while (!work.stopping()) {
                Thread.onSpinWait();
            }
            awaitQuietly(release);
            done.add("batch committed");
        }));
        assertTrue(inBatch.await(10, TimeUnit.SECONDS));

        CompletableFuture<Boolean> stop = CompletableFuture.supplyAsync(() -> work.stopWithin(Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(10)).until(work::stopping);
        work.run(() -> done.add("a new sweep"));
        assertFalse(stop.isDone(), "the stop returned while a batch was still being written");

        release.countDown();
        assertTrue(stop.get(10, TimeUnit.SECONDS), "the stop saw the work end");
        sweep.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("batch committed"), done);
    }

    @Test
    void workThatOutlastsThePatienceIsLeftToItsLeaseAndTheStopGoesOn() throws Exception {
        CountDownLatch inBatch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> stuck = CompletableFuture.runAsync(() -> work.run(() -> {
            inBatch.countDown();
            awaitQuietly(release);
        }));
        assertTrue(inBatch.await(10, TimeUnit.SECONDS));
        try {
            assertFalse(work.stopWithin(Duration.ofMillis(200)));
            assertTrue(work.stopping());
        } finally {
            release.countDown();
            stuck.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStartedNodeWorksAgain() {
        work.stopWithin(Duration.ofSeconds(1));
        work.start(null);
        List<String> done = new CopyOnWriteArrayList<>();
        work.run(() -> done.add("sweep"));
        assertEquals(List.of("sweep"), done);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
