package org.pacta.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pacta.agreement.Agreement;
import org.pacta.notify.Briefing;

/**
 * A review of an agreement's progress: held at each occurrence of its review schedule (or recorded by an
 * official), with the briefing sent to its monitors frozen as it was then, and notes officials add afterwards.
 */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    /** The scheduled moment (or, for a recorded review, when it was recorded). */
    @Column(nullable = false)
    public Instant occurrence;

    @Column(nullable = false)
    public boolean scheduled;

    @Column(name = "held_at", nullable = false)
    public Instant heldAt;

    @Column(name = "next_review")
    public Instant nextReview;

    /** The briefing as JSON ({@link Briefing}). */
    @Column(nullable = false, length = 1_000_000)
    public String briefing;

    @OneToMany(mappedBy = "review")
    @OrderBy("writtenAt, id")
    public List<ReviewNote> notes = new ArrayList<>();
}
