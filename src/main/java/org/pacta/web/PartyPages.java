package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.pacta.agreement.PartyInput;
import org.pacta.agreement.PartyService;
import org.pacta.platform.Refusal;

/** Parties, for administrators: the list and a form to add one. */
@Path("/parties")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class PartyPages {

    @Inject
    PartyService parties;

    @Inject
    Pages pages;

    @Inject
    Validator validator;

    @Inject
    @Location("pages/parties.html")
    Template template;

    @GET
    public TemplateInstance show() {
        return render(FormData.empty().set("timeZone", "UTC"), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        PartyInput in = new PartyInput(f.text("code"), f.text("name"), f.text("timeZone"), null, null);
        FormErrors errors = FormErrors.of(validator.validate(in), pages.refusals());
        if (!errors.any()) {
            try {
                parties.create(in);
                return Response.seeOther(URI.create("/parties")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(render(f, errors)).build();
    }

    private TemplateInstance render(FormData f, FormErrors errors) {
        return pages.render(template.data("parties", parties.views()).data("form", f).data("errors", errors));
    }
}
