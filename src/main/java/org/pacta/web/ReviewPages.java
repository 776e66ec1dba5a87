package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.AgreementView;
import org.pacta.followup.ReviewNotesInput;
import org.pacta.followup.ReviewService;
import org.pacta.followup.ReviewView;
import org.pacta.platform.Refusal;
import org.pacta.platform.PageRequest;
import org.pacta.platform.QueryParams;

/** An agreement's reviews: the briefings sent at each scheduled review, and officials' notes. */
@Path("/agreements/{id}/reviews")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @Inject
    ReviewService reviews;

    @Inject
    AgreementService agreements;

    @Inject
    Pages pages;

    @Inject
    @Location("pages/reviews.html")
    Template template;

    @GET
    @Authenticated
    public TemplateInstance show(@PathParam("id") String id) {
        return render(QueryParams.pathId(id, "Agreement"), FormErrors.none());
    }

    @POST
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNotes(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        FormData f = new FormData(body);
        ReviewNotesInput in = new ReviewNotesInput(f.number("reviewId"), f.text("notes"), null);
        FormErrors errors = pages.check(f, in);
        if (errors.any()) {
            return Response.status(422).entity(render(agreementId, errors)).build();
        }
        try {
            reviews.addNotes(agreementId, in.reviewId(), in.notes(), null);
        } catch (Refusal e) {
            return Response.status(org.pacta.platform.ProblemMapper.statusOf(e.reason()))
                    .entity(render(agreementId, FormErrors.of(e, pages.refusals()))).build();
        }
        return Response.seeOther(URI.create("/agreements/" + agreementId + "/reviews")).build();
    }

    private TemplateInstance render(long agreementId, FormErrors errors) {
        AgreementView a = agreements.view(agreementId);
        List<ReviewView> list = reviews.views(agreementId, PageRequest.of(0, 50)).items();
        return pages.render(template.data("a", a).data("reviews", list).data("errors", errors));
    }
}
