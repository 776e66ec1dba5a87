package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.Party;
import org.pacta.platform.Refusal;

/** The commitment's own rules, without a database: deadlines, slippage, overdue and completion. */
class CommitmentTest {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    static final Deadline MARCH_31 = Deadline.endOf(LocalDate.of(2026, 3, 31), MINSK);

    private final Commitment commitment = new Commitment(new Agreement(), "Open the rail link",
            new Party("BY", "Belarus", MINSK), MARCH_31, CREATED);

    @Test
    void slippageIsTheDistanceFromTheBaselineAfterTwoRevisions() {
        Instant revisedAt = Instant.parse("2026-03-20T10:00:00Z");

        DeadlineChange first = commitment.reviseDeadline(Deadline.endOf(LocalDate.of(2026, 4, 10), MINSK),
                "Customs talks took longer", "official", revisedAt);
        DeadlineChange second = commitment.reviseDeadline(Deadline.endOf(LocalDate.of(2026, 4, 14), MINSK),
                "Waiting for the rolling stock", "official", revisedAt.plus(Duration.ofDays(5)));

        assertThat(commitment.baselineDueAt, equalTo(MARCH_31.dueAt()));
        assertThat(commitment.deadline().localDate(), equalTo(LocalDate.of(2026, 4, 14)));
        assertThat(commitment.slippageDays(), equalTo(14L));
        assertThat(first.oldDueAt, equalTo(MARCH_31.dueAt()));
        assertThat(second.oldDueAt, equalTo(first.newDueAt));
        assertThat(second.reason, equalTo("Waiting for the rolling stock"));
        assertThat(commitment.updatedAt, equalTo(revisedAt.plus(Duration.ofDays(5))));
    }

    @Test
    void bringingADeadlineForwardIsNegativeSlippage() {
        commitment.reviseDeadline(Deadline.endOf(LocalDate.of(2026, 3, 28), MINSK), "Ready early", "official", CREATED);

        assertThat(commitment.slippageDays(), equalTo(-3L));
    }

    @Test
    void revisingToTheSameDeadlineIsRefused() {
        Refusal e = assertThrows(Refusal.class,
                () -> commitment.reviseDeadline(MARCH_31, "No change", "official", CREATED));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(422));
        assertThat(commitment.slippageDays(), equalTo(0L));
    }

    @Test
    void anOpenCommitmentIsOverdueFromItsDeadlineOn() {
        assertThat(commitment.isOverdue(MARCH_31.dueAt().minusNanos(1)), is(false));
        assertThat(commitment.isOverdue(MARCH_31.dueAt()), is(true));
        assertThat(commitment.daysOverdue(MARCH_31.dueAt().plus(Duration.ofHours(30))), equalTo(2L));
    }

    @Test
    void aDoneCommitmentIsNeverOverdue() {
        Instant late = MARCH_31.dueAt().plus(Duration.ofDays(3));
        commitment.recordProgress("official", "Signed", CommitmentStatus.DONE, null,
                List.of("https://example.org/decree.pdf"), late);

        assertThat(commitment.isOverdue(late.plus(Duration.ofDays(1))), is(false));
        assertThat(commitment.daysOverdue(late.plus(Duration.ofDays(1))), equalTo(0L));
        assertThat(commitment.completedAt, equalTo(late));
        assertThat(commitment.percentComplete, equalTo(100));
    }

    @Test
    void doneWithoutEvidenceIsRefused() {
        Refusal e = assertThrows(Refusal.class, () -> commitment.recordProgress("official", "Done, trust me",
                CommitmentStatus.DONE, 100, List.of(), CREATED));

        assertThat(e.getMessage(), containsString("evidence"));
        assertThat(commitment.status, equalTo(CommitmentStatus.PLANNED));
        assertThat(commitment.completedAt, nullValue());
    }

    @Test
    void aPlainEditCannotMarkItDone() {
        Refusal e = assertThrows(Refusal.class, () -> commitment.changeStatusByEdit(CommitmentStatus.DONE));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(422));
        assertThat(commitment.status, equalTo(CommitmentStatus.PLANNED));
    }
}
