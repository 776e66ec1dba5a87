package org.pacta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.Refusals;
import org.pacta.platform.Violations;

/** A party's holidays: listed, added one by one or from an iCalendar file, removed. */
@ApplicationScoped
@Transactional
public class HolidayService {

    private static final Logger LOG = Logger.getLogger(HolidayService.class);
    private static final Pattern MONTH_DAY = Pattern.compile("(?:--)?(\\d{1,2})-(\\d{1,2})");
    private static final String SOLAR = "solar-hijri";

    @Inject
    PartyService parties;

    @Inject
    org.pacta.security.Access access;

    @Inject
    org.pacta.security.Audit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyHoliday> list(String code) {
        Party party = parties.get(code);
        return PartyHoliday.list("partyId = ?1 order by kind, onDate, month, day, id", party.id);
    }

    /** A party's holidays, as the API and the pages show them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HolidayView> views(String code) {
        return list(code).stream().map(HolidayView::of).toList();
    }

    /** Adds the days of {@code in} the party does not have yet; returns those added. */
    public List<PartyHoliday> add(String code, HolidayInput in) {
        access.requireAdmin();
        Party party = parties.get(code);
        return keep(party, days(party.id, in));
    }

    /** Adds the days off of an iCalendar file (all or nothing); returns those added. */
    public List<PartyHoliday> importIcs(String code, String ics) {
        access.requireAdmin();
        Party party = parties.get(code);
        List<PartyHoliday> days = HolidayFile.read(ics).stream()
                .map(d -> new PartyHoliday(party.id, d.kind(), d.month(), d.day(), d.date(), d.name())).toList();
        return keep(party, days);
    }

    public void remove(long id) {
        access.requireAdmin();
        PartyHoliday h = PartyHoliday.findById(id);
        if (h == null) {
            throw Refusal.notFound("Holiday", id);
        }
        Party party = Party.findById(h.partyId);
        audit.record(org.pacta.security.Audit.DELETE, "PARTY", party.code, null, HolidayView.of(h), null);
        h.delete();
    }

    private List<PartyHoliday> keep(Party party, List<PartyHoliday> days) {
        List<PartyHoliday> existing = PartyHoliday.list("partyId", party.id);
        List<PartyHoliday> added = new ArrayList<>();
        for (PartyHoliday d : days) {
            if (existing.stream().noneMatch(d::sameDay) && added.stream().noneMatch(d::sameDay)) {
                d.persist();
                added.add(d);
            }
        }
        if (!added.isEmpty()) {
            audit.record(org.pacta.security.Audit.UPDATE, "PARTY", party.code, null, null,
                    added.stream().map(HolidayView::of).toList());
            LOG.infof("Party %s: %d holiday(s) added", party.code, added.size());
        }
        return added;
    }

    static List<PartyHoliday> days(long partyId, HolidayInput in) {
        Violations v = Violations.forFields();
        String name = in.name() == null || in.name().isBlank() ? null : in.name().strip();
        if (name == null) {
            v.add("name", Refusals::not_blank);
        }
        boolean solar = in.calendar() != null && SOLAR.equals(in.calendar().strip().toLowerCase(Locale.ROOT));
        if (in.calendar() != null && !solar && !"gregorian".equals(in.calendar().strip().toLowerCase(Locale.ROOT))) {
            String given = in.calendar();
            v.add("calendar", r -> r.not_one_of(given, "gregorian, solar-hijri"));
        }
        List<PartyHoliday> out = new ArrayList<>();
        if (in.date() == null && in.every() == null) {
            v.add("date", Refusals::not_blank);
        } else if (in.date() != null && in.every() != null) {
            String every = in.every();
            v.add("every", r -> r.not_one_of(every, "date (once) or every (yearly), not both"));
        } else if (in.date() != null) {
            try {
                out.add(new PartyHoliday(partyId, PartyHoliday.Kind.DATED, null, null, LocalDate.parse(in.date().strip()), name));
            } catch (DateTimeException e) {
                String given = in.date();
                v.add("date", r -> r.not_a_date(given));
            }
        } else {
            int[] from = monthDay(in.every(), solar, "every", v);
            int[] to = in.through() == null ? from : monthDay(in.through(), solar, "through", v);
            if (from != null && to != null) {
                int[] d = from;
                PartyHoliday.Kind kind = solar ? PartyHoliday.Kind.YEARLY_SOLAR_HIJRI : PartyHoliday.Kind.YEARLY;
                for (int i = 0; i < 31; i++) {
                    out.add(new PartyHoliday(partyId, kind, d[0], d[1], null, name));
                    if (d[0] == to[0] && d[1] == to[1]) {
                        break;
                    }
                    d = next(d, solar);
                }
            }
        }
        v.throwIfAny();
        return out;
    }

    /** Month and day of MM-DD in the calendar, or null (refused) when that year has no such day. */
    private static int[] monthDay(String value, boolean solar, String field, Violations v) {
        Matcher m = MONTH_DAY.matcher(value.strip());
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            boolean exists = solar ? new WorkCalendar.SolarDay(month, day).exists()
                    : month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).maxLength();
            if (exists) {
                return new int[] {month, day};
            }
        }
        v.add(field, r -> r.not_a_holiday_day(value, solar ? SOLAR : "gregorian"));
        return null;
    }

    private static int[] next(int[] d, boolean solar) {
        int length = solar ? (d[0] <= 6 ? 31 : 30) : MonthDay.of(d[0], 1).getMonth().maxLength();
        return d[1] < length ? new int[] {d[0], d[1] + 1} : new int[] {d[0] % 12 + 1, 1};
    }
}
