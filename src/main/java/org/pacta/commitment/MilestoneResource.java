package org.pacta.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Responses;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "Checkpoints on the way to a commitment's deadline")
public class MilestoneResource {

    @Inject
    MilestoneService milestones;

    @Inject
    Clock clock;

    @PermitAll
    @GET
    @Path("commitments/{id}/milestones")
    @Operation(summary = "A commitment's milestones, by due time")
    public PageResult<MilestoneView> list(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Instant now = clock.instant();
        return milestones.list(QueryParams.pathId(id, "Commitment"), PageRequest.of(page, size))
                .map(m -> MilestoneView.of(m, now));
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("commitments/{id}/milestones")
    @Operation(summary = "Add a milestone", description = "Deadline as dueAt or dueDate (in the responsible party's zone).")
    public Response create(@PathParam("id") String id, @NotNull(message = "send a JSON body") @Valid MilestoneInput in) {
        Milestone m = milestones.get(milestones.create(QueryParams.pathId(id, "Commitment"), in).id);
        return Responses.created("/api/milestones/" + m.id, MilestoneView.of(m, clock.instant()), m.version);
    }

    @RolesAllowed({"admin", "official"})
    @PUT
    @Path("milestones/{id}")
    @Operation(summary = "Replace a milestone", description = "Needs If-Match or the version field. completed=true marks it"
            + " reached.")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "send a JSON body") @Valid MilestoneInput in) {
        ExpectedVersion expected = ExpectedVersion.optional(ifMatch, in.version());
        long milestoneId = QueryParams.pathId(id, "Milestone");
        milestones.update(milestoneId, in, expected);
        Milestone m = milestones.get(milestoneId);
        return Responses.ok(MilestoneView.of(m, clock.instant()), m.version);
    }

    @RolesAllowed({"admin", "official"})
    @DELETE
    @Path("milestones/{id}")
    @Operation(summary = "Delete a milestone")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        milestones.delete(QueryParams.pathId(id, "Milestone"), ExpectedVersion.optional(ifMatch, null));
        return Response.noContent().build();
    }
}
