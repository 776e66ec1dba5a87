package org.pacta.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.time.ZonedDateTime;
import org.pacta.agreement.WorkCalendar;
import org.pacta.commitment.Deadline;
import org.pacta.notify.Ladder;

/**
 * Decides, without touching anything, which rung of a ladder is due for a deadline at a moment, and when the
 * next one falls. Pure: the sweep, the tests and the calendar feed all ask it the same questions.
 *
 * <p>Only the latest due rung is ever sent: after downtime, or for an item created (or subscribed to) inside a
 * lead window, the recipient hears the most recent thing that applies, once, not a flood of stale ones.
 */
public final class FollowupPlanner {

    /** Day-based reminders for date-only deadlines go out at this local time. */
    public static final LocalTime MORNING = LocalTime.of(8, 0);

    private FollowupPlanner() {
    }

    /** Every finite rung of the ladder for this deadline, in time order (escalations are open-ended). */
    public static List<Stage> finiteStages(Deadline d, Ladder ladder) {
        List<Stage> stages = new ArrayList<>();
        for (Duration lead : ladder.leadTimes()) {
            Instant at = leadMoment(d, lead);
            if (at.isBefore(d.dueAt())) {
                stages.add(Stage.dueSoon(lead, at));
            }
        }
        if (ladder.onDue()) {
            dueTodayMoment(d).ifPresent(at -> stages.add(Stage.dueToday(at)));
        }
        if (ladder.onOverdue()) {
            stages.add(Stage.overdue(d.dueAt()));
        }
        stages.sort(Comparator.comparing(Stage::at).thenComparing(Stage::rank));
        return stages;
    }

    /** The latest rung whose moment is at or before {@code now}, if any. */
    public static Optional<Stage> latestDue(Deadline d, Ladder ladder, Instant now) {
        return latestDue(d, ladder, now, null);
    }

    /**
     * The latest rung whose moment is at or before {@code now}, if any; with {@code workingDays}, an escalation period of
     * whole days counts that calendar's working days.
     */
    public static Optional<Stage> latestDue(Deadline d, Ladder ladder, Instant now, WorkCalendar workingDays) {
        if (ladder.escalates()) {
            long n = escalationsBy(d, ladder, now, workingDays);
            if (n >= 1) {
                return Optional.of(Stage.escalation(ladder.escalateEvery(), (int) Math.min(n, Integer.MAX_VALUE),
                        escalationMoment(d, ladder, n, workingDays)));
            }
        }
        Stage latest = null;
        for (Stage s : finiteStages(d, ladder)) {
            if (!s.at().isAfter(now) && (latest == null || !s.at().isBefore(latest.at()))) {
                latest = s;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The first rung strictly after {@code now}, if the ladder has one left. */
    public static Optional<Instant> nextAfter(Deadline d, Ladder ladder, Instant now) {
        return nextAfter(d, ladder, now, null);
    }

    /** The first rung strictly after {@code now}, if the ladder has one left; {@code workingDays} as for latestDue. */
    public static Optional<Instant> nextAfter(Deadline d, Ladder ladder, Instant now, WorkCalendar workingDays) {
        for (Stage s : finiteStages(d, ladder)) {
            if (s.at().isAfter(now)) {
                return Optional.of(s.at());
            }
        }
        if (ladder.escalates()) {
            return Optional.of(escalationMoment(d, ladder, Math.max(0, escalationsBy(d, ladder, now, workingDays)) + 1,
                    workingDays));
        }
        return Optional.empty();
    }

    /** Whether escalations count working days: a calendar is given and the period is whole days. */
    private static boolean inWorkingDays(Ladder ladder, WorkCalendar workingDays) {
        return workingDays != null && ladder.escalateEvery().toSeconds() % 86_400 == 0;
    }

    /** When escalation {@code n} falls: n periods after the deadline, at its local time on a working day if so counted. */
    static Instant escalationMoment(Deadline d, Ladder ladder, long n, WorkCalendar workingDays) {
        if (!inWorkingDays(ladder, workingDays)) {
            return d.dueAt().plus(ladder.escalateEvery().multipliedBy(n));
        }
        ZonedDateTime due = d.dueAt().atZone(d.zone());
        LocalDate day = workingDays.plusWorkingDays(due.toLocalDate(), n * ladder.escalateEvery().toDays());
        return day.atTime(due.toLocalTime()).atZone(d.zone()).toInstant();
    }

    /** How many escalations have come by {@code now} (0 before the first; negative before the deadline). */
    static long escalationsBy(Deadline d, Ladder ladder, Instant now, WorkCalendar workingDays) {
        if (now.isBefore(d.dueAt())) {
            return -1;
        }
        if (!inWorkingDays(ladder, workingDays)) {
            return Duration.between(d.dueAt(), now).dividedBy(ladder.escalateEvery());
        }
        LocalDate due = d.dueAt().atZone(d.zone()).toLocalDate();
        LocalDate today = now.atZone(d.zone()).toLocalDate();
        long n = workingDays.workingDaysBetween(due.plusDays(1), today.plusDays(1)) / ladder.escalateEvery().toDays();
        while (n > 0 && escalationMoment(d, ladder, n, workingDays).isAfter(now)) {
            n--;
        }
        return n;
    }

    /**
     * A whole-day lead before a date-only deadline is a morning reminder that many days before the date ("due
     * in 3 days" on the morning three days before); any other lead is simply that long before the instant.
     */
    static Instant leadMoment(Deadline d, Duration lead) {
        if (d.dateOnly() && lead.toSeconds() % 86_400 == 0) {
            LocalDate day = d.localDate().minusDays(lead.toDays());
            return day.atTime(MORNING).atZone(d.zone()).toInstant();
        }
        return d.dueAt().minus(lead);
    }

    /** The morning of the due day, or its start when the deadline comes before the morning. */
    static Optional<Instant> dueTodayMoment(Deadline d) {
        LocalDate day = d.localDate();
        Instant morning = day.atTime(MORNING).atZone(d.zone()).toInstant();
        if (morning.isBefore(d.dueAt())) {
            return Optional.of(morning);
        }
        Instant start = day.atStartOfDay(d.zone()).toInstant();
        return start.isBefore(d.dueAt()) ? Optional.of(start) : Optional.empty();
    }
}
