package org.pacta.agreement;

/** Fired when an update drops a party from an agreement; an observer that still needs the party there throws. */
public record PartyLeaving(Agreement agreement, Party party) {
}
