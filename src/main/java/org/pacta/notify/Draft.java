package org.pacta.notify;

import java.time.Instant;

/** A notification decided on but not yet written; the outbox drops it when its key already exists. */
public record Draft(String key, Notification.Kind kind, String stage, Long commitmentId, Long milestoneId,
        Long agreementId, Long reviewId, Instant occurrence, Notification.RecipientKind recipientKind,
        Subscription subscription, Subscription.Channel channel, String recipient) {
}
