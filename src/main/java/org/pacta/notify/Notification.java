package org.pacta.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder, briefing or digest owed to one recipient: a row before it is a message (DESIGN decision 6).
 * Lifecycle: PENDING (or HELD for a daily digest) → SENDING (claimed by a node for a lease) → SENT; a failed
 * attempt goes to RETRY with a backoff, and after the last attempt to DEAD; CANCELLED when what it was about no
 * longer applies; DIGESTED when a digest carried it. The idempotency key (item, kind, occurrence, recipient) is
 * unique, so a sweep that runs twice creates nothing new, and it travels with the message so that a receiver
 * can drop a repeat.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /**
     * DUE_SOON to ESCALATION follow a deadline; CONFIRMATION follows a completion the other parties have not confirmed
     * (on the same ladder, from the moment they were asked plus the wait); DISPUTED, ANSWERED and CONFIRMED tell of a
     * step in a completion's thread.
     */
    public enum Kind { DUE_SOON, DUE_TODAY, OVERDUE, ESCALATION, REVIEW, DIGEST, CONFIRMATION, DISPUTED, ANSWERED, CONFIRMED }

    public enum Status { HELD, PENDING, SENDING, SENT, RETRY, DEAD, CANCELLED, DIGESTED }

    /** OFFICIAL: an official of a party to the agreement, told what that party must answer or know. */
    public enum RecipientKind { SUBSCRIPTION, OWNER, COORDINATOR, OFFICIAL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    public Long id;

    @Column(name = "idempotency_key", nullable = false, length = 700)
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    /** The exact rung of the ladder, e.g. DUE_SOON:P3D or ESCALATION:P7D:2. */
    @Column(nullable = false, length = 64)
    public String stage;

    @Column(name = "commitment_id")
    public Long commitmentId;

    @Column(name = "milestone_id")
    public Long milestoneId;

    @Column(name = "agreement_id")
    public Long agreementId;

    @Column(name = "review_id")
    public Long reviewId;

    /** The deadline (or review moment) this is about; a revised deadline is a new occurrence. */
    @Column(nullable = false)
    public Instant occurrence;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 16)
    public RecipientKind recipientKind;

    @Column(name = "subscription_id")
    public Long subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Subscription.Channel channel;

    @Column(nullable = false, length = 2000)
    public String recipient;

    @Column(name = "digest_id")
    public Long digestId;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    @Column(name = "claimed_by", length = 64)
    public String claimedBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
