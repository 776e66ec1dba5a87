package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.platform.Problem;
import org.pacta.platform.Violations;

class DeadlineRulesTest {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

    private final Violations violations = Violations.forFields();

    @Test
    void aDueDateEndsInTheResponsiblePartysZone() {
        Deadline deadline = DeadlineRules.resolve(null, JAN_15, null, TEHRAN, violations, true);

        assertThat(deadline, equalTo(Deadline.endOf(JAN_15, TEHRAN)));
        assertThat(violations.list(), empty());
    }

    @Test
    void anExplicitZoneOverridesThePartysZone() {
        Deadline deadline = DeadlineRules.resolve(null, JAN_15, "Europe/Minsk", TEHRAN, violations, true);

        assertThat(deadline.dueAt(), equalTo(Instant.parse("2026-01-15T21:00:00Z")));
        assertThat(deadline.zone(), equalTo(ZoneId.of("Europe/Minsk")));
    }

    @Test
    void anUnknownZoneIsReportedOnDueZone() {
        Deadline deadline = DeadlineRules.resolve(null, JAN_15, "Mars/Olympus_Mons", TEHRAN, violations, true);

        assertThat(deadline, nullValue());
        assertThat(fields(), contains("dueZone"));
        assertThat(violations.list().get(0).message(), containsString("Mars/Olympus_Mons"));
    }

    @Test
    void aMissingDeadlineIsReportedOnlyWhenRequired() {
        assertThat(DeadlineRules.resolve(null, null, null, TEHRAN, violations, false), nullValue());
        assertThat(violations.list(), empty());

        DeadlineRules.resolve(null, null, null, TEHRAN, violations, true);
        assertThat(fields(), contains("dueAt"));
    }

    @Test
    void aDateAndAnInstantThatDisagreeAreRefused() {
        DeadlineRules.resolve(Instant.parse("2026-01-15T12:00:00Z"), JAN_15, null, TEHRAN, violations, true);

        assertThat(fields(), contains("dueAt"));
    }

    @Test
    void aDateAndTheInstantItMeansAreAccepted() {
        // What a client reads back from a GET carries both.
        Instant endOfDay = Deadline.endOf(JAN_15, TEHRAN).dueAt();

        Deadline deadline = DeadlineRules.resolve(endOfDay, JAN_15, null, TEHRAN, violations, true);

        assertThat(deadline.dateOnly(), equalTo(true));
        assertThat(violations.list(), empty());
    }

    @Test
    void anImplausibleYearIsATypingMistake() {
        DeadlineRules.resolve(null, LocalDate.of(20260, 1, 15), null, TEHRAN, violations, true);

        assertThat(fields(), contains("dueDate"));
    }

    @Test
    void aDeadlineBeforeTheStartDateIsRefused() {
        Deadline deadline = Deadline.endOf(JAN_15, TEHRAN);

        DeadlineRules.checkStart(JAN_15.plusDays(1), deadline, violations);

        assertThat(fields(), contains("dueDate"));
        assertThat(violations.list().get(0).message(), containsString("before the start date"));
    }

    @Test
    void aDeadlineOnTheStartDateIsAccepted() {
        DeadlineRules.checkStart(JAN_15, Deadline.endOf(JAN_15, TEHRAN), violations);

        assertThat(violations.list(), empty());
    }

    private List<String> fields() {
        return violations.list().stream().map(Problem.FieldError::field).toList();
    }
}
