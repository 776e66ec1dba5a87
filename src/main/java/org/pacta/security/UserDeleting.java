package org.pacta.security;

/**
 * Fired inside the deleting transaction before an account goes: what belongs to the person in the packages above
 * security (their subscriptions) goes with it.
 */
public record UserDeleting(long userId) {
}
