package org.pacta.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** What someone reported about a commitment at a moment, with links to evidence. Append-only. */
@Entity
@Immutable
@Table(name = "progress_update")
public class ProgressUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_update_seq")
    @SequenceGenerator(name = "progress_update_seq", sequenceName = "progress_update_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    public Commitment commitment;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(length = 5000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false, length = 16)
    public CommitmentStatus newStatus;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

    @ElementCollection
    @CollectionTable(name = "progress_evidence", joinColumns = @JoinColumn(name = "update_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", length = 2000)
    public List<String> evidence = new ArrayList<>();

    protected ProgressUpdate() {
    }

    ProgressUpdate(Commitment commitment, String author, String note, CommitmentStatus newStatus, int percentComplete,
            List<String> evidence, Instant now) {
        this.commitment = commitment;
        this.author = author;
        this.note = note;
        this.newStatus = newStatus;
        this.percentComplete = percentComplete;
        this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
        this.recordedAt = now;
    }
}
