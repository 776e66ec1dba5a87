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
        MailWords w = MailWords.of(language(n, s, b));
        MessageRenderer.Footer footer = footer(n, s, w);
        Message message = switch (n.kind) {
            case DUE_SOON, DUE_TODAY, OVERDUE, ESCALATION, CONFIRMATION, DISPUTED, ANSWERED, CONFIRMED ->
                    renderer.reminderMessage(reminder(n, b, zone, now, w), footer, w);
            case REVIEW -> renderer.reviewMessage(briefing(b, n.reviewId), n.reviewId, footer, w);
            case DIGEST -> digest(n, b, zone, now, footer, w);
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

    private ReminderView reminder(Notification n, Batch b, ZoneId zone, Instant now, MailWords w) {
        Milestone m = n.milestoneId == null ? null : b.milestones.get(n.milestoneId);
        Commitment c = m != null ? m.commitment : b.commitments.get(n.commitmentId);
        return renderer.reminder(n, c, m, b.stepOf(n), zone, now, w);
    }

    private Message digest(Notification n, Batch b, ZoneId zone, Instant now, MessageRenderer.Footer footer, MailWords w) {
        List<ReminderView> reminders = new ArrayList<>();
        List<Briefing> briefings = new ArrayList<>();
        for (Notification child : b.digestChildren.getOrDefault(n.id, List.of())) {
            if (b.whyStale(child, b.subscriptions.get(child.subscriptionId)) != null) {
                continue;
            }
            if (child.kind == Notification.Kind.REVIEW) {
                briefings.add(briefing(b, child.reviewId));
            } else {
                reminders.add(reminder(child, b, zone, now, w));
            }
        }
        return reminders.isEmpty() && briefings.isEmpty() ? null : renderer.digestMessage(reminders, briefings, footer, w);
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

    /**
     * A subscriber reads the subscription's language; an owner, a coordinator or an official the language of the party
     * responsible, when it has one; English otherwise.
     */
    private static String language(Notification n, Subscription s, Batch b) {
        if (s != null) {
            return s.lang();
        }
        Commitment c = n.milestoneId != null && b.milestones.containsKey(n.milestoneId)
                ? b.milestones.get(n.milestoneId).commitment : n.commitmentId == null ? null : b.commitments.get(n.commitmentId);
        return c == null ? "en" : org.pacta.platform.Languages.orEnglish(c.responsibleParty.language);
    }

    private MessageRenderer.Footer footer(Notification n, Subscription s, MailWords w) {
        MailMsg words = w.msg();
        return switch (n.recipientKind) {
            case SUBSCRIPTION -> new MessageRenderer.Footer(words.footer_subscribed(describe(s, words)),
                    unsubscribe.forSubscription(s.id));
            case OWNER -> new MessageRenderer.Footer(words.footer_owner(), unsubscribe.forOwner(n.commitmentId));
            case COORDINATOR -> new MessageRenderer.Footer(words.footer_coordinator(),
                    unsubscribe.forCoordinator(n.agreementId, n.recipient));
            case OFFICIAL -> new MessageRenderer.Footer(words.footer_official(), null);
        };
    }

    private static String describe(Subscription s, MailMsg words) {
        return switch (s.scope) {
            case ALL -> words.scope_all();
            case AGREEMENT -> words.scope_agreement();
            case PARTY -> words.scope_party();
            case COMMITMENT -> words.scope_commitment();
        };
    }
}
