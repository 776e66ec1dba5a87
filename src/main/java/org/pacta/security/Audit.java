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

    public void record(String action, String itemType, Object itemId, Long commitmentId, Object before, Object after) {
        AuditEntry e = new AuditEntry();
        e.at = clock.instant();
        e.actor = user.actor();
        e.actorUserId = user.userId();
        e.tokenId = user.tokenId();
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
