package org.pacta.notify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Polls the outbox on every node (the in-memory scheduler, not Quartz): dispatching is not a moment in time but a
 * queue, and every node may help drain it because claims let only one node send each row.
 */
@ApplicationScoped
public class DispatchJob {

    private static final Logger LOG = Logger.getLogger(DispatchJob.class);

    @Inject
    Dispatcher dispatcher;

    @Inject
    org.pacta.platform.PactaConfig config;

    private final ReentrantLock running = new ReentrantLock();
    /*
     * Static, not per instance: the in-memory scheduler can still fire a task it had queued after the application's
     * beans were destroyed, and the container then makes a new DispatchJob (and Dispatcher, and an empty persistence
     * configuration) for it, which would start claiming ("Unable to find an EntityManagerFactory", seen once in the
     * cluster suite at a node's graceful stop).
     */
    private static volatile boolean stopping;

    @Scheduled(identity = "dispatch", every = "${pacta.dispatch.every}", executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        if (!config.dispatch().enabled() || stopping || !running.tryLock()) {
            return;
        }
        try {
            dispatcher.runOnce(() -> stopping);
        } finally {
            running.unlock();
        }
    }

    void start(@Observes StartupEvent event) {
        stopping = false;
    }

    /*
     * The scheduler may still fire while the application shuts down, after the database is closed, and a batch in
     * flight could then not record what it sent: its rows would go out again when their lease ends. So a stopping node
     * claims nothing more and lets the batch in flight finish before the database goes.
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            if (running.tryLock(config.dispatch().lease().toMillis(), TimeUnit.MILLISECONDS)) {
                running.unlock();
            } else {
                LOG.warn("Stopping with a delivery batch still in flight; its rows go out again when their lease ends");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
