package org.pacta.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pacta.notify.Delivery.Outcome;
import org.pacta.notify.Subscription.Channel;

/**
 * How a batch in flight is waited for: each send's time to answer counts from its own start, time the process stood
 * still does not count against the receiver, and the lease is kept meanwhile. Time is a counter the test moves.
 */
class InFlightTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<CompletableFuture<Delivery>> started = new ArrayList<>();
    private final AtomicInteger kept = new AtomicInteger();

    private InFlight.Send send(long id, Channel channel) {
        return new InFlight.Send(id, channel, () -> {
            CompletableFuture<Delivery> f = new CompletableFuture<>();
            started.add(f);
            return f;
        });
    }

    /** Each wait moves the counter and then lets the test answer what it wants. */
    private InFlight inFlight(int concurrent, Duration timeout, Consumer<Integer> eachWait) {
        AtomicInteger waits = new AtomicInteger();
        return new InFlight(Map.of(Channel.EMAIL, new InFlight.Limits(concurrent, timeout),
                Channel.WEBHOOK, new InFlight.Limits(concurrent, timeout)), Duration.ofSeconds(10), kept::incrementAndGet,
                nanos::get, (any, slice) -> eachWait.accept(waits.incrementAndGet()));
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsUncertainAndItsSendIsCancelled() {
        InFlight flight = inFlight(4, Duration.ofSeconds(10), wait -> advance(Duration.ofSeconds(1)));

        Map<Long, Delivery> outcomes = flight.run(List.of(send(1, Channel.WEBHOOK)));

        assertEquals(Outcome.UNCERTAIN, outcomes.get(1L).outcome());
        assertTrue(outcomes.get(1L).detail().contains("same key"), outcomes.get(1L).detail());
        assertTrue(started.get(0).isCancelled(), "the abandoned send is cancelled, not left to answer into nothing");
    }

    @Test
    void timeTheProcessStoodStillIsNotHeldAgainstTheReceiver() {
        // Stopped for 15 s right after sending (SIGSTOP, a long GC): the receiver's answer was waiting in the socket
        // and is read in the first moments after the process runs again.
        InFlight flight = inFlight(4, Duration.ofSeconds(10), wait -> {
            if (wait == 1) {
                advance(Duration.ofSeconds(15));
            } else {
                advance(Duration.ofMillis(200));
                started.get(0).complete(Delivery.sent());
            }
        });

        Map<Long, Delivery> outcomes = flight.run(List.of(send(1, Channel.WEBHOOK)));

        assertEquals(Outcome.SENT, outcomes.get(1L).outcome());
        assertEquals(Duration.ofSeconds(15).minus(InFlight.SLICE).minus(InFlight.STALL_TOLERANCE), flight.stalled());
    }

    @Test
    void aStopWhileTheLeaseIsKeptIsNotHeldAgainstTheReceiver() {
        // Stopped for 15 s while renewing the lease (a database call), 5 s after the send began; its answer was
        // waiting in the socket when the process ran again. Seen in the cluster suite: 7 webhooks sent twice.
        AtomicInteger renewals = new AtomicInteger();
        AtomicInteger afterStop = new AtomicInteger();
        InFlight flight = new InFlight(Map.of(Channel.WEBHOOK, new InFlight.Limits(4, Duration.ofSeconds(10))),
                Duration.ofSeconds(5), () -> {
                    if (renewals.incrementAndGet() == 1) {
                        advance(Duration.ofSeconds(15));
                    }
                }, nanos::get, (any, slice) -> {
                    advance(Duration.ofMillis(200));
                    // The answer is read a moment after the process runs again: at the second wait after the stop.
                    if (nanos.get() > Duration.ofSeconds(20).toNanos() && afterStop.incrementAndGet() == 2) {
                        started.get(0).complete(Delivery.sent());
                    }
                });

        assertEquals(Outcome.SENT, flight.run(List.of(send(1, Channel.WEBHOOK))).get(1L).outcome());
        assertEquals(Duration.ofSeconds(15).minus(InFlight.STALL_TOLERANCE), flight.stalled());
    }

    @Test
    void aSlowReceiverStillTimesOutWhenTheProcessKeptRunning() {
        // The same 15 s, but in 200 ms waits that each ended on time: the receiver was slow, not this process.
        InFlight flight = inFlight(4, Duration.ofSeconds(10), wait -> {
            advance(Duration.ofMillis(200));
            if (wait == 75) {
                started.get(0).complete(Delivery.sent());
            }
        });

        assertEquals(Outcome.UNCERTAIN, flight.run(List.of(send(1, Channel.WEBHOOK))).get(1L).outcome());
        assertEquals(Duration.ZERO, flight.stalled());
    }

    @Test
    void sendsQueuedBehindTheChannelsLimitAreTimedFromTheirOwnStart() {
        // One email at a time, each answered after 8 s: the third starts 16 s after the first and is not late.
        InFlight flight = inFlight(1, Duration.ofSeconds(10), wait -> {
            advance(Duration.ofMillis(200));
            if (wait % 40 == 0) {
                started.get(started.size() - 1).complete(Delivery.sent());
            }
        });

        Map<Long, Delivery> outcomes = flight.run(List.of(send(1, Channel.EMAIL), send(2, Channel.EMAIL), send(3, Channel.EMAIL)));

        assertEquals(List.of(Outcome.SENT, Outcome.SENT, Outcome.SENT),
                List.of(outcomes.get(1L).outcome(), outcomes.get(2L).outcome(), outcomes.get(3L).outcome()));
    }

    @Test
    void atMostTheChannelsLimitRunAtOnceAndOtherChannelsAreNotHeldBack() {
        AtomicInteger mostAtOnce = new AtomicInteger();
        InFlight flight = inFlight(2, Duration.ofSeconds(10), wait -> {
            advance(Duration.ofMillis(200));
            long running = started.stream().filter(f -> !f.isDone()).count();
            mostAtOnce.accumulateAndGet((int) running, Math::max);
            started.stream().filter(f -> !f.isDone()).findFirst().ifPresent(f -> f.complete(Delivery.sent()));
        });

        Map<Long, Delivery> outcomes = flight.run(List.of(send(1, Channel.EMAIL), send(2, Channel.EMAIL),
                send(3, Channel.EMAIL), send(4, Channel.WEBHOOK), send(5, Channel.WEBHOOK)));

        assertEquals(5, outcomes.size());
        assertTrue(outcomes.values().stream().allMatch(d -> d.outcome() == Outcome.SENT));
        assertEquals(4, mostAtOnce.get(), "two emails and two webhooks at once, never more");
    }

    @Test
    void theLeaseIsKeptWhileTheBatchWaits() {
        // A receiver that takes 25 s to answer, within a 60 s timeout; the lease is renewed every 10 s meanwhile.
        InFlight flight = inFlight(4, Duration.ofSeconds(60), wait -> {
            advance(Duration.ofMillis(200));
            if (wait == 125) {
                started.get(0).complete(Delivery.sent());
            }
        });

        assertEquals(Outcome.SENT, flight.run(List.of(send(1, Channel.EMAIL))).get(1L).outcome());
        assertEquals(2, kept.get());
    }

    @Test
    void aSendThatCannotStartIsRetriedAndTheOthersGoOut() {
        InFlight flight = inFlight(4, Duration.ofSeconds(10), wait -> {
            advance(Duration.ofMillis(200));
            started.forEach(f -> f.complete(Delivery.sent()));
        });
        InFlight.Send broken = new InFlight.Send(1, Channel.EMAIL, () -> {
            throw new IllegalStateException("mailer closed");
        });

        Map<Long, Delivery> outcomes = flight.run(List.of(broken, send(2, Channel.EMAIL)));

        assertEquals(Outcome.RETRY, outcomes.get(1L).outcome());
        assertTrue(outcomes.get(1L).detail().contains("mailer closed"));
        assertEquals(Outcome.SENT, outcomes.get(2L).outcome());
    }
}
