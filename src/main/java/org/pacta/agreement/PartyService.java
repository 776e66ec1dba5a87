package org.pacta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.pacta.platform.ApiException;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

@ApplicationScoped
@Transactional
public class PartyService {

    private static final Logger LOG = Logger.getLogger(PartyService.class);

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Party> list(PageRequest page) {
        var query = Party.findAll(io.quarkus.panache.common.Sort.by("code"));
        List<Party> items = query.page(page.page(), page.size()).list();
        return PageResult.of(items, page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Party get(String code) {
        return Party.byCode(code).orElseThrow(() -> ApiException.notFound("Party", code));
    }

    public Party create(PartyInput in) {
        Violations v = Violations.forFields();
        if (in.code() == null || in.code().isBlank()) {
            v.add("code", "must not be blank");
        }
        ZoneId zone = zoneOf(in.timeZone(), v);
        v.throwIfAny();
        String code = in.code().toUpperCase(Locale.ROOT);
        if (Party.byCode(code).isPresent()) {
            throw ApiException.conflict("A party with code " + code + " already exists.");
        }
        Party party = new Party(code, in.name().strip(), zone);
        party.persist();
        LOG.infof("Party %s created: %s (%s)", party.code, party.name, party.timeZone);
        return party;
    }

    public Party update(String code, PartyInput in, ExpectedVersion expected) {
        Party party = get(code);
        Violations v = Violations.forFields();
        if (in.code() != null && !in.code().equalsIgnoreCase(party.code)) {
            v.add("code", "A party's code cannot change (it is " + party.code + ").");
        }
        ZoneId zone = zoneOf(in.timeZone(), v);
        v.throwIfAny();
        expected.check(party.version);
        party.name = in.name().strip();
        party.timeZone = zone.getId();
        LOG.infof("Party %s updated: %s (%s)", party.code, party.name, party.timeZone);
        return party;
    }

    public void delete(String code, ExpectedVersion expected) {
        Party party = get(code);
        ExpectedVersion.check(expected, party.version);
        long agreements = Agreement.count("select count(a) from Agreement a join a.parties p where p = ?1", party);
        long commitments = org.pacta.commitment.Commitment.count("responsibleParty", party);
        long subscriptions = org.pacta.notify.Subscription.count("partyId", party.id);
        if (subscriptions > 0) {
            throw ApiException.conflict("Party " + party.code + " is followed by " + subscriptions + " subscription(s);"
                    + " they must be removed before the party.");
        }
        if (agreements > 0 || commitments > 0) {
            throw ApiException.conflict("Party " + party.code + " is still used by " + agreements + " agreement(s) and "
                    + commitments + " commitment(s); remove it from them first.");
        }
        party.delete();
        LOG.infof("Party %s deleted", party.code);
    }

    static ZoneId zoneOf(String id, Violations v) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return TimeRules.zone(id).orElseGet(() -> {
            v.add("timeZone", "\"" + id + "\" is not a known IANA time zone (e.g. Asia/Tehran, Europe/Minsk, UTC).");
            return null;
        });
    }
}
