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
import org.pacta.platform.QueryParams;
import org.pacta.platform.Responses;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Signed roadmaps between parties")
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @Inject
    org.pacta.security.Access access;

    private AgreementView view(Agreement a) {
        AgreementView view = AgreementView.of(a);
        return access.showsOwners() ? view : view.withoutCoordinators();
    }

    @PermitAll
    @GET
    @Path("agreements")
    @Operation(summary = "List agreements", description = "Filters: status, party (code), q (text in title or summary)."
            + " Sort with sort=-signedOn (fields: id, title, signedOn, status, createdAt, updatedAt). Paginated.")
    public PageResult<AgreementView> list(@QueryParam("status") String status, @QueryParam("party") String party,
            @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return agreements.list(QueryParams.oneEnum(status, AgreementStatus.class, "status"), party, q, sort,
                PageRequest.of(page, size)).map(this::view);
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("agreements")
    @Operation(summary = "Create an agreement", description = "parties is a list of existing party codes.")
    public Response create(@NotNull(message = "send a JSON body") @Valid AgreementInput in) {
        Agreement a = agreements.get(agreements.create(in).id);
        return Responses.created("/api/agreements/" + a.id, AgreementView.of(a), a.version);
    }

    @PermitAll
    @GET
    @Path("agreements/{id}")
    @Operation(summary = "Get an agreement")
    public Response get(@PathParam("id") String id) {
        Agreement a = agreements.get(QueryParams.pathId(id, "Agreement"));
        return Responses.ok(view(a), a.version);
    }

    @RolesAllowed({"admin", "official"})
    @PUT
    @Path("agreements/{id}")
    @Operation(summary = "Replace an agreement", description = "Needs If-Match or the version field.")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "send a JSON body") @Valid AgreementInput in) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        agreements.update(agreementId, in, ExpectedVersion.optional(ifMatch, in.version()));
        Agreement a = agreements.get(agreementId);
        return Responses.ok(AgreementView.of(a), a.version);
    }

    @RolesAllowed("admin")
    @DELETE
    @Path("agreements/{id}")
    @Operation(summary = "Delete an agreement with all its commitments",
            description = "Refused while commitments of other agreements depend on its commitments.")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        agreements.delete(QueryParams.pathId(id, "Agreement"), ExpectedVersion.optional(ifMatch, null));
        return Response.noContent().build();
    }
}
