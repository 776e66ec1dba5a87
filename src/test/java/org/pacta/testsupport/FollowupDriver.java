package org.pacta.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.pacta.followup.DigestService;
import org.pacta.followup.FollowupSweep;
import org.pacta.followup.ReviewService;
import org.pacta.notify.Dispatcher;

/** What the scheduler would do, on demand: move the clock, then run the jobs' service methods once. */
@ApplicationScoped
public class FollowupDriver {

    @Inject
    MutableClock clock;

    @Inject
    FollowupSweep sweep;

    @Inject
    Dispatcher dispatcher;

    @Inject
    ReviewService reviews;

    @Inject
    DigestService digests;

    /** Sets the clock, runs the deadline sweep, then one dispatch. */
    public Dispatcher.Result sweepAndSendAt(Instant at) {
        clock.set(at);
        sweep.sweep();
        return dispatcher.runOnce();
    }

    /** Moves the clock on, then dispatches what has come due (retries included). */
    public Dispatcher.Result sendAfter(Duration wait) {
        clock.advance(wait);
        return dispatcher.runOnce();
    }

    public Dispatcher.Result send() {
        return dispatcher.runOnce();
    }

    public FollowupSweep.Result sweep() {
        return sweep.sweep();
    }

    public int reviews() {
        return reviews.runDue();
    }

    public int digests() {
        return digests.runDue();
    }
}
