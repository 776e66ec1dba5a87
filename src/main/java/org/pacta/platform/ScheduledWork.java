package org.pacta.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/**
 * The scheduled work of this node (sweeps, reviews, digests, dispatch) and its graceful stop. Quarkus closes the
 * database after the shutdown observers ran but does not wait for a scheduled method in progress, so a sweep caught
 * by SIGTERM failed against a closed EntityManager (seen in the cluster suite, "Session/EntityManager is closed").
 * A stopping node starts no further work, each job stops at its next batch boundary, and the stop waits for the
 * batches in hand to commit before the database goes.
 */
@ApplicationScoped
public class ScheduledWork {

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class);

    /*
     * Static, not per instance: the scheduler can still fire a task it had queued after the application's beans were
     * destroyed, and the container then makes new beans (and an empty persistence configuration) for it, which would
     * start work ("Unable to find an EntityManagerFactory", seen once in the cluster suite at a graceful stop).
     */
    private static final ReentrantReadWriteLock RUNNING = new ReentrantReadWriteLock();
    private static volatile boolean stopping;

    @Inject
    PactaConfig config;

    /** Whether the node is stopping: a job in progress ends after the batch in hand. */
    public boolean stopping() {
        return stopping;
    }

    /** Runs {@code work} unless the node is stopping; the node's stop waits for it. */
    public void run(Runnable work) {
        if (stopping || !RUNNING.readLock().tryLock()) {
            return;
        }
        try {
            if (!stopping) {
                work.run();
            }
        } finally {
            RUNNING.readLock().unlock();
        }
    }

    void start(@Observes StartupEvent event) {
        stopping = false;
    }

    void stop(@Observes ShutdownEvent event) {
        stopWithin(config.dispatch().lease());
    }

    /** Refuses new work and waits up to {@code patience} for the work in progress; whether it all ended. */
    boolean stopWithin(Duration patience) {
        stopping = true;
        try {
            if (RUNNING.writeLock().tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                RUNNING.writeLock().unlock();
                return true;
            }
            LOG.warn("Stopping with scheduled work still in progress; what it had not committed is done again"
                    + " after the start (deliveries when their lease ends)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
