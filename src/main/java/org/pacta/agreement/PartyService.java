package org.pacta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

@ApplicationScoped
@Transactional
public class PartyService {

    @Inject
    org.pacta.security.Access access;

    @Inject
    Event<PartyChanged> changed;

    @Inject
    Event<PartyDeleting> deleting;

    @Inject
    org.pacta.security.Audit audit;

    private static final Logger LOG = Logger.getLogger(PartyService.class);

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Party> list(PageRequest page) {
        var query = Party.findAll(io.quarkus.panache.common.Sort.by("code"));
        List<Party> items = query.page(page.page(), page.size()).list();
        return PageResult.of(items, page, query.count());
    }

    /** Every party by code, for pages' choices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyView> views() {
        return Party.<Party>listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(PartyView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Party get(String code) {
        return Party.byCode(code).orElseThrow(() -> Refusal.notFound("Party", code));
    }

    public Party create(PartyInput in) {
        access.requireAdmin();
        Violations v = Violations.forFields();
        if (in.code() == null || in.code().isBlank()) {
            v.add("code", Refusals::not_blank);
        }
        ZoneId zone = zoneOf(in.timeZone(), v);
        String language = languageOf(in.language(), v);
        Week week = weekOf(in, v);
        v.throwIfAny();
        String code = in.code().toUpperCase(Locale.ROOT);
        if (Party.byCode(code).isPresent()) {
            throw Refusal.conflict(r -> r.party_exists(code));
        }
        Party party = new Party(code, in.name().strip(), zone);
        party.language = language;
        week.applyTo(party);
        party.persist();
        changed.fire(new PartyChanged(party.code));
        audit.record(org.pacta.security.Audit.CREATE, "PARTY", party.code, null, null, PartyView.of(party));
        LOG.infof("Party %s created: %s (%s)", party.code, party.name, party.timeZone);
        return party;
    }

    public Party update(String code, PartyInput in, ExpectedVersion expected) {
        access.requireAdmin();
        Party party = get(code);
        Violations v = Violations.forFields();
        if (in.code() != null && !in.code().equalsIgnoreCase(party.code)) {
            v.add("code", r -> r.party_code_fixed(party.code));
        }
        ZoneId zone = zoneOf(in.timeZone(), v);
        String language = languageOf(in.language(), v);
        Week week = weekOf(in, v);
        v.throwIfAny();
        ExpectedVersion.require(expected).check(party.version);
        PartyView before = PartyView.of(party);
        party.name = in.name().strip();
        party.timeZone = zone.getId();
        party.language = language;
        week.applyTo(party);
        changed.fire(new PartyChanged(party.code));
        audit.record(org.pacta.security.Audit.UPDATE, "PARTY", party.code, null, before, PartyView.of(party));
        LOG.infof("Party %s updated: %s (%s)", party.code, party.name, party.timeZone);
        return party;
    }

    public void delete(String code, ExpectedVersion expected) {
        access.requireAdmin();
        Party party = get(code);
        ExpectedVersion.check(expected, party.version);
        long agreements = Agreement.count("select count(a) from Agreement a join a.parties p where p = ?1", party);
        // Subscriptions to the party refuse here; commitments count those the party is responsible for.
        PartyDeleting use = new PartyDeleting(party);
        deleting.fire(use);
        long commitments = use.commitments();
        if (agreements > 0 || commitments > 0) {
            throw Refusal.conflict(r -> r.party_in_use(party.code, agreements, commitments));
        }
        if (use.steps() > 0) {
            throw Refusal.conflict(r -> r.party_spoke_in_threads(party.code, use.steps()));
        }
        long users = org.pacta.security.User.count("select count(u) from User u join u.partyIds p where p = ?1", party.id);
        if (users > 0) {
            throw Refusal.conflict(r -> r.party_has_officials(party.code, users));
        }
        audit.record(org.pacta.security.Audit.DELETE, "PARTY", party.code, null, PartyView.of(party), null);
        party.delete();
        changed.fire(new PartyChanged(party.code));
        LOG.infof("Party %s deleted", party.code);
    }

    static String languageOf(String given, Violations v) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return org.pacta.platform.Languages.of(given).orElseGet(() -> {
            v.add("language", r -> r.unknown_language(given));
            return null;
        });
    }

    /** A party's working week as given: null fields keep the defaults. */
    record Week(java.util.Set<java.time.DayOfWeek> days, java.time.DayOfWeek shortDay, java.time.LocalTime shortUntil,
            java.time.LocalTime morning) {

        void applyTo(Party p) {
            p.workingDays = days == null ? null
                    : days.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
            p.shortDay = shortDay == null ? null : shortDay.name();
            p.shortUntil = shortDay == null ? null : shortUntil;
            p.workingMorning = morning;
        }
    }

    static Week weekOf(PartyInput in, Violations v) {
        java.util.Set<java.time.DayOfWeek> days = null;
        if (in.workingDays() != null) {
            days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
            for (String d : in.workingDays()) {
                java.time.DayOfWeek day = dayOf(d, "workingDays", v);
                if (day != null) {
                    days.add(day);
                }
            }
            if (in.workingDays().isEmpty()) {
                v.add("workingDays", Refusals::working_week_empty);
            }
        }
        java.time.DayOfWeek shortDay = null;
        java.time.LocalTime until = null;
        if (in.shortDay() != null) {
            shortDay = dayOf(in.shortDay().day(), "shortDay.day", v);
            until = timeOf(in.shortDay().until(), "shortDay.until", v);
            if (in.shortDay().until() == null) {
                v.add("shortDay.until", Refusals::not_blank);
            }
            java.util.Set<java.time.DayOfWeek> full = days == null ? WorkCalendar.MONDAY_TO_FRIDAY : days;
            if (shortDay != null && full.contains(shortDay)) {
                String name = shortDay.name();
                v.add("shortDay.day", r -> r.short_day_is_full(name));
            }
        }
        java.time.LocalTime morning = timeOf(in.workingMorning(), "workingMorning", v);
        return new Week(days, shortDay, until, morning);
    }

    private static java.time.DayOfWeek dayOf(String value, String field, Violations v) {
        if (value == null || value.isBlank()) {
            v.add(field, Refusals::not_blank);
            return null;
        }
        try {
            return java.time.DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, r -> r.unknown_week_day(value));
            return null;
        }
    }

    /** HH:mm (or HH:mm:ss); null when absent or refused. */
    private static java.time.LocalTime timeOf(String value, String field, Violations v) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            v.add(field, r -> r.not_a_time(value));
            return null;
        }
    }

    static ZoneId zoneOf(String id, Violations v) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return TimeRules.zone(id).orElseGet(() -> {
            v.add("timeZone", r -> r.unknown_zone(id, "Asia/Tehran, Europe/Minsk, UTC"));
            return null;
        });
    }
}
