package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.platform.Refusal;
import org.pacta.platform.Durations;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

@ApplicationScoped
@Transactional
public class SubscriptionService {

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+");
    private static final Duration MAX_LEAD = Duration.ofDays(366);
    private static final Duration MIN_ESCALATION = Duration.ofMinutes(1);

    @Inject
    Clock clock;

    @Inject
    Event<SubscriptionChanged> changed;

    @Inject
    Outbox outbox;

    @Inject
    org.pacta.security.Access access;

    @Inject
    org.pacta.security.Audit audit;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Subscription> list(PageRequest page) {
        access.requireSignedIn();
        var q = access.user().isAdmin() ? Subscription.find("order by id")
                : Subscription.find("ownerUserId = ?1 order by id", access.user().userId());
        return PageResult.of(q.page(page.page(), page.size()).list(), page, q.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription get(long id) {
        Subscription s = Subscription.findById(id);
        // Someone else's subscription is answered as missing: its existence is nobody else's business.
        if (s == null || !access.owns(s.ownerUserId)) {
            throw Refusal.notFound("Subscription", id);
        }
        return s;
    }

    public Subscription create(SubscriptionInput in) {
        access.requireSignedIn();
        Subscription s = new Subscription();
        s.ownerUserId = access.user().userId();
        apply(s, in, true);
        Instant now = clock.instant();
        s.calendarToken = randomToken();
        if (s.channel == Subscription.Channel.WEBHOOK) {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            s.secret = "whsec_" + Base64.getEncoder().encodeToString(secret);
        }
        s.createdAt = now;
        s.updatedAt = now;
        s.persist();
        audit.record(org.pacta.security.Audit.CREATE, "SUBSCRIPTION", s.id, s.commitmentId, null, snapshot(s));
        LOG.infof("Subscription %d created: %s by %s to %s", s.id, s.scope, s.channel, s.address());
        changed.fire(new SubscriptionChanged(s.id));
        return s;
    }

    public Subscription update(long id, SubscriptionInput in, ExpectedVersion expected) {
        Subscription s = get(id);
        Subscription.Channel before = s.channel;
        java.util.Map<String, Object> snapshotBefore = snapshot(s);
        apply(s, in, false);
        ExpectedVersion.require(expected).check(s.version);
        if (s.channel == Subscription.Channel.WEBHOOK && before != Subscription.Channel.WEBHOOK) {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            s.secret = "whsec_" + Base64.getEncoder().encodeToString(secret);
        }
        s.updatedAt = clock.instant();
        s.active = true;
        outbox.cancelForSubscriptions(List.of(s.id), "The subscription changed.");
        audit.record(org.pacta.security.Audit.UPDATE, "SUBSCRIPTION", s.id, s.commitmentId, snapshotBefore, snapshot(s));
        LOG.infof("Subscription %d updated: %s by %s to %s", s.id, s.scope, s.channel, s.address());
        changed.fire(new SubscriptionChanged(s.id));
        return s;
    }

    public void delete(long id, ExpectedVersion expected) {
        Subscription s = get(id);
        ExpectedVersion.check(expected, s.version);
        outbox.cancelForSubscriptions(List.of(s.id), "The subscription was deleted.");
        audit.record(org.pacta.security.Audit.DELETE, "SUBSCRIPTION", s.id, s.commitmentId, snapshot(s), null);
        s.delete();
        LOG.infof("Subscription %d deleted", id);
    }

    /**
     * Subscriptions that go with what they follow (a deleted agreement or commitment) or with their deleted account.
     * Each leaves its row in the audit trail, by whoever deleted that.
     */
    public void purge(List<Subscription> gone) {
        if (gone.isEmpty()) {
            return;
        }
        for (Subscription s : gone) {
            audit.record(org.pacta.security.Audit.DELETE, "SUBSCRIPTION", s.id, s.commitmentId, snapshot(s), null);
        }
        Subscription.delete("id in ?1", gone.stream().map(s -> s.id).toList());
    }

    /**
     * A new calendar address: the old one stops answering at once (the token is the feed's only key, so this is what
     * to do when an address was shared too widely).
     */
    public Subscription rotateCalendarToken(long id) {
        Subscription s = get(id);
        s.calendarToken = randomToken();
        s.updatedAt = clock.instant();
        // The token is a key: the trail says that it changed, never what it is.
        audit.record(org.pacta.security.Audit.UPDATE, "SUBSCRIPTION", s.id, s.commitmentId, null,
                java.util.Map.of("calendarUrl", "replaced"));
        LOG.infof("Calendar address of subscription %d replaced by %s", s.id, access.user().actor());
        return s;
    }

    /**
     * A webhook answered 410 Gone: Pacta switches its subscription off. Reminders still waiting are dropped when
     * their turn comes (the dispatcher checks the subscription before sending).
     */
    public void goneAtReceiver(Subscription s, Instant now) {
        java.util.Map<String, Object> before = snapshot(s);
        s.active = false;
        s.updatedAt = now;
        audit.recordAs(org.pacta.security.Audit.PACTA + " (the webhook answered 410 Gone)", null,
                org.pacta.security.Audit.UPDATE, "SUBSCRIPTION", s.id, s.commitmentId, before, snapshot(s));
    }

    /** What the audit trail keeps of a subscription (never its webhook secret). */
    static java.util.Map<String, Object> snapshot(Subscription s) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("scope", s.scope);
        m.put("agreementId", s.agreementId);
        m.put("commitmentId", s.commitmentId);
        m.put("partyId", s.partyId);
        m.put("channel", s.channel);
        m.put("address", s.address());
        m.put("leadTimes", s.leadTimes);
        m.put("onDue", s.onDue);
        m.put("onOverdue", s.onOverdue);
        m.put("escalateEvery", s.escalateEvery);
        m.put("escalateAfter", s.escalateAfter);
        m.put("delivery", s.delivery);
        m.put("timeZone", s.timeZone);
        m.put("language", s.language);
        m.put("active", s.active);
        return m;
    }

    private void apply(Subscription s, SubscriptionInput in, boolean creating) {
        Violations v = Violations.forFields();
        ZoneId defaultZone = scope(s, in.scope(), v);
        channel(s, in, v);
        List<Duration> leads = new ArrayList<>();
        if (in.leadTimes() == null) {
            leads.addAll(Ladder.DEFAULT_LEAD_TIMES);
        } else {
            Set<Duration> seen = new LinkedHashSet<>();
            for (int i = 0; i < in.leadTimes().size(); i++) {
                String raw = in.leadTimes().get(i);
                var d = Durations.parse(raw);
                if (d.isEmpty()) {
                    v.add("leadTimes[" + i + "]", r -> r.not_duration(raw));
                } else if (d.get().isNegative() || d.get().isZero() || d.get().compareTo(MAX_LEAD) > 0) {
                    v.add("leadTimes[" + i + "]", Refusals::lead_time_range);
                } else if (seen.add(d.get())) {
                    leads.add(d.get());
                }
            }
        }
        leads.sort(java.util.Comparator.reverseOrder());
        s.leadTimes = String.join(",", leads.stream().map(Durations::format).toList());
        s.onDue = in.onDue() == null || in.onDue();
        s.onOverdue = in.onOverdue() == null || in.onOverdue();
        if (in.escalateEvery() == null) {
            s.escalateEvery = Durations.format(Ladder.DEFAULT_ESCALATION);
        } else if (in.escalateEvery().isBlank() || in.escalateEvery().equalsIgnoreCase("none")) {
            s.escalateEvery = null;
        } else {
            var d = Durations.parse(in.escalateEvery());
            if (d.isEmpty() || d.get().compareTo(MIN_ESCALATION) < 0 || d.get().compareTo(MAX_LEAD) > 0) {
                v.add("escalateEvery", Refusals::escalate_every);
            } else {
                s.escalateEvery = Durations.format(d.get());
            }
        }
        s.escalateAfter = in.escalateAfter() == null ? Ladder.DEFAULT_ESCALATE_AFTER : in.escalateAfter();
        String delivery = in.delivery() == null ? "immediate" : in.delivery().strip().toLowerCase(Locale.ROOT);
        switch (delivery) {
            case "immediate" -> s.delivery = Subscription.Delivery.IMMEDIATE;
            case "daily-digest" -> s.delivery = Subscription.Delivery.DAILY_DIGEST;
            default -> v.add("delivery", Refusals::delivery_choice);
        }
        s.digestAt = in.digestAt() == null ? (s.delivery == Subscription.Delivery.DAILY_DIGEST ? DeliveryTimes.DEFAULT_DIGEST_AT : null)
                : time(in.digestAt(), "digestAt", v);
        ZoneId zone = defaultZone;
        if (in.timeZone() != null && !in.timeZone().isBlank()) {
            zone = TimeRules.zone(in.timeZone()).orElse(null);
            if (zone == null) {
                v.add("timeZone", r -> r.unknown_zone(in.timeZone(), "Europe/Minsk"));
            }
        }
        s.timeZone = zone == null ? "UTC" : zone.getId();
        if (in.language() != null && !in.language().isBlank()) {
            org.pacta.platform.Languages.of(in.language()).ifPresentOrElse(l -> s.language = l,
                    () -> v.add("language", r -> r.unknown_language(in.language())));
        } else if (creating || s.language == null) {
            s.language = defaultLanguage(s);
        }
        if (in.quietHours() != null) {
            s.quietFrom = time(in.quietHours().from(), "quietHours.from", v);
            s.quietTo = time(in.quietHours().to(), "quietHours.to", v);
        } else {
            s.quietFrom = null;
            s.quietTo = null;
        }
        v.throwIfAny();
    }

    /** The subscriber's own language, else that of the first party of the agreement followed, else English. */
    private String defaultLanguage(Subscription s) {
        Long userId = access.user().userId();
        org.pacta.security.User user = userId == null ? null : org.pacta.security.User.findById(userId);
        if (user != null && org.pacta.platform.Languages.of(user.language).isPresent()) {
            return org.pacta.platform.Languages.orEnglish(user.language);
        }
        Agreement a = null;
        Party party = null;
        if (s.agreementId != null) {
            a = Agreement.findById(s.agreementId);
        } else if (s.commitmentId != null) {
            Commitment c = Commitment.findById(s.commitmentId);
            a = c == null ? null : c.agreement;
        } else if (s.partyId != null) {
            party = Party.findById(s.partyId);
        }
        if (a != null && !a.parties.isEmpty()) {
            party = a.parties.get(0);
        }
        return party == null ? "en" : org.pacta.platform.Languages.orEnglish(party.language);
    }

    /** Sets the scope; returns the zone a subscriber to it most likely lives in. */
    private static ZoneId scope(Subscription s, SubscriptionInput.Scope scope, Violations v) {
        int given = (scope.agreementId() != null ? 1 : 0) + (scope.commitmentId() != null ? 1 : 0)
                + (scope.party() != null ? 1 : 0) + (Boolean.TRUE.equals(scope.all()) ? 1 : 0);
        if (given != 1) {
            v.add("scope", Refusals::scope_one);
            return null;
        }
        s.agreementId = null;
        s.commitmentId = null;
        s.partyId = null;
        if (scope.agreementId() != null) {
            Agreement a = Agreement.findById(scope.agreementId());
            if (a == null) {
                v.add("scope.agreementId", r -> r.no_agreement(scope.agreementId()));
                return null;
            }
            s.scope = Subscription.Scope.AGREEMENT;
            s.agreementId = a.id;
            return a.parties.isEmpty() ? null : a.parties.get(0).zone();
        }
        if (scope.commitmentId() != null) {
            Commitment c = Commitment.findById(scope.commitmentId());
            if (c == null) {
                v.add("scope.commitmentId", r -> r.no_commitment(scope.commitmentId()));
                return null;
            }
            s.scope = Subscription.Scope.COMMITMENT;
            s.commitmentId = c.id;
            return c.responsibleParty.zone();
        }
        if (scope.party() != null) {
            Party p = Party.byCode(scope.party()).orElse(null);
            if (p == null) {
                v.add("scope.party", r -> r.no_party(scope.party()));
                return null;
            }
            s.scope = Subscription.Scope.PARTY;
            s.partyId = p.id;
            return p.zone();
        }
        s.scope = Subscription.Scope.ALL;
        return null;
    }

    private void channel(Subscription s, SubscriptionInput in, Violations v) {
        String channel = in.channel() == null ? (in.url() != null && in.email() == null ? "webhook" : "email")
                : in.channel().strip().toLowerCase(Locale.ROOT);
        switch (channel) {
            case "email" -> {
                s.channel = Subscription.Channel.EMAIL;
                s.url = null;
                if (in.email() == null || !EMAIL.matcher(in.email().strip()).matches()
                        || org.pacta.platform.Text.Validator.problem(in.email(), false) != null) {
                    v.add("email", Refusals::email_needed);
                } else {
                    s.email = in.email().strip();
                }
                if (in.url() != null) {
                    v.add("url", Refusals::email_no_url);
                }
            }
            case "webhook" -> {
                s.channel = Subscription.Channel.WEBHOOK;
                s.email = null;
                if (in.url() == null || in.url().isBlank()) {
                    v.add("url", Refusals::webhook_needs_url);
                } else {
                    WebhookTargets.problem(in.url().strip(), pacta.webhooks().allowPrivate()).ifPresentOrElse(
                            p -> v.add("url", p), () -> s.url = in.url().strip());
                }
                if (in.email() != null) {
                    v.add("email", Refusals::webhook_no_email);
                }
            }
            default -> v.add("channel", Refusals::channel_choice);
        }
    }

    private static LocalTime time(String text, String field, Violations v) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException | NullPointerException e) {
            v.add(field, r -> r.not_a_time(text));
            return null;
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
