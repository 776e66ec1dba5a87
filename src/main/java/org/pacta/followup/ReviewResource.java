package org.pacta.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.notify.Briefing;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Text;

@Path("/api/agreements/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Scheduled reviews of an agreement and the briefings sent for them")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Schema(name = "ReviewNotesInput")
    public record NotesInput(
            @Schema(description = "The review to annotate; without it a review is recorded now") Long reviewId,
            @NotBlank @Size(max = 10_000) @Text(multiline = true) String notes,
            @Size(max = 200) @Text String author) {
    }

    @Schema(name = "ReviewNote")
    public record NoteView(String author, Instant writtenAt, String text) {
    }

    @Schema(name = "Review")
    public record ReviewView(long id, long agreementId, Instant occurrence, boolean scheduled, Instant heldAt,
            Instant nextReview, Briefing briefing, List<NoteView> notes) {
    }

    @PermitAll
    @GET
    @Operation(summary = "Reviews of an agreement, newest first, with their briefings and notes")
    public PageResult<ReviewView> list(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return reviews.list(QueryParams.pathId(id, "Agreement"), PageRequest.of(page, size)).map(this::view);
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Operation(summary = "Add an official's notes to a review",
            description = "With reviewId the notes go to that review; without, a review is recorded now with a fresh"
                    + " briefing.")
    public Response addNotes(@PathParam("id") String id, @NotNull(message = "send a JSON body") @Valid NotesInput in) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        long reviewId = reviews.addNotes(agreementId, in.reviewId(), in.notes().strip(),
                in.author() == null || in.author().isBlank() ? "anonymous" : in.author().strip()).id;
        ReviewView view = reviews.list(agreementId, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(r -> r.id == reviewId).findFirst().map(this::view).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    private ReviewView view(Review r) {
        return new ReviewView(r.id, r.agreement.id, r.occurrence, r.scheduled, r.heldAt, r.nextReview, reviews.read(r),
                r.notes.stream().map(n -> new NoteView(n.author, n.writtenAt, n.text)).toList());
    }
}
