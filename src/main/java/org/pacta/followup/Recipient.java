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

    /**
     * A completion's recipients while the other parties have not confirmed it: the subscriptions that follow the
     * commitment, and the officials of those parties (its owner is on the side that reported it).
     */
    public static List<Recipient> asking(List<Subscription> following, List<String> officials) {
        List<Recipient> recipients = new ArrayList<>(following.size() + officials.size());
        following.forEach(s -> recipients.add(of(s)));
        officials.forEach(e -> recipients.add(official(e)));
        return recipients;
    }

    public static Recipient owner(String email) {
        return new Recipient(Notification.RecipientKind.OWNER, null, email, Ladder.DEFAULT);
    }

    /** An official of a party to the agreement; asked, like an owner, on the default ladder. */
    public static Recipient official(String email) {
        return new Recipient(Notification.RecipientKind.OFFICIAL, null, email, Ladder.DEFAULT);
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
            case OFFICIAL -> "official:" + email;
        };
    }

    public Subscription.Channel channel() {
        return subscription == null ? Subscription.Channel.EMAIL : subscription.channel;
    }

    public String address() {
        return subscription == null ? email : subscription.address();
    }
}
