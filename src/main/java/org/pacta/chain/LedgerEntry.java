package org.pacta.chain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of an agreement's chain, as it was hashed. Written only by {@link LedgerChain}, in one batch at the end
 * of the transaction that made the change; never updated or deleted, also not when its agreement is deleted.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
@IdClass(LedgerEntry.Key.class)
public class LedgerEntry extends PanacheEntityBase {

    public record Key(Long agreementId, Long sequence) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "agreement_id")
    public Long agreementId;

    @Id
    @Column(name = "sequence")
    public Long sequence;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(nullable = false, length = 40)
    public String kind;

    @Column(nullable = false, length = 80)
    public String subject;

    /** The canonical JSON text that was hashed; the entry's data is read back from it. */
    @Column(nullable = false, length = 200_000)
    public String body;

    @Column(name = "prev_hash", nullable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, length = 64)
    public String hash;

    protected LedgerEntry() {
    }
}
