package org.pacta.followup;

import java.util.ArrayList;
import java.util.List;
import org.pacta.notify.Ladder;
import org.pacta.notify.Notification;
import org.pacta.notify.Recipients;
import org.pacta.notify.Subscription;

/** Someone a follow-up can be owed to, with the ladder they want (null for coordinators, who follow others'). */
public record Recipient(Notification.RecipientKind kind, Subscription subscription, String email, Ladder ladder) {

    public static Recipient of(Subscription s) {
        return new Recipient(Notification.RecipientKind.SUBSCRIPTION, s, null, Ladders.of(s));
    }

    /** A commitment's recipients: the subscriptions that follow it, and its owner when reminded ({@link Recipients}). */
    public static List<Recipient> of(List<Subscription> following, String ownerEmail, boolean ownerReminders,
            boolean agreementRemindsOwners) {
        List<Recipient> recipients = new ArrayList<>(following.size() + 1);
        following.forEach(s -> recipients.add(of(s)));
        if (Recipients.ownerReminded(ownerEmail, ownerReminders, agreementRemindsOwners)) {
            recipients.add(owner(ownerEmail));
        }
        return recipients;
    }

    public static Recipient owner(String email) {
        return new Recipient(Notification.RecipientKind.OWNER, null, email, Ladder.DEFAULT);
    }

    public static Recipient coordinator(String email) {
        return new Recipient(Notification.RecipientKind.COORDINATOR, null, email, null);
    }

    /** The part of the idempotency key that names the recipient. */
    public String key() {
        return switch (kind) {
            case SUBSCRIPTION -> "sub:" + subscription.id;
            case OWNER -> "owner:" + email;
            case COORDINATOR -> "coord:" + email;
        };
    }

    public Subscription.Channel channel() {
        return subscription == null ? Subscription.Channel.EMAIL : subscription.channel;
    }

    public String address() {
        return subscription == null ? email : subscription.address();
    }
}
