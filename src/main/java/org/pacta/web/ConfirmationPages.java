package org.pacta.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.pacta.commitment.ConfirmationAnswer;
import org.pacta.commitment.ConfirmationInput;
import org.pacta.commitment.ConfirmationService;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Refusal;

/** The confirmation forms of a commitment's page: a counterpart confirms or disputes, the responsible party answers. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConfirmationPages {

    @Inject
    ConfirmationService confirmations;

    @Inject
    CommitmentPages commitmentPages;

    @Inject
    Pages pages;

    @POST
    @Path("commitments/{id}/confirmation")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verdict(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        FormData f = new FormData(body);
        ConfirmationInput in = verdictOf(f);
        return handle(commitmentId, null, "verdict", f, in, () -> confirmations.verdict(commitmentId, in));
    }

    @POST
    @Path("commitments/{id}/confirmation/answer")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        FormData f = new FormData(body);
        ConfirmationAnswer in = new ConfirmationAnswer(f.text("note"), f.lines("evidence"));
        return handle(commitmentId, null, "answer", f, in, () -> confirmations.answer(commitmentId, in));
    }

    @POST
    @Path("milestones/{id}/confirmation")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response milestoneVerdict(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long milestoneId = QueryParams.pathId(id, "Milestone");
        FormData f = new FormData(body);
        ConfirmationInput in = verdictOf(f);
        return handle(confirmations.commitmentOf(milestoneId), milestoneId, "verdict", f, in,
                () -> confirmations.verdictOnMilestone(milestoneId, in));
    }

    @POST
    @Path("milestones/{id}/confirmation/answer")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response milestoneAnswer(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long milestoneId = QueryParams.pathId(id, "Milestone");
        FormData f = new FormData(body);
        ConfirmationAnswer in = new ConfirmationAnswer(f.text("note"), f.lines("evidence"));
        return handle(confirmations.commitmentOf(milestoneId), milestoneId, "answer", f, in,
                () -> confirmations.answerOnMilestone(milestoneId, in));
    }

    private static ConfirmationInput verdictOf(FormData f) {
        return new ConfirmationInput(f.choice("verdict", ConfirmationInput.Verdict.class), f.text("note"),
                f.lines("evidence"), f.text("party"));
    }

    private Response handle(long commitmentId, Long milestoneId, String kind, FormData f, Object in, Supplier<?> write) {
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                write.get();
                return Response.seeOther(URI.create("/commitments/" + commitmentId + "#confirmation")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return commitmentPages.again(commitmentId,
                new CommitmentPages.Failed(CommitmentPages.Failed.confirmation(kind, milestoneId), f, errors));
    }
}
