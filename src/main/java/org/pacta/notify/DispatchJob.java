package org.pacta.notify;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Polls the outbox on every node (the in-memory scheduler, not Quartz): dispatching is not a moment in time but a
 * queue, and every node may help drain it because claims let only one node send each row.
 */
@ApplicationScoped
public class DispatchJob {

    @Inject
    Dispatcher dispatcher;

    @Inject
    org.pacta.platform.PactaConfig config;

    @Inject
    org.pacta.platform.ScheduledWork work;

    @Scheduled(identity = "dispatch", every = "${pacta.dispatch.every}", executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        if (config.dispatch().enabled()) {
            work.run(() -> dispatcher.runOnce(work::stopping));
        }
    }
}
