package org.pacta.chain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.Session;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementChanged;
import org.pacta.agreement.AgreementDeleting;
import org.pacta.platform.NativeValues;
import org.pacta.security.CurrentUser;

/**
 * Appends to agreements' hash chains, inside the transaction that makes the change. An append only notes the entry
 * (its data turned into a tree at once, as it stands then); just before the commit each touched chain's head row is
 * locked, the entries get their sequence numbers and hashes, and they are inserted in one batch. So the lock is held
 * for the last moment of the transaction only (an import of thousands of rows does not keep other writers of its
 * agreement waiting), there is one lock per agreement and transaction, and the chain's order is the order in which
 * the changes became visible. A transaction that rolls back leaves nothing.
 */
@ApplicationScoped
public class LedgerChain {

    public static final String AGREEMENT_DELETED = "AGREEMENT_DELETED";

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    private record Noted(String kind, String subject, JsonNode data, Instant at, String actor) {
    }

    private static final class Chain {
        final List<Noted> entries = new ArrayList<>();
        Boolean isPublic;
        Instant deletedAt;
    }

    /** An entry dated now, by whoever is acting. */
    public void append(long agreementId, String kind, String subject, Object data) {
        append(agreementId, kind, subject, data, clock.instant(), actor());
    }

    /**
     * An entry in {@code agreementId}'s chain: {@code kind} (COMMITMENT_CREATED…), {@code subject} ("commitment/12"),
     * {@code data} (a map or record of public facts: never names, emails or usernames), its moment and its actor (see
     * {@link #actor()}). Must run inside the transaction that makes the change.
     */
    public void append(long agreementId, String kind, String subject, Object data, Instant at, String actor) {
        pending().computeIfAbsent(agreementId, id -> new Chain()).entries
                .add(new Noted(kind, subject, Canonical.tree(data), at.truncatedTo(ChronoUnit.MILLIS), actor));
    }

    /**
     * Who acts, as the ledger names them: Pacta itself is {@code system}, an administrator {@code admin}, an official
     * the code of their party (several joined with "+").
     */
    public String actor() {
        if (user.isSystem()) {
            return "system";
        }
        if (user.isAdmin()) {
            return "admin";
        }
        // Once per transaction: an import appends thousands of entries and clears its persistence context as it goes.
        if (transactions.getTransactionKey() != null && transactions.getResource(ACTOR) instanceof String known) {
            return known;
        }
        TreeSet<String> codes = new TreeSet<>();
        if (!user.partyIds().isEmpty()) {
            codes.addAll(em.createQuery("select p.code from Party p where p.id in :ids", String.class)
                    .setParameter("ids", user.partyIds()).getResultList());
        }
        String actor = codes.isEmpty() ? "official" : String.join("+", codes);
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(ACTOR, actor);
        }
        return actor;
    }

    private static final String ACTOR = LedgerChain.class.getName() + ".actor";

    /** A new agreement gets its head at once, so that two first appends never race to insert it. */
    void onAgreementChanged(@Observes AgreementChanged event) {
        Number heads = (Number) em.createNativeQuery("select count(*) from ledger_head where agreement_id = :id")
                .setParameter("id", event.agreementId()).getSingleResult();
        if (heads.longValue() == 0) {
            insertHead(event.agreementId(), isPublic(event.agreementId()));
        }
    }

    /** The tombstone: the chain and its head stay, with whether the agreement was public. */
    void onAgreementDeleting(@Observes AgreementDeleting event) {
        Agreement a = Agreement.findById(event.agreementId());
        Map<String, Object> data = new LinkedHashMap<>();
        if (a != null) {
            data.put("title", a.title);
            data.put("public", a.isPublic);
        }
        Instant now = clock.instant();
        append(event.agreementId(), AGREEMENT_DELETED, "agreement/" + event.agreementId(), data, now, actor());
        Chain chain = pending().get(event.agreementId());
        chain.deletedAt = now.truncatedTo(ChronoUnit.MILLIS);
        chain.isPublic = a != null && a.isPublic;
    }

    private Map<Long, Chain> pending() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("A ledger entry is appended inside the transaction that makes the change");
        }
        @SuppressWarnings("unchecked")
        Map<Long, Chain> chains = (Map<Long, Chain>) transactions.getResource(LedgerChain.class);
        if (chains == null) {
            Map<Long, Chain> fresh = new LinkedHashMap<>();
            transactions.putResource(LedgerChain.class, fresh);
            // Interposed synchronizations run after the persistence context's own flush, still inside the transaction.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            return fresh;
        }
        return chains;
    }

    private void write(Map<Long, Chain> chains) {
        // In id order, so that two transactions touching the same agreements lock their heads in the same order.
        new java.util.TreeMap<>(chains).forEach(this::write);
    }

    private void write(long agreementId, Chain chain) {
        if (chain.entries.isEmpty()) {
            return;
        }
        List<?> rows = em.createNativeQuery("select sequence, hash from ledger_head where agreement_id = :id for update")
                .setParameter("id", agreementId).getResultList();
        long sequence;
        String prev;
        if (rows.isEmpty()) {
            insertHead(agreementId, chain.isPublic != null ? chain.isPublic : isPublic(agreementId));
            sequence = 0;
            prev = Canonical.GENESIS;
        } else {
            Object[] row = (Object[]) rows.get(0);
            sequence = NativeValues.number(row[0]);
            prev = (String) row[1];
        }
        List<Object[]> inserts = new ArrayList<>(chain.entries.size());
        Instant last = null;
        for (Noted e : chain.entries) {
            sequence++;
            String body = Canonical.body(agreementId, sequence, e.at().toString(), e.kind(), e.subject(), e.actor(),
                    e.data());
            String hash = Canonical.hash(prev, body);
            inserts.add(new Object[] {sequence, e.at(), e.kind(), e.subject(), body, prev, hash});
            prev = hash;
            last = e.at();
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into ledger_entry (agreement_id, sequence,"
                    + " recorded_at, kind, subject, body, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] r : inserts) {
                    insert.setLong(1, agreementId);
                    insert.setLong(2, (Long) r[0]);
                    insert.setObject(3, OffsetDateTime.ofInstant((Instant) r[1], ZoneOffset.UTC));
                    insert.setString(4, (String) r[2]);
                    insert.setString(5, (String) r[3]);
                    insert.setString(6, (String) r[4]);
                    insert.setString(7, (String) r[5]);
                    insert.setString(8, (String) r[6]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        var update = em.createNativeQuery("update ledger_head set sequence = :sequence, hash = :hash, at = :at"
                + (chain.deletedAt != null ? ", deleted_at = :deletedAt, is_public = :isPublic" : "")
                + " where agreement_id = :id")
                .setParameter("sequence", sequence).setParameter("hash", prev).setParameter("at", last)
                .setParameter("id", agreementId);
        if (chain.deletedAt != null) {
            update.setParameter("deletedAt", chain.deletedAt).setParameter("isPublic", chain.isPublic);
        }
        update.executeUpdate();
    }

    private boolean isPublic(long agreementId) {
        List<?> rows = em.createNativeQuery("select is_public from agreement where id = :id")
                .setParameter("id", agreementId).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    private void insertHead(long agreementId, boolean isPublic) {
        em.createNativeQuery("insert into ledger_head (agreement_id, sequence, hash, at, is_public, deleted_at)"
                + " values (:id, 0, :hash, null, :isPublic, null)").setParameter("id", agreementId)
                .setParameter("hash", Canonical.GENESIS).setParameter("isPublic", isPublic).executeUpdate();
    }
}
