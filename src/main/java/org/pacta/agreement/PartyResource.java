package org.pacta.agreement;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.Responses;

@Path("/api/parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parties", description = "Signatories and participants, known by their short code")
public class PartyResource {

    @Inject
    PartyService parties;

    @PermitAll
    @GET
    @Operation(summary = "List parties", description = "Sorted by code, paginated.")
    public PageResult<PartyView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return parties.list(PageRequest.of(page, size)).map(PartyView::of);
    }

    @RolesAllowed("admin")
    @POST
    @Operation(summary = "Create a party")
    public Response create(@NotNull(message = "send a JSON body") @Valid PartyInput in) {
        Party p = parties.create(in);
        return Responses.created("/api/parties/" + p.code, PartyView.of(p), p.version);
    }

    @PermitAll
    @GET
    @Path("{code}")
    @Operation(summary = "Get a party by code")
    public Response get(@PathParam("code") String code) {
        Party p = parties.get(code);
        return Responses.ok(PartyView.of(p), p.version);
    }

    @RolesAllowed("admin")
    @PUT
    @Path("{code}")
    @Operation(summary = "Replace a party's name and time zone", description = "Needs If-Match or the version field.")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "send a JSON body") @Valid PartyInput in) {
        Party p = parties.update(code, in, ExpectedVersion.optional(ifMatch, in.version()));
        return Responses.ok(PartyView.of(p), p.version);
    }

    @RolesAllowed("admin")
    @DELETE
    @Path("{code}")
    @Operation(summary = "Delete a party that no agreement or commitment uses")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        parties.delete(code, ExpectedVersion.optional(ifMatch, null));
        return Response.noContent().build();
    }
}
