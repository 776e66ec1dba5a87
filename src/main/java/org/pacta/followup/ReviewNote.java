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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What an official wrote about a review. Append-only. */
@Entity
@Immutable
@Table(name = "review_note")
public class ReviewNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_note_seq")
    @SequenceGenerator(name = "review_note_seq", sequenceName = "review_note_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Column(name = "body", nullable = false, length = 10_000)
    public String text;
}
