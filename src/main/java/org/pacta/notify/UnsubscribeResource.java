package org.pacta.notify;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link at the foot of every email. GET only shows a button (mail scanners follow links; they must not
 * unsubscribe anyone); POST, from that button or from a mail client's one-click (RFC 8058), does it.
 */
@Path("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Unsubscribe", description = "One-click unsubscribe from the links in Pacta's emails")
public class UnsubscribeResource {

    @Inject
    UnsubscribeLinks links;

    @Inject
    Unsubscribing unsubscribing;

    @Inject
    @Location("unsubscribe.html")
    Template page;

    @PermitAll
    @GET
    @Operation(summary = "Confirm unsubscribing")
    public Response confirm(@PathParam("token") String token,
            @jakarta.ws.rs.HeaderParam("Accept-Language") String accepted) {
        Optional<String> payload = links.verify(token);
        return Response.status(payload.isPresent() ? 200 : 404)
                .entity(in(payload, accepted).data("state", payload.isPresent() ? "confirm" : "invalid").data("token", token)
                        .render()).build();
    }

    @PermitAll
    @POST
    @Operation(summary = "Unsubscribe", description = "Accepts the RFC 8058 one-click POST.")
    public Response unsubscribe(@PathParam("token") String token,
            @jakarta.ws.rs.HeaderParam("Accept-Language") String accepted) {
        Optional<String> payload = links.verify(token);
        boolean done = payload.isPresent() && unsubscribing.unsubscribe(payload.get());
        return Response.status(done ? 200 : 404)
                .entity(in(payload, accepted).data("state", done ? "done" : "invalid").data("token", token).render()).build();
    }

    /** The page in the language of the messages the link came with; else the browser's. */
    private io.quarkus.qute.TemplateInstance in(Optional<String> payload, String accepted) {
        String lang = payload.flatMap(unsubscribing::language).orElseGet(() -> org.pacta.platform.Languages.accepted(accepted));
        return page.instance().setLocale(java.util.Locale.forLanguageTag(lang)).data("lang", lang);
    }
}
