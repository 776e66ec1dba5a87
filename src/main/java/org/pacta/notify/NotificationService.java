package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.security.Audit;

/** What an administrator may do to the outbox: send a DEAD notification again. */
@ApplicationScoped
@Transactional
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    org.pacta.security.Access access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Notification get(long id) {
        access.requireAdmin();
        Notification n = Notification.findById(id);
        if (n == null) {
            throw Refusal.notFound("Notification", id);
        }
        return n;
    }

    /** Back to PENDING with a fresh count of attempts; it keeps its idempotency key, so a receiver can drop a repeat. */
    public Notification retry(long id) {
        Notification n = get(id);
        if (n.status != Notification.Status.DEAD) {
            String status = String.valueOf(n.status);
            throw Refusal.conflict(r -> r.only_dead_retry(status));
        }
        Map<String, Object> before = snapshot(n);
        outbox.revive(n, clock.instant());
        audit.record(Audit.UPDATE, "NOTIFICATION", n.id, n.commitmentId, before, snapshot(n));
        LOG.infof("Notification %d put back for delivery by %s (was DEAD: %s)", n.id, access.user().actor(), n.lastError);
        return n;
    }

    private static Map<String, Object> snapshot(Notification n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", n.idempotencyKey);
        m.put("recipient", n.recipient);
        m.put("status", n.status);
        m.put("attempts", n.attempts);
        m.put("notBefore", n.notBefore);
        m.put("lastError", n.lastError);
        return m;
    }
}
