package org.pacta.commitment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pacta.platform.NativeValues;

/**
 * Answers read from the ledger (commitment lists, the overdue report), kept while nothing they were read from can
 * have changed: the ledger stamp is still the one they were read under, and time has not reached the first moment
 * that alone would change them (an open deadline passing, an overdue item's day count going up). The stamp is read
 * from the database on every request, so a write on any node is seen by the next read on every node; a kept answer
 * costs that one indexed read instead of the answer's queries (DESIGN decision 18).
 */
@ApplicationScoped
public class LedgerCache {

    /** Far enough that nothing in the ledger is due after it; an answer that time alone cannot change keeps to it. */
    public static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");
    /** How much is kept, in answers of an ordinary size (a page of a list, a report's page). */
    static final int MAX_WEIGHT = 512;

    /** A computed answer and the first moment at which time alone could make it wrong. */
    public record Fresh<T>(T value, Instant until) {
    }

    /**
     * An answer that may be many times an ordinary one (a whole-ledger scorecard lists ten thousand agreements): it
     * counts as that many against what is kept, so that a few hundred of them cannot fill the heap.
     */
    public interface Weighed {
        int weight();
    }

    private record Entry(long stamp, Instant at, Instant until, Object value) {
        boolean servesAt(long current, Instant now) {
            return stamp == current && !now.isBefore(at) && now.isBefore(until);
        }
    }

    private final Cache<Object, Entry> entries = Caffeine.newBuilder().maximumWeight(MAX_WEIGHT)
            .weigher((Object key, Entry e) -> e.value() instanceof Weighed w ? Math.max(1, w.weight()) : 1).build();
    private final ConcurrentHashMap<Object, Computing> computing = new ConcurrentHashMap<>();

    @Inject
    LedgerStamp ledger;

    @Inject
    EntityManager em;

    /**
     * The answer for {@code key} at {@code now}: a kept one if it still holds, else {@code compute(now)}, kept for the
     * next reader. The key must hold everything the answer depends on besides the ledger and the time (filters,
     * page, and what the reader may see). A computation that throws keeps nothing.
     */
    public <T> T answer(Object key, Instant now, Function<Instant, Fresh<T>> compute) {
        return answer(key, stamp(), now, compute);
    }

    /** The ledger stamp now, for a caller that asks for several answers under one reading of it. */
    public long stamp() {
        return ledger.current();
    }

    /**
     * The same, under a stamp the caller read before any of the answers it asks for: a change committed while they
     * are computed raises the stamp past the one they are kept under. Readers that miss the same key under the same
     * stamp together wait for one computation instead of each running it: when a kept list runs out (a deadline
     * passing somewhere in a million rows), fifty readers would otherwise run the same queries at once and the
     * slowest of them would wait for all the others.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(Object key, long stamp, Instant now, Function<Instant, Fresh<T>> compute) {
        Entry kept = entries.getIfPresent(key);
        if (kept != null && kept.servesAt(stamp, now)) {
            return (T) kept.value();
        }
        Computing mine = new Computing(stamp, Thread.currentThread(), new CompletableFuture<>());
        Computing running = computing.putIfAbsent(key, mine);
        if (running != null) {
            Entry shared = running.stamp() == stamp && running.thread() != Thread.currentThread()
                    ? running.awaitEntry() : null;
            return (T) (shared != null && shared.servesAt(stamp, now) ? shared : keep(key, stamp, now, compute)).value();
        }
        Entry entry = null;
        try {
            entry = keep(key, stamp, now, compute);
            return (T) entry.value();
        } finally {
            mine.result().complete(entry);
            computing.remove(key, mine);
        }
    }

    private <T> Entry keep(Object key, long stamp, Instant now, Function<Instant, Fresh<T>> compute) {
        Fresh<T> fresh = compute.apply(now);
        Entry entry = new Entry(stamp, now, fresh.until(), fresh.value());
        entries.put(key, entry);
        return entry;
    }

    /** A computation under way: the stamp it reads under, its thread, and its entry (null if it failed). */
    private record Computing(long stamp, Thread thread, CompletableFuture<Entry> result) {
        Entry awaitEntry() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                return null;
            }
        }
    }

    /**
     * The first deadline of an open commitment or an unfinished milestone after {@code t}: until then no item enters
     * or leaves a list that compares deadlines with {@code t}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant nextDeadlineAfter(Instant t) {
        Instant commitment = first("select c.due_at from commitment c where c.due_at > :t"
                + " and c.status not in ('DONE', 'CANCELLED') order by c.due_at nulls last", t);
        Instant milestone = first("select m.due_at from milestone m where m.due_at > :t and m.completed_at is null"
                + " order by m.due_at nulls last", t);
        return earliest(commitment, milestone);
    }

    public static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** {@code until}, or sooner if the day count of an open item due at one of {@code dueAts} moves before it. */
    public static Instant untilCountsMove(Instant until, Stream<Instant> dueAts, Instant now) {
        return dueAts.map(due -> Deadline.nextCountChange(due, now)).reduce(until, LedgerCache::earliest);
    }

    private Instant first(String sql, Instant t) {
        List<?> rows = em.createNativeQuery(sql).setParameter("t", t).setMaxResults(1).getResultList();
        return rows.isEmpty() ? NEVER : NativeValues.instant(rows.get(0));
    }
}
