package org.pacta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads parties' working calendars (week and holidays) from the database, a few parties in two queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkCalendars {

    @Inject
    EntityManager em;

    public WorkCalendar of(Party party) {
        return of(List.of(party.id)).getOrDefault(party.id, WorkCalendar.DEFAULT);
    }

    /** The calendars of these parties; a party not found is left out. */
    public Map<Long, WorkCalendar> of(Collection<Long> partyIds) {
        Map<Long, WorkCalendar> out = new HashMap<>();
        if (partyIds.isEmpty()) {
            return out;
        }
        List<Party> parties = em.createQuery("select p from Party p where p.id in :ids", Party.class)
                .setParameter("ids", partyIds).getResultList();
        List<PartyHoliday> holidays = em.createQuery("select h from PartyHoliday h where h.partyId in :ids order by h.id",
                PartyHoliday.class).setParameter("ids", partyIds).getResultList();
        Map<Long, List<PartyHoliday>> byParty = new HashMap<>();
        holidays.forEach(h -> byParty.computeIfAbsent(h.partyId, k -> new java.util.ArrayList<>()).add(h));
        for (Party p : parties) {
            out.put(p.id, withHolidays(p.workingWeek(), byParty.getOrDefault(p.id, List.of())));
        }
        return out;
    }

    static WorkCalendar withHolidays(WorkCalendar week, List<PartyHoliday> holidays) {
        if (holidays.isEmpty()) {
            return week;
        }
        Map<MonthDay, String> yearly = new HashMap<>();
        Map<WorkCalendar.SolarDay, String> solar = new HashMap<>();
        Map<LocalDate, String> dated = new HashMap<>();
        for (PartyHoliday h : holidays) {
            switch (h.kind) {
                case YEARLY -> yearly.putIfAbsent(MonthDay.of(h.month, h.day), h.name);
                case YEARLY_SOLAR_HIJRI -> solar.putIfAbsent(new WorkCalendar.SolarDay(h.month, h.day), h.name);
                case DATED -> dated.putIfAbsent(h.onDate, h.name);
            }
        }
        return week.withHolidays(yearly, solar, dated);
    }
}
