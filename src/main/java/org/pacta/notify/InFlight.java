package org.pacta.notify;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Sends one claimed batch and waits for every answer (design, "Delivery guarantee"). At most {@code limit} sends of a
 * channel run at once, and each one's time to answer is counted from its own start, so that sends queued behind a slow
 * SMTP server are not charged for the wait of those before them. A send that has not answered within its channel's
 * timeout is abandoned as UNCERTAIN (the receiver may have it; it goes out again with the same key). Time this process
 * stood still (a stop signal, a long GC pause, a starved CPU) is not held against a receiver: a wait that ends far later
 * than asked extends every running send's allowance by the difference. While it waits it keeps the batch's lease.
 */
final class InFlight {

    /** How long one wait for an answer lasts before the sends are looked at again. */
    static final Duration SLICE = Duration.ofMillis(200);
    /** A wait that ends later than asked by more than this means the process itself stood still. */
    static final Duration STALL_TOLERANCE = Duration.ofSeconds(1);

    /** One delivery to make: how to start it, and the channel whose limit and timeout apply. */
    record Send(long id, Subscription.Channel channel, Supplier<CompletableFuture<Delivery>> start) {
    }

    /** How many sends of a channel may run at once and how long each may take to answer. */
    record Limits(int concurrent, Duration timeout) {
    }

    private final Map<Subscription.Channel, Limits> limits;
    private final Duration keepEvery;
    private final Runnable keepLease;
    private final LongSupplier nanoTime;
    private final Waiter waiter;
    private long stalledNanos;
    private boolean interrupted;

    /** Blocks until one of the futures is done or the slice has passed. */
    interface Waiter {
        void await(CompletableFuture<?> any, Duration slice);
    }

    InFlight(Map<Subscription.Channel, Limits> limits, Duration keepEvery, Runnable keepLease) {
        this(limits, keepEvery, keepLease, System::nanoTime, null);
    }

    InFlight(Map<Subscription.Channel, Limits> limits, Duration keepEvery, Runnable keepLease, LongSupplier nanoTime,
            Waiter waiter) {
        this.limits = limits;
        this.keepEvery = keepEvery;
        this.keepLease = keepLease;
        this.nanoTime = nanoTime;
        this.waiter = waiter == null ? this::awaitAny : waiter;
    }

    /** How long, in all, this process was seen standing still while the batch was in flight. */
    Duration stalled() {
        return Duration.ofNanos(stalledNanos);
    }

    private static final class Running {
        final Send send;
        final CompletableFuture<Delivery> future;
        final long started;
        long allowance;

        Running(Send send, CompletableFuture<Delivery> future, long started, Duration timeout) {
            this.send = send;
            this.future = future;
            this.started = started;
            this.allowance = timeout.toNanos();
        }
    }

    Map<Long, Delivery> run(List<Send> sends) {
        Deque<Send> waiting = new ArrayDeque<>(sends);
        List<Running> running = new ArrayList<>();
        Map<Long, Delivery> outcomes = new HashMap<>();
        long kept = nanoTime.getAsLong();
        long last = kept;
        while (!waiting.isEmpty() || !running.isEmpty()) {
            startWhatFits(waiting, running, outcomes);
            if (running.isEmpty()) {
                last = nanoTime.getAsLong();
                continue;
            }
            waiter.await(CompletableFuture.anyOf(running.stream().map(r -> r.future).toArray(CompletableFuture[]::new)), SLICE);
            long now = nanoTime.getAsLong();
            // Measured from the previous reading, not from the start of the wait: a stop that lands while the lease is
            // kept or the next send is started (a database call, a name lookup) is time the process stood still too.
            long late = now - last - SLICE.toNanos() - STALL_TOLERANCE.toNanos();
            last = now;
            if (late > 0) {
                stalledNanos += late;
                running.forEach(r -> r.allowance += late);
            }
            for (Iterator<Running> it = running.iterator(); it.hasNext();) {
                Running r = it.next();
                if (r.future.isDone()) {
                    outcomes.put(r.send.id(), outcome(r.future));
                    it.remove();
                } else if (now - r.started > r.allowance) {
                    r.future.cancel(true);
                    outcomes.put(r.send.id(), Delivery.uncertain("No answer within " + limits(r.send).timeout().toSeconds()
                            + " s; the receiver may have it, so it goes out again with the same key."));
                    it.remove();
                }
            }
            if (now - kept >= keepEvery.toNanos()) {
                keepLease.run();
                kept = nanoTime.getAsLong();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return outcomes;
    }

    private void startWhatFits(Deque<Send> waiting, List<Running> running, Map<Long, Delivery> outcomes) {
        for (Iterator<Send> it = waiting.iterator(); it.hasNext();) {
            Send s = it.next();
            long sameChannel = running.stream().filter(r -> r.send.channel() == s.channel()).count();
            if (sameChannel >= limits(s).concurrent()) {
                continue;
            }
            it.remove();
            CompletableFuture<Delivery> future;
            try {
                future = s.start().get();
            } catch (RuntimeException e) {
                outcomes.put(s.id(), Delivery.retry("Could not start: " + EmailChannel.rootMessage(e)));
                continue;
            }
            running.add(new Running(s, future, nanoTime.getAsLong(), limits(s).timeout()));
        }
    }

    private Limits limits(Send s) {
        return limits.get(s.channel());
    }

    private static Delivery outcome(CompletableFuture<Delivery> done) {
        try {
            return done.getNow(null);
        } catch (RuntimeException e) {
            return Delivery.retry("Delivery failed: " + EmailChannel.rootMessage(e));
        }
    }

    /*
     * An interrupt (the scheduler stopping) does not abandon the sends: their answers are still awaited within their
     * timeouts and recorded, and the interrupt is restored afterwards. Otherwise every wait would return at once.
     */
    private void awaitAny(CompletableFuture<?> any, Duration slice) {
        try {
            any.get(slice.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            // Each send is looked at by the caller.
        } catch (InterruptedException e) {
            interrupted = true;
        }
    }
}
