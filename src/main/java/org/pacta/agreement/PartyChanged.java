package org.pacta.agreement;

/** Fired inside the transaction that created, renamed or deleted a party (lists and reports name parties). */
public record PartyChanged(String code) {
}
