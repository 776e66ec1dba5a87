package org.pacta.notify;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.panache.common.Parameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The outbox: every reminder, briefing and digest, and what became of it")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @RolesAllowed("admin")
    @GET
    @Operation(summary = "List notifications, newest first",
            description = "Filters: status, commitment (id), milestone (id), recipient (email or URL), kind.")
    public PageResult<NotificationView> list(@QueryParam("status") String status, @QueryParam("commitment") String commitment,
            @QueryParam("milestone") String milestone, @QueryParam("recipient") String recipient,
            @QueryParam("kind") String kind, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        var statuses = QueryParams.enums(status, Notification.Status.class, "status");
        if (statuses != null) {
            where.add("status in :statuses");
            params.and("statuses", statuses);
        }
        var kinds = QueryParams.enums(kind, Notification.Kind.class, "kind");
        if (kinds != null) {
            where.add("kind in :kinds");
            params.and("kinds", kinds);
        }
        Long c = QueryParams.id(commitment, "commitment");
        if (c != null) {
            where.add("commitmentId = :commitment");
            params.and("commitment", c);
        }
        Long m = QueryParams.id(milestone, "milestone");
        if (m != null) {
            where.add("milestoneId = :milestone");
            params.and("milestone", m);
        }
        if (recipient != null && !recipient.isBlank()) {
            where.add("recipient = :recipient");
            params.and("recipient", recipient.strip());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id desc";
        io.quarkus.hibernate.orm.panache.PanacheQuery<Notification> q = Notification.find(query.strip(), params);
        return PageResult.of(q.page(p.page(), p.size()).list(), p, q.count()).map(NotificationView::of);
    }

    @RolesAllowed("admin")
    @GET
    @Path("{id}")
    @Operation(summary = "Get a notification")
    public NotificationView get(@PathParam("id") String id) {
        return NotificationView.of(notifications.get(QueryParams.pathId(id, "Notification")));
    }

    @RolesAllowed("admin")
    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a DEAD notification again", description = "It goes back to PENDING with a fresh count of"
            + " attempts, and keeps its idempotency key.")
    public NotificationView retry(@PathParam("id") String id) {
        return NotificationView.of(notifications.retry(QueryParams.pathId(id, "Notification")));
    }
}
