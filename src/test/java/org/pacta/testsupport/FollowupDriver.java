package org.pacta.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.pacta.followup.DigestService;
import org.pacta.followup.FollowupSweep;
import org.pacta.followup.ReviewService;
import org.pacta.notify.Dispatcher;
import org.pacta.notify.Notification;

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

    @Inject
    EntityManager em;

    /** Sets the clock, runs the deadline sweep, then one dispatch. */
    public Dispatcher.Result sweepAndSendAt(Instant at) {
        clock.set(at);
        sweep.sweep();
        return send();
    }

    /** Moves the clock on, then dispatches what has come due (retries included). */
    public Dispatcher.Result sendAfter(Duration wait) {
        clock.advance(wait);
        return send();
    }

    /**
     * One dispatch run. Now and then a new SMTP connection of the Vert.x mail client never starts its session
     * (the server waits for EHLO, the client for nothing) and the dispatcher gives the delivery up after its
     * timeout, as it should: the row goes to RETRY. Such a row is put back at once, as the run after its backoff
     * would, so that a test's clock need not move for a fault of the test's mail path.
     */
    public Dispatcher.Result send() {
        Dispatcher.Result result = dispatcher.runOnce();
        for (int again = 0; again < 3 && QuarkusTransaction.requiringNew().call(this::releaseStalled) > 0; again++) {
            result = dispatcher.runOnce();
        }
        return result;
    }

    private int releaseStalled() {
        return em.createQuery("update Notification n set n.notBefore = :now where n.status = :retry"
                + " and n.channel = :email and n.lastError like 'No answer within%' and n.notBefore > :now")
                .setParameter("now", clock.instant()).setParameter("retry", Notification.Status.RETRY)
                .setParameter("email", org.pacta.notify.Subscription.Channel.EMAIL).executeUpdate();
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
