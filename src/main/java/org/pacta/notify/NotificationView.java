package org.pacta.notify;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification")
public record NotificationView(long id, String idempotencyKey, Notification.Kind kind, String stage, Long commitmentId,
        Long milestoneId, Long agreementId, Long reviewId, Instant occurrence, Notification.RecipientKind recipientKind,
        Long subscriptionId, Subscription.Channel channel, String recipient, Long digestId, Instant notBefore,
        Notification.Status status, int attempts, String lastError, Instant sentAt, Instant createdAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.idempotencyKey, n.kind, n.stage, n.commitmentId, n.milestoneId, n.agreementId,
                n.reviewId, n.occurrence, n.recipientKind, n.subscriptionId, n.channel, n.recipient, n.digestId,
                n.notBefore, n.status, n.attempts, n.lastError, n.sentAt, n.createdAt);
    }
}
