package org.pacta.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One change, by whom (a person, or a person's token), to what, with the item before and after. Append-only. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 500)
    public String actor;

    @Column(name = "actor_user_id")
    public Long actorUserId;

    @Column(name = "token_id")
    public Long tokenId;

    @Column(nullable = false, length = 16)
    public String action;

    @Column(name = "item_type", nullable = false, length = 32)
    public String itemType;

    @Column(name = "item_id", nullable = false, length = 64)
    public String itemId;

    /** The commitment the item belongs to, so that a commitment's history includes its milestones and reports. */
    @Column(name = "commitment_id")
    public Long commitmentId;

    @Column(name = "before_json", length = 200_000)
    public String before;

    @Column(name = "after_json", length = 200_000)
    public String after;
}
