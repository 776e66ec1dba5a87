package org.pacta.chain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last entry of an agreement's chain. Read-only here: {@link LedgerChain} moves it with SQL under its row lock.
 * It stays after the agreement is deleted, with whether the agreement was public, so its head can still be shown.
 */
@Entity
@Table(name = "ledger_head")
public class LedgerHead extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_id")
    public Long agreementId;

    @Column(nullable = false)
    public long sequence;

    @Column(nullable = false, length = 64)
    public String hash;

    public Instant at;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    protected LedgerHead() {
    }

    /** The head of a chain nothing has been appended to yet (not stored). */
    static LedgerHead empty(long agreementId) {
        LedgerHead head = new LedgerHead();
        head.agreementId = agreementId;
        head.hash = Canonical.GENESIS;
        return head;
    }
}
