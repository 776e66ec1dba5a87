package org.pacta.followup;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Quartz triggers (DESIGN decision 7), persistent in the database and clustered on PostgreSQL: after downtime a
 * missed trigger fires once at start-up, and each job then catches up from what the database says is due. Each
 * job only calls one service method. None runs on two nodes at once ({@link Nonconcurrent}, Quartz's
 * DisallowConcurrentExecution): a sweep longer than its interval would otherwise meet the next one, fired on another
 * node, over the same due items (seen after downtime, when the first sweep has the most to do).
 */
@ApplicationScoped
public class FollowupJobs {

    @Inject
    FollowupSweep sweep;

    @Inject
    ReviewService reviews;

    @Inject
    DigestService digests;

    @Inject
    org.pacta.platform.PactaConfig config;

    @Inject
    org.pacta.platform.ScheduledWork work;

    @Nonconcurrent
    @Scheduled(identity = "deadline-sweep", every = "${pacta.followup.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepDeadlines() {
        if (config.followup().enabled()) {
            work.run(() -> sweep.sweep());
        }
    }

    @Nonconcurrent
    @Scheduled(identity = "review-sweep", every = "${pacta.followup.review-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void holdReviews() {
        if (config.followup().enabled()) {
            work.run(() -> reviews.runDue());
        }
    }

    @Nonconcurrent
    @Scheduled(identity = "daily-digests", every = "${pacta.followup.digest-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void buildDigests() {
        if (config.followup().enabled()) {
            work.run(() -> digests.runDue());
        }
    }
}
