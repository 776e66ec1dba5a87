package org.pacta.security;

/** A party as an access decision needs it: parties are above security and hand themselves in as this. */
public interface ResponsibleParty {

    Long partyId();

    String partyCode();
}
