package org.pacta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pacta.security.PartyDirectory;

/** Answers security's questions about parties (an account's party codes, the demo officials' parties). */
@ApplicationScoped
class PartyLookup implements PartyDirectory {

    @Override
    public Optional<Long> idOf(String code) {
        return Party.byCode(code).map(p -> p.id);
    }

    @Override
    public List<String> codesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Party.<Party>list("id in ?1", ids).stream().map(p -> p.code).sorted().toList();
    }

    @Override
    public List<Listed> all() {
        return Party.<Party>listAll().stream().map(p -> new Listed(p.id, p.code, p.name, p.timeZone)).toList();
    }
}
