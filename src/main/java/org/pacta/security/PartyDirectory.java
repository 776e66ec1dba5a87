package org.pacta.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Parties as accounts see them: ids and codes. Parties belong to agreement, which is above security and implements
 * this, so that an official's account names its parties without security knowing the party entity.
 */
public interface PartyDirectory {

    record Listed(long id, String code, String name, String timeZone) {
    }

    /** The party with this code, in any case. */
    Optional<Long> idOf(String code);

    /** The codes of these parties, sorted. */
    List<String> codesOf(Collection<Long> ids);

    List<Listed> all();
}
