package org.pacta.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the audit trail in the transaction of the change itself: no change without its row, no row without it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Audit {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** How the trail names Pacta itself (a job, the first start, the demo data). */
    public static final String PACTA = "pacta";

    private static final int ACTOR_LENGTH = 500;

    public void record(String action, String itemType, Object itemId, Long commitmentId, Object before, Object after) {
        write(user.actor(), user.userId(), user.tokenId(), action, itemType, itemId, commitmentId, before, after);
    }

    /**
     * A change made by no account: by whoever holds a signed link (named by the address the link was sent to) or
     * by Pacta itself. A sign-in, where the request has no identity yet, names the account that signs in.
     */
    public void recordAs(String actor, Long actorUserId, String action, String itemType, Object itemId, Long commitmentId,
            Object before, Object after) {
        write(actor, actorUserId, null, action, itemType, itemId, commitmentId, before, after);
    }

    private void write(String actor, Long actorUserId, Long tokenId, String action, String itemType, Object itemId,
            Long commitmentId, Object before, Object after) {
        AuditEntry e = new AuditEntry();
        e.at = clock.instant();
        e.actor = actor.length() <= ACTOR_LENGTH ? actor : actor.substring(0, ACTOR_LENGTH - 1) + "…";
        e.actorUserId = actorUserId;
        e.tokenId = tokenId;
        e.action = action;
        e.itemType = itemType;
        e.itemId = String.valueOf(itemId);
        e.commitmentId = commitmentId;
        e.before = json(before);
        e.after = json(after);
        e.persist();
    }

    private String json(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Audit snapshot not serializable", ex);
        }
    }
}
