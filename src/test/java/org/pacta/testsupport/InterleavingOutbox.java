package org.pacta.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.pacta.notify.Draft;
import org.pacta.notify.Outbox;

/**
 * The outbox, with a way for a test to commit another transaction's work at the moment a sweep writes its rows:
 * after the sweep has read its items and before it stores their next follow-up moments. Does nothing unless armed.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class InterleavingOutbox extends Outbox {

    private final AtomicReference<Runnable> meanwhile = new AtomicReference<>();

    /** Runs {@code work} once, in its own committed transaction, during the next sweep's write. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void armOnce(Runnable work) {
        meanwhile.set(work);
    }

    @Override
    public int add(List<Draft> drafts, Instant now) {
        Runnable work = meanwhile.getAndSet(null);
        if (work != null) {
            QuarkusTransaction.requiringNew().run(work);
        }
        return super.add(drafts, now);
    }
}
