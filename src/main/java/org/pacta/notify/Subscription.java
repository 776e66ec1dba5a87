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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * A monitor's wish to be told: about one commitment, an agreement, what a party is responsible for, or
 * everything; by email or webhook; before deadlines (lead times), on the day, when they pass and repeatedly
 * while overdue; at once or in a daily digest. Active until deleted, unsubscribed, or its webhook answers 410.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    public enum Scope { ALL, AGREEMENT, PARTY, COMMITMENT }

    public enum Channel { EMAIL, WEBHOOK }

    public enum Delivery { IMMEDIATE, DAILY_DIGEST }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 16)
    public Scope scope;

    @Column(name = "commitment_id")
    public Long commitmentId;

    @Column(name = "agreement_id")
    public Long agreementId;

    @Column(name = "party_id")
    public Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Column(length = 320)
    public String email;

    @Column(length = 2000)
    public String url;

    /** The webhook signing secret ("whsec_" + base64), shown to the client once. */
    @Column(length = 100)
    public String secret;

    /** ISO-8601 durations, comma-separated, longest first. */
    @Column(name = "lead_times", nullable = false, length = 300)
    public String leadTimes;

    @Column(name = "on_due", nullable = false)
    public boolean onDue;

    @Column(name = "on_overdue", nullable = false)
    public boolean onOverdue;

    @Column(name = "escalate_every", length = 40)
    public String escalateEvery;

    @Column(name = "escalate_after")
    public Integer escalateAfter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Delivery delivery;

    @Column(name = "digest_at")
    public LocalTime digestAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    /** "en", "ru" or "fa": the language of its emails, webhook texts and calendar entries; null (older rows) is English. */
    @Column(length = 8)
    public String language;

    @Column(name = "quiet_from")
    public LocalTime quietFrom;

    @Column(name = "quiet_to")
    public LocalTime quietTo;

    @Column(name = "calendar_token", nullable = false, length = 64)
    public String calendarToken;

    @Column(nullable = false)
    public boolean active = true;

    /** The account that made it and manages it. */
    @Column(name = "owner_user_id")
    public Long ownerUserId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<Duration> leadTimeList() {
        if (leadTimes == null || leadTimes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(leadTimes.split(",")).map(Duration::parse).toList();
    }

    public Duration escalationPeriod() {
        return escalateEvery == null ? null : Duration.parse(escalateEvery);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String lang() {
        return org.pacta.platform.Languages.orEnglish(language);
    }

    /** Where messages go: the email address or the webhook URL. */
    public String address() {
        return channel == Channel.EMAIL ? email : url;
    }
}
