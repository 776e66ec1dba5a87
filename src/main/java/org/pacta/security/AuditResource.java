package org.pacta.security;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Audit", description = "Who changed what, when (administrators only)")
public class AuditResource {

    @Schema(name = "AuditEntry")
    public record AuditView(long id, Instant at, String actor, Long actorUserId, String action, String itemType,
            String itemId, Long commitmentId, String before, String after) {

        public static AuditView of(AuditEntry e) {
            return new AuditView(e.id, e.at, e.actor, e.actorUserId, e.action, e.itemType, e.itemId, e.commitmentId,
                    e.before, e.after);
        }
    }

    @GET
    @Operation(summary = "The audit trail, newest first",
            description = "Filters: itemType (AGREEMENT, COMMITMENT, MILESTONE, DEADLINE, PROGRESS, SUBSCRIPTION, USER,"
                    + " TOKEN, PARTY, REVIEW), itemId, user (account id), from, to (dates or instants).")
    public PageResult<AuditView> list(@QueryParam("itemType") String itemType, @QueryParam("itemId") String itemId,
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (itemType != null && !itemType.isBlank()) {
            where.add("itemType = :type");
            params.and("type", itemType.strip().toUpperCase(Locale.ROOT));
        }
        if (itemId != null && !itemId.isBlank()) {
            where.add("itemId = :item");
            params.and("item", itemId.strip());
        }
        Long userId = QueryParams.id(user, "user");
        if (userId != null) {
            where.add("actorUserId = :user");
            params.and("user", userId);
        }
        Instant fromAt = QueryParams.instantOrDate(from, "from");
        if (fromAt != null) {
            where.add("at >= :from");
            params.and("from", fromAt);
        }
        Instant toAt = QueryParams.instantOrDate(to, "to");
        if (toAt != null) {
            where.add("at < :to");
            params.and("to", toAt);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by at desc, id desc";
        io.quarkus.hibernate.orm.panache.PanacheQuery<AuditEntry> q = AuditEntry.find(query.strip(), params);
        return PageResult.of(q.page(p.page(), p.size()).list(), p, q.count()).map(AuditView::of);
    }
}
