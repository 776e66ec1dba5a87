package org.pacta.notify;

import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.agreement.Party;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Responses;

@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Monitors' reminders: what to follow, by which channel, when")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    @Authenticated
    @GET
    @Operation(summary = "List subscriptions")
    public PageResult<SubscriptionView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return subscriptions.list(PageRequest.of(page, size)).map(s -> view(s, false));
    }

    @Authenticated
    @POST
    @Operation(summary = "Subscribe", description = "A webhook subscription's signing secret is in this answer only.")
    public Response create(@NotNull(message = "send a JSON body") @Valid SubscriptionInput in) {
        Subscription s = subscriptions.create(in);
        return Responses.created("/api/subscriptions/" + s.id, view(s, true), s.version);
    }

    @Authenticated
    @GET
    @Path("{id}")
    @Operation(summary = "Get a subscription")
    public Response get(@PathParam("id") String id) {
        Subscription s = subscriptions.get(QueryParams.pathId(id, "Subscription"));
        return Responses.ok(view(s, false), s.version);
    }

    @Authenticated
    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a subscription", description = "Needs If-Match or the version field.")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "send a JSON body") @Valid SubscriptionInput in) {
        long subscriptionId = QueryParams.pathId(id, "Subscription");
        subscriptions.update(subscriptionId, in, ExpectedVersion.optional(ifMatch, in.version()));
        Subscription s = subscriptions.get(subscriptionId);
        return Responses.ok(view(s, false), s.version);
    }

    @Authenticated
    @POST
    @Path("{id}/calendar-token")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replace the calendar feed's address",
            description = "A new calendarUrl; the old address stops answering at once. No body is needed.")
    public Response rotateCalendarToken(@PathParam("id") String id) {
        long subscriptionId = QueryParams.pathId(id, "Subscription");
        subscriptions.rotateCalendarToken(subscriptionId);
        Subscription s = subscriptions.get(subscriptionId);
        return Responses.ok(view(s, false), s.version);
    }

    @Authenticated
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a subscription", description = "Reminders not yet sent to it are cancelled.")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        subscriptions.delete(QueryParams.pathId(id, "Subscription"), ExpectedVersion.optional(ifMatch, null));
        return Response.noContent().build();
    }

    private SubscriptionView view(Subscription s, boolean withSecret) {
        String party = s.partyId == null ? null : Party.<Party>findByIdOptional(s.partyId).map(p -> p.code).orElse(null);
        return SubscriptionView.of(s, party, pacta.baseUrl(), withSecret);
    }
}
