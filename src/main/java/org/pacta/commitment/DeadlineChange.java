package org.pacta.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One revision of a commitment's deadline, with the reason given. Append-only (DESIGN decision 4). The first date of
 * an undated commitment is a revision from no deadline: {@code oldDueAt} is null and {@code oldUndated} keeps the
 * words it had.
 */
@Entity
@Immutable
@Table(name = "deadline_change")
public class DeadlineChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_change_seq")
    @SequenceGenerator(name = "deadline_change_seq", sequenceName = "deadline_change_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    public Commitment commitment;

    @Column(name = "old_due_at")
    public Instant oldDueAt;

    @Column(name = "old_undated", length = 300)
    public String oldUndated;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "old_precision", nullable = false, length = 8)
    public DuePrecision oldPrecision = DuePrecision.DAY;

    @Column(name = "old_zone", nullable = false, length = 64)
    public String oldZone;

    @Column(name = "old_date_only", nullable = false)
    public boolean oldDateOnly;

    @Column(name = "new_due_at", nullable = false)
    public Instant newDueAt;

    @Column(name = "new_zone", nullable = false, length = 64)
    public String newZone;

    @Column(name = "new_date_only", nullable = false)
    public boolean newDateOnly;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "new_precision", nullable = false, length = 8)
    public DuePrecision newPrecision = DuePrecision.DAY;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    protected DeadlineChange() {
    }

    DeadlineChange(Commitment commitment, Deadline old, String oldUndated, Deadline revised, String reason, String author,
            Instant now) {
        this.commitment = commitment;
        if (old == null) {
            this.oldUndated = oldUndated;
            this.oldZone = commitment.dueZone;
        } else {
            this.oldDueAt = old.dueAt();
            this.oldZone = old.zone().getId();
            this.oldDateOnly = old.dateOnly();
            this.oldPrecision = old.precision();
        }
        this.newDueAt = revised.dueAt();
        this.newZone = revised.zone().getId();
        this.newDateOnly = revised.dateOnly();
        this.newPrecision = revised.precision();
        this.reason = reason;
        this.author = author;
        this.changedAt = now;
    }
}
