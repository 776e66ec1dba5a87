package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What this node's jobs last did, for the status endpoint. Made at start-up, so that /q/metrics carries the overdue
 * gauge from the first scrape, not only after the first sweep on this node.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class FollowupState {

    private final AtomicReference<FollowupSweep.Result> lastSweep = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong overdue = new java.util.concurrent.atomic.AtomicLong();

    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    @jakarta.annotation.PostConstruct
    void gauges() {
        registry.gauge("pacta.overdue.commitments", overdue);
    }

    void overdue(long count) {
        overdue.set(count);
    }

    public long overdue() {
        return overdue.get();
    }

    void swept(FollowupSweep.Result result) {
        lastSweep.set(result);
    }

    public FollowupSweep.Result lastSweep() {
        return lastSweep.get();
    }
}
