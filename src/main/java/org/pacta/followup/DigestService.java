package org.pacta.followup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.pacta.notify.Draft;
import org.pacta.notify.Notification;
import org.pacta.notify.Outbox;
import org.pacta.notify.Subscription;

/**
 * Daily digests: at each subscriber's local digest time, the reminders held for them become one message. The
 * held rows stay, marked DIGESTED with the digest that carried them.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    org.pacta.platform.ScheduledWork work;

    /** Builds every digest that has come due; returns how many. */
    public int runDue() {
        Instant now = clock.instant();
        List<Long> subscribers = QuarkusTransaction.requiringNew().call(() -> Notification.find(
                "select distinct n.subscriptionId from Notification n where n.status = ?1 and n.notBefore <= ?2",
                Notification.Status.HELD, now).project(Long.class).list());
        int built = 0;
        for (Long id : subscribers) {
            if (work.stopping()) {
                break;
            }
            if (QuarkusTransaction.requiringNew().call(() -> digest(id, now))) {
                built++;
            }
        }
        return built;
    }

    boolean digest(long subscriptionId, Instant now) {
        List<Notification> held = Notification.list("subscriptionId = ?1 and status = ?2 and notBefore <= ?3 order by id",
                subscriptionId, Notification.Status.HELD, now);
        if (held.isEmpty()) {
            return false;
        }
        Subscription s = Subscription.findById(subscriptionId);
        if (s == null || !s.active) {
            held.forEach(n -> outbox.cancel(n, "The subscription was removed before its digest."));
            return false;
        }
        Instant moment = held.stream().map(n -> n.notBefore).max(Instant::compareTo).orElse(now);
        // The first carried row names the digest too: a reminder written after the digest of its moment was built
        // (by a sweep that read the clock just before) makes a digest of its own instead of joining a sent one.
        String key = "digest:sub:" + s.id + ":" + moment.getEpochSecond() + ":" + held.get(0).id;
        outbox.add(List.of(new Draft(key, Notification.Kind.DIGEST, "DIGEST", null, null, null, null, moment,
                Notification.RecipientKind.SUBSCRIPTION, s, s.channel, s.address())), now);
        Notification digest = Notification.find("idempotencyKey", key).firstResult();
        outbox.carriedBy(held, digest.id);
        LOG.infof("Digest %d for subscription %d carries %d reminder(s)", digest.id, s.id, held.size());
        return true;
    }
}
