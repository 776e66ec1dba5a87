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
import org.pacta.agreement.Party;

/**
 * One step of a completion's thread: a counterpart confirms or disputes it, or the responsible party answers a
 * dispute, with a note and links to evidence. Append-only; the item keeps the state the steps lead to.
 */
@Entity
@Immutable
@Table(name = "confirmation_step")
public class ConfirmationStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confirmation_step_seq")
    @SequenceGenerator(name = "confirmation_step_seq", sequenceName = "confirmation_step_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    public Commitment commitment;

    /** Null when the step is about the commitment itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    public Milestone milestone;

    @Column(name = "agreement_id", nullable = false)
    public Long agreementId;

    /** The party on whose behalf the author spoke. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Confirmation.Act act;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(length = 5000)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "confirmation_evidence", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", length = 2000)
    public List<String> evidence = new ArrayList<>();

    protected ConfirmationStep() {
    }

    public ConfirmationStep(Commitment commitment, Milestone milestone, Party party, Confirmation.Act act,
            String author, String note, List<String> evidence, Instant now) {
        this.commitment = commitment;
        this.milestone = milestone;
        this.agreementId = commitment.agreement.id;
        this.party = party;
        this.act = act;
        this.author = author;
        this.note = note;
        this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
        this.recordedAt = now;
    }

    public Confirmation.Said said() {
        return new Confirmation.Said(party.id, act);
    }
}
