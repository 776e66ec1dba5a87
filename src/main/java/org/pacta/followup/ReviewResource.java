package org.pacta.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;

@Path("/api/agreements/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Scheduled reviews of an agreement and the briefings sent for them")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @PermitAll
    @GET
    @Operation(summary = "Reviews of an agreement, newest first, with their briefings and notes")
    public PageResult<ReviewView> list(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return reviews.list(QueryParams.pathId(id, "Agreement"), PageRequest.of(page, size)).map(reviews::view);
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Operation(summary = "Add an official's notes to a review",
            description = "With reviewId the notes go to that review; without, a review is recorded now with a fresh"
                    + " briefing.")
    public Response addNotes(@PathParam("id") String id, @NotNull(message = "send a JSON body") @Valid ReviewNotesInput in) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        long reviewId = reviews.addNotes(agreementId, in.reviewId(), in.notes().strip(),
                in.author() == null || in.author().isBlank() ? "anonymous" : in.author().strip()).id;
        ReviewView view = reviews.list(agreementId, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(r -> r.id == reviewId).findFirst().map(reviews::view).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
