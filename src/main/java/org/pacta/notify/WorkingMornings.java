package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pacta.agreement.WorkCalendar;
import org.pacta.agreement.WorkCalendars;

/**
 * When a new row may go out, the recipient's working week considered (design decision 28). What is sent at a time of
 * day — a digest, the end of quiet hours, the morning reminders before and on a deadline (DUE_SOON, DUE_TODAY) — waits
 * for the recipient's next working day; what is told the moment it happens (overdue, escalations, confirmations,
 * reviews) is not delayed. The working week is the subscriber account's party (its lowest id), else, for a daily digest,
 * Monday to Friday, else the responsible party of the item; an owner's is the responsible party's. The idempotency key
 * is not touched: only {@code notBefore} moves.
 */
@ApplicationScoped
public class WorkingMornings {

    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    WorkCalendars calendars;

    /** Whose calendar and in which zone a row is timed. */
    private record Whose(Long partyId, ZoneId zone) {
    }

    /** The moment each draft (by key) may go out; called in the transaction that writes them. */
    public Map<String, Instant> notBefore(List<Draft> drafts, Instant now) {
        Map<String, Instant> out = new HashMap<>();
        List<Draft> timed = new ArrayList<>();
        for (Draft d : drafts) {
            Instant base = d.kind() == Notification.Kind.DIGEST ? now : DeliveryTimes.notBefore(d.subscription(), now);
            out.put(d.key(), base);
            if (d.kind() != Notification.Kind.DIGEST && (morning(d.kind()) || held(d.subscription(), base, now))) {
                timed.add(d);
            }
        }
        if (timed.isEmpty()) {
            return out;
        }
        Map<Long, Long> userParties = userParties(timed);
        Map<Long, Long> commitmentParties = commitmentParties(timed, userParties);
        Set<Long> partyIds = new HashSet<>(userParties.values());
        partyIds.addAll(commitmentParties.values());
        Map<Long, WorkCalendar> byParty = calendars.of(partyIds);
        Map<Long, ZoneId> zones = zones(partyIds);
        for (Draft d : timed) {
            Subscription s = d.subscription();
            Long party = s != null && s.ownerUserId != null ? userParties.get(s.ownerUserId) : null;
            if (party == null && !(s != null && s.delivery == Subscription.Delivery.DAILY_DIGEST) && d.commitmentId() != null) {
                party = commitmentParties.get(d.commitmentId());
            }
            WorkCalendar calendar = party == null ? WorkCalendar.DEFAULT : byParty.getOrDefault(party, WorkCalendar.DEFAULT);
            ZoneId zone = s != null ? s.zone() : party != null ? zones.get(party) : null;
            if (zone != null) {
                out.put(d.key(), moved(d, calendar, zone, out.get(d.key()), now));
            }
        }
        return out;
    }

    private static Instant moved(Draft d, WorkCalendar calendar, ZoneId zone, Instant base, Instant now) {
        Subscription s = d.subscription();
        if (held(s, base, now)) {
            return calendar.sameTimeOnWorkingDay(base, zone);
        }
        if (calendar.isWorkingAt(base.atZone(zone).toLocalDateTime())) {
            return base;
        }
        Instant morning = calendar.nextWorkingMorning(base, zone);
        if (s != null) {
            morning = DeliveryTimes.afterQuietHours(s.quietFrom, s.quietTo, zone, morning);
        }
        // A reminder of a deadline is never put off until the deadline itself: it would announce what has passed.
        return d.occurrence() != null && !morning.isBefore(d.occurrence()) ? base : morning;
    }

    /** The reminders of the days before a deadline and of its day, sent in the morning. */
    private static boolean morning(Notification.Kind kind) {
        return kind == Notification.Kind.DUE_SOON || kind == Notification.Kind.DUE_TODAY;
    }

    /** Waiting for a time of day the subscriber chose: the digest time, or the end of quiet hours. */
    private static boolean held(Subscription s, Instant base, Instant now) {
        return s != null && (s.delivery == Subscription.Delivery.DAILY_DIGEST || base.isAfter(now));
    }

    /** Each subscriber account's first party (lowest id), for the accounts that have one. */
    private Map<Long, Long> userParties(List<Draft> drafts) {
        List<Long> users = drafts.stream().map(Draft::subscription).filter(s -> s != null && s.ownerUserId != null)
                .map(s -> s.ownerUserId).distinct().toList();
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < users.size(); i += CHUNK) {
            em.createQuery("select u.id, min(p) from User u join u.partyIds p where u.id in :ids group by u.id", Object[].class)
                    .setParameter("ids", users.subList(i, Math.min(users.size(), i + CHUNK))).getResultList()
                    .forEach(r -> out.put((Long) r[0], (Long) r[1]));
        }
        return out;
    }

    /** The responsible party of each commitment whose row has no subscriber account party to go by. */
    private Map<Long, Long> commitmentParties(List<Draft> drafts, Map<Long, Long> userParties) {
        List<Long> ids = drafts.stream().filter(d -> d.commitmentId() != null).filter(d -> {
            Subscription s = d.subscription();
            return s == null || s.delivery != Subscription.Delivery.DAILY_DIGEST
                    && (s.ownerUserId == null || !userParties.containsKey(s.ownerUserId));
        }).map(Draft::commitmentId).distinct().toList();
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("select c.id, c.responsibleParty.id from Commitment c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultList()
                    .forEach(r -> out.put((Long) r[0], (Long) r[1]));
        }
        return out;
    }

    private Map<Long, ZoneId> zones(Set<Long> partyIds) {
        Map<Long, ZoneId> out = new HashMap<>();
        if (!partyIds.isEmpty()) {
            em.createQuery("select p.id, p.timeZone from Party p where p.id in :ids", Object[].class)
                    .setParameter("ids", partyIds).getResultList()
                    .forEach(r -> out.put((Long) r[0], ZoneId.of((String) r[1])));
        }
        return out;
    }
}
