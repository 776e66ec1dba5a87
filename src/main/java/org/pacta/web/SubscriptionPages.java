package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.pacta.agreement.PartyService;
import org.pacta.notify.SubscriptionInput;
import org.pacta.notify.SubscriptionList;
import org.pacta.notify.SubscriptionService;
import org.pacta.notify.SubscriptionView;
import org.pacta.platform.Refusal;
import org.pacta.platform.PageRequest;
import org.pacta.platform.QueryParams;

/** A monitor's subscriptions: what they follow, how and when they hear, and their calendar link. */
@Path("/subscriptions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SubscriptionPages {

    @Inject
    PartyService partyService;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SubscriptionList list;

    @Inject
    Pages pages;

    @Inject
    Page page;

    @Inject
    @Location("pages/subscriptions.html")
    Template template;

    /** A subscription as listed, with what it follows in words. */
    public record Row(SubscriptionView s, String follows) {
    }

    @GET
    public TemplateInstance show(@QueryParam("agreement") String agreement, @QueryParam("commitment") String commitment,
            @QueryParam("party") String party) {
        FormData f = FormData.empty().set("channel", "email").set("delivery", "immediate").set("leadTimes", "P14D, P3D, P1D")
                .set("escalateEvery", "P7D").set("onDue", "on").set("onOverdue", "on").set("digestAt", "08:00")
                .set("timeZone", page.zone().getId()).set("email", page.user().email());
        if (agreement != null) {
            f.set("scope", "agreement").set("agreementId", agreement);
        } else if (commitment != null) {
            f.set("scope", "commitment").set("commitmentId", commitment);
        } else if (party != null) {
            f.set("scope", "party").set("party", party);
        } else {
            f.set("scope", "all");
        }
        return render(f, FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        String scopeKind = f.text("scope") == null ? "all" : f.text("scope");
        SubscriptionInput.Scope scope = switch (scopeKind) {
            case "agreement" -> new SubscriptionInput.Scope(f.number("agreementId"), null, null, null);
            case "commitment" -> new SubscriptionInput.Scope(null, f.number("commitmentId"), null, null);
            case "party" -> new SubscriptionInput.Scope(null, null, f.text("party"), null);
            default -> new SubscriptionInput.Scope(null, null, null, true);
        };
        List<String> leads = f.text("leadTimes") == null ? List.of()
                : java.util.Arrays.stream(f.text("leadTimes").split("[,\\s]+")).filter(x -> !x.isBlank()).toList();
        SubscriptionInput in = new SubscriptionInput(scope, f.text("channel"), "webhook".equals(f.text("channel")) ? null : f.text("email"),
                "webhook".equals(f.text("channel")) ? f.text("url") : null, leads, f.checked("onDue"), f.checked("onOverdue"),
                f.text("escalateEvery") == null ? "none" : f.text("escalateEvery"), f.integer("escalateAfter"), f.text("delivery"),
                f.text("digestAt"), f.text("timeZone"),
                f.text("quietFrom") != null && f.text("quietTo") != null
                        ? new SubscriptionInput.QuietHours(f.text("quietFrom"), f.text("quietTo")) : null, f.text("language"), null);
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                SubscriptionView s = list.create(in);
                if (s.secret() != null) {
                    // The signing secret is shown once, on the page that answers the creation.
                    return Response.ok(render(FormData.empty(), FormErrors.none(), s.secret())).build();
                }
                return Response.seeOther(URI.create("/subscriptions")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(render(f, errors, null)).build();
    }

    /** The old calendar link stops working at once. */
    @POST
    @Path("{id}/calendar-token")
    public Response rotateCalendarToken(@PathParam("id") String id) {
        subscriptions.rotateCalendarToken(QueryParams.pathId(id, "Subscription"));
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(QueryParams.pathId(id, "Subscription"), null);
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    private TemplateInstance render(FormData f, FormErrors errors, String secret) {
        List<Row> rows = list.mine(new PageRequest(0, 200)).stream().map(s -> new Row(s.view(), follows(s))).toList();
        return pages.render(template.data("rows", rows).data("form", f).data("errors", errors).data("secret", secret)
                .data("parties", partyService.views()));
    }

    private String follows(SubscriptionList.Listed s) {
        Msg m = Messages.of(page);
        return switch (s.scope()) {
            case ALL -> m.scope_all();
            case AGREEMENT -> s.agreementTitle() != null ? s.agreementTitle() : "#" + page.num(s.agreementId());
            case PARTY -> m.scope_party() + " " + s.partyCode();
            case COMMITMENT -> m.scope_commitment() + " #" + page.num(s.commitmentId());
        };
    }
}
