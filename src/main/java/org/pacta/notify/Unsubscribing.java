package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.commitment.Commitment;

/**
 * What the signed link at the foot of every message does: switches off a subscription, an owner's reminders or a
 * coordinator's messages, and cancels what was still waiting for them. Whoever follows a link is named in the audit
 * trail by the address the link was sent to.
 */
@ApplicationScoped
@Transactional
public class Unsubscribing {

    private static final Logger LOG = Logger.getLogger(Unsubscribing.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    org.pacta.security.Audit audit;

    /** What a signed unsubscribe link asks for; false when it names nothing that exists. */
    public boolean unsubscribe(String payload) {
        String[] parts = payload.split(":", 3);
        try {
            return switch (parts[0]) {
                case "s" -> switchOffByLink(Long.parseLong(parts[1]));
                case "o" -> ownerRemindersOff(Long.parseLong(parts[1]));
                case "c" -> parts.length == 3 && coordinatorLeaves(Long.parseLong(parts[1]), parts[2]);
                default -> false;
            };
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** The language of the messages a link came with: its subscription's, or the responsible party's. */
    public java.util.Optional<String> language(String payload) {
        String[] parts = payload.split(":", 3);
        try {
            if (parts[0].equals("s")) {
                Subscription s = Subscription.findById(Long.parseLong(parts[1]));
                return s == null ? java.util.Optional.empty() : java.util.Optional.of(s.lang());
            }
            if (parts[0].equals("o")) {
                Commitment c = Commitment.findById(Long.parseLong(parts[1]));
                return c == null ? java.util.Optional.empty() : org.pacta.platform.Languages.of(c.responsibleParty.language);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** The subscription stays (for its history), but nothing more is sent. */
    private boolean switchOffByLink(long id) {
        Subscription s = Subscription.findById(id);
        if (s == null) {
            return false;
        }
        if (s.active) {
            java.util.Map<String, Object> before = SubscriptionService.snapshot(s);
            s.active = false;
            s.updatedAt = clock.instant();
            outbox.cancelForSubscriptions(List.of(s.id), "Unsubscribed.");
            audit.recordAs(byLink(s.address()), null, org.pacta.security.Audit.UPDATE, "SUBSCRIPTION", s.id,
                    s.commitmentId, before, SubscriptionService.snapshot(s));
            LOG.infof("Subscription %d unsubscribed by its link", id);
        }
        return true;
    }

    private boolean ownerRemindersOff(long commitmentId) {
        Commitment c = Commitment.findById(commitmentId);
        if (c == null) {
            return false;
        }
        if (c.ownerReminders) {
            c.ownerReminders = false;
            audit.recordAs(byLink(c.ownerEmail == null ? "the owner" : c.ownerEmail), null, org.pacta.security.Audit.UPDATE,
                    "COMMITMENT", c.id, c.id, java.util.Map.of("ownerReminders", true), java.util.Map.of("ownerReminders", false));
            LOG.infof("Owner reminders of commitment %d turned off by the owner's link", c.id);
        }
        outbox.cancelForOwner(c.id, "The owner unsubscribed.");
        return true;
    }

    private boolean coordinatorLeaves(long agreementId, String email) {
        Agreement a = Agreement.findById(agreementId);
        if (a == null) {
            return false;
        }
        List<String> before = List.copyOf(a.coordinators);
        if (a.coordinators.remove(email)) {
            audit.recordAs(byLink(email), null, org.pacta.security.Audit.UPDATE, "AGREEMENT", a.id, null,
                    java.util.Map.of("coordinators", before), java.util.Map.of("coordinators", List.copyOf(a.coordinators)));
            LOG.infof("%s no longer coordinates agreement %d (unsubscribe link)", email, a.id);
        }
        outbox.cancelForCoordinator(a.id, email, "The coordinator unsubscribed.");
        return true;
    }

    private static String byLink(String address) {
        return address + " (unsubscribe link)";
    }
}
