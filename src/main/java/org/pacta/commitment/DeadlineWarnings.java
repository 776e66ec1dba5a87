package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.pacta.agreement.Party;
import org.pacta.agreement.WorkCalendar;
import org.pacta.agreement.WorkCalendars;

/**
 * Warns, without refusing, when a deadline falls on a day the responsible party does not work (its weekly days off and
 * holidays). Only a deadline of a day or an instant: the last day of a month or a year is not a chosen day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineWarnings {

    @Inject
    WorkCalendars calendars;

    public List<DeadlineWarning> of(CommitmentView c) {
        if (c.dueAt() == null || c.duePrecision() != null && c.duePrecision() != DuePrecision.DAY) {
            return List.of();
        }
        LocalDate day = c.dueDate() != null ? c.dueDate() : c.dueAt().atZone(ZoneId.of(c.dueZone())).toLocalDate();
        return Party.byCode(c.responsibleParty()).map(p -> of(calendars.of(p), day, p.code)).orElse(List.of());
    }

    static List<DeadlineWarning> of(WorkCalendar calendar, LocalDate day, String party) {
        if (calendar.isWorkingDay(day)) {
            return List.of();
        }
        return List.of(DeadlineWarning.nonWorkingDay(day, party, calendar.holiday(day).orElse(null)));
    }
}
