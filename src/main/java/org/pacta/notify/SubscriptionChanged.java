package org.pacta.notify;

/** Fired inside the transaction that created or changed a subscription, so that its items are rescheduled. */
public record SubscriptionChanged(long subscriptionId) {
}
