package org.pacta.commitment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Responses;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Confirmation", description = "The other parties confirm or dispute a reported completion")
public class ConfirmationResource {

    private static final String BODY_REQUIRED = "send a JSON body";
    private static final String VERDICT = "By an official of another party of the agreement than the responsible one."
            + " DISPUTED needs a note. An official acting for several other parties names the one that speaks (party).";
    private static final String ANSWER = "By the responsible party (whoever may edit the item), only while the completion"
            + " is DISPUTED: it waits for the counterpart's word again.";

    @Inject
    ConfirmationService confirmations;

    @PermitAll
    @GET
    @Path("commitments/{id}/confirmation")
    @Operation(summary = "Where a commitment's completion stands with the other parties, and its thread")
    public ConfirmationView commitmentThread(@PathParam("id") String id) {
        return confirmations.thread(QueryParams.pathId(id, "Commitment"));
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("commitments/{id}/confirmation")
    @Operation(summary = "Confirm or dispute a commitment's completion", description = VERDICT)
    public Response confirmCommitment(@PathParam("id") String id,
            @NotNull(message = BODY_REQUIRED) @Valid ConfirmationInput in) {
        return created(confirmations.verdict(QueryParams.pathId(id, "Commitment"), in));
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("commitments/{id}/confirmation/answer")
    @Operation(summary = "Answer a dispute of a commitment's completion", description = ANSWER)
    public Response answerCommitment(@PathParam("id") String id,
            @NotNull(message = BODY_REQUIRED) @Valid ConfirmationAnswer in) {
        return created(confirmations.answer(QueryParams.pathId(id, "Commitment"), in));
    }

    @PermitAll
    @GET
    @Path("milestones/{id}/confirmation")
    @Operation(summary = "Where a milestone's completion stands with the other parties, and its thread")
    public ConfirmationView milestoneThread(@PathParam("id") String id) {
        return confirmations.milestoneThread(QueryParams.pathId(id, "Milestone"));
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("milestones/{id}/confirmation")
    @Operation(summary = "Confirm or dispute that a milestone was reached", description = VERDICT)
    public Response confirmMilestone(@PathParam("id") String id,
            @NotNull(message = BODY_REQUIRED) @Valid ConfirmationInput in) {
        return created(confirmations.verdictOnMilestone(QueryParams.pathId(id, "Milestone"), in));
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("milestones/{id}/confirmation/answer")
    @Operation(summary = "Answer a dispute of a milestone's completion", description = ANSWER)
    public Response answerMilestone(@PathParam("id") String id,
            @NotNull(message = BODY_REQUIRED) @Valid ConfirmationAnswer in) {
        return created(confirmations.answerOnMilestone(QueryParams.pathId(id, "Milestone"), in));
    }

    private static Response created(ConfirmationView.Spoken s) {
        return Response.status(Response.Status.CREATED).entity(s).tag(Responses.tag(s.version())).build();
    }
}
