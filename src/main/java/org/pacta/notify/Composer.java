package org.pacta.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Milestone;

/**
 * Turns a claimed notification into its message, in the recipient's zone and with its footer, while the batch's
 * entities are at hand, and answers the step that sends it; or a settled outcome when it must not go out any more.
 */
@ApplicationScoped
class Composer {

    @Inject
    MessageRenderer renderer;

    @Inject
    EmailChannel email;

    @Inject
    WebhookChannel webhook;

    @Inject
    UnsubscribeLinks unsubscribe;

    @Inject
    ObjectMapper mapper;

    /** Renders the message while the batch's entities are at hand; the returned step sends it. */
    Supplier<CompletableFuture<Delivery>> prepare(Notification n, Batch b, Instant now) {
        Subscription s = n.subscriptionId == null ? null : b.subscriptions.get(n.subscriptionId);
        String stale = b.whyStale(n, s);
        if (stale != null) {
            return () -> CompletableFuture.completedFuture(Delivery.cancelled(stale));
        }
        ZoneId zone = recipientZone(n, s, b);
        MessageRenderer.Footer footer = footer(n, s, b);
        Message message = switch (n.kind) {
            case DUE_SOON, DUE_TODAY, OVERDUE, ESCALATION, CONFIRMATION, DISPUTED, ANSWERED, CONFIRMED ->
                    renderer.reminderMessage(reminder(n, b, zone, now), footer);
            case REVIEW -> renderer.reviewMessage(briefing(b, n.reviewId), n.reviewId, footer);
            case DIGEST -> digest(n, b, zone, now, footer);
        };
        if (message == null) {
            return () -> CompletableFuture.completedFuture(Delivery.cancelled("Nothing in this digest applies any more."));
        }
        if (n.channel == Subscription.Channel.EMAIL) {
            String unsubscribeUrl = footer.unsubscribeUrl();
            return () -> email.send(n, message, unsubscribeUrl);
        }
        String secret = s.secret;
        return () -> webhook.send(n, message, secret);
    }

    private ReminderView reminder(Notification n, Batch b, ZoneId zone, Instant now) {
        Milestone m = n.milestoneId == null ? null : b.milestones.get(n.milestoneId);
        Commitment c = m != null ? m.commitment : b.commitments.get(n.commitmentId);
        return renderer.reminder(n, c, m, b.stepOf(n), zone, now);
    }

    private Message digest(Notification n, Batch b, ZoneId zone, Instant now, MessageRenderer.Footer footer) {
        List<ReminderView> reminders = new ArrayList<>();
        List<Briefing> briefings = new ArrayList<>();
        for (Notification child : b.digestChildren.getOrDefault(n.id, List.of())) {
            if (b.whyStale(child, b.subscriptions.get(child.subscriptionId)) != null) {
                continue;
            }
            if (child.kind == Notification.Kind.REVIEW) {
                briefings.add(briefing(b, child.reviewId));
            } else {
                reminders.add(reminder(child, b, zone, now));
            }
        }
        return reminders.isEmpty() && briefings.isEmpty() ? null : renderer.digestMessage(reminders, briefings, footer);
    }

    private Briefing briefing(Batch b, long reviewId) {
        try {
            return mapper.readValue(b.briefings.get(reviewId), Briefing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored briefing of review " + reviewId + " unreadable", e);
        }
    }

    private static ZoneId recipientZone(Notification n, Subscription s, Batch b) {
        if (s != null) {
            return s.zone();
        }
        Commitment c = n.milestoneId != null && b.milestones.containsKey(n.milestoneId)
                ? b.milestones.get(n.milestoneId).commitment : b.commitments.get(n.commitmentId);
        return c == null ? null : c.responsibleParty.zone();
    }

    private MessageRenderer.Footer footer(Notification n, Subscription s, Batch b) {
        return switch (n.recipientKind) {
            case SUBSCRIPTION -> new MessageRenderer.Footer("You receive this because you subscribed to "
                    + describe(s, b) + " in Pacta.", unsubscribe.forSubscription(s.id));
            case OWNER -> new MessageRenderer.Footer("You receive this because you are named as the owner of this"
                    + " commitment in Pacta.", unsubscribe.forOwner(n.commitmentId));
            case COORDINATOR -> new MessageRenderer.Footer("You receive this because you coordinate this agreement in"
                    + " Pacta.", unsubscribe.forCoordinator(n.agreementId, n.recipient));
            case OFFICIAL -> new MessageRenderer.Footer("You receive this because you are an official of a party to this"
                    + " agreement in Pacta, whose word on the completion is asked for or awaited.", null);
        };
    }

    private static String describe(Subscription s, Batch b) {
        return switch (s.scope) {
            case ALL -> "all agreements";
            case AGREEMENT -> "an agreement";
            case PARTY -> "what a party is responsible for";
            case COMMITMENT -> "a commitment";
        };
    }
}
