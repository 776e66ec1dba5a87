package org.pacta.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.time.ZoneId;

/**
 * A signed roadmap between parties. Created ACTIVE with at least one party; its commitments belong to it and
 * go when it is deleted. COMPLETED, SUSPENDED and TERMINATED record how it ended or paused. The optional
 * review schedule (an RFC 5545 RRULE) says when its progress is reviewed; {@code nextReviewAt} is the next such
 * moment. Coordinators hear of escalations; owners are reminded of their commitments unless turned off.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 10_000)
    public String summary;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(length = 200)
    public String place;

    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AgreementStatus status = AgreementStatus.ACTIVE;

    @ManyToMany
    @JoinTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "position")
    public List<Party> parties = new ArrayList<>();

    @Column(name = "review_schedule", length = 500)
    public String reviewSchedule;

    /** Readable without signing in (never with owners' emails). */
    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    @Column(name = "remind_owners", nullable = false)
    public boolean remindOwners = true;

    /** Escalations repeat every so many working days of the responsible party, not calendar days. */
    @Column(name = "escalation_in_working_days", nullable = false)
    public boolean escalationInWorkingDays;

    @ElementCollection
    @CollectionTable(name = "agreement_coordinator", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "email", length = 320)
    public Set<String> coordinators = new TreeSet<>();

    @Column(name = "review_zone", length = 64)
    public String reviewZone;

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "next_review_at")
    public Instant nextReviewAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<Long> partyIds() {
        return Party.ids(parties);
    }

    public List<String> partyCodes() {
        return parties.stream().map(p -> p.code).toList();
    }

    /** Where review dates are counted: the review zone if set, else the first party's zone. */
    public ZoneId reviewZoneId() {
        if (reviewZone != null) {
            return ZoneId.of(reviewZone);
        }
        return parties.isEmpty() ? ZoneId.of("UTC") : parties.get(0).zone();
    }

    public boolean involves(Party party) {
        return parties.stream().anyMatch(p -> p.id.equals(party.id));
    }
}
