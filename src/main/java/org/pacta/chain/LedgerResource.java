package org.pacta.chain;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The tamper-evident history of an agreement")
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @PermitAll
    @GET
    @Path("agreements/{id}/ledger")
    @Operation(summary = "An agreement's hash chain", description = "Entries in order, with their hashes; each hash is"
            + " sha256(prevHash + canonical JSON of agreementId, sequence, at, kind, subject, actor, data). Paginated.")
    public PageResult<LedgerViews.EntryView> entries(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return ledger.entries(QueryParams.pathId(id, "Agreement"), PageRequest.of(page, size));
    }

    @PermitAll
    @GET
    @Path("agreements/{id}/ledger/head")
    @Operation(summary = "The head of an agreement's hash chain", description = "Kept after the agreement is deleted.")
    public LedgerViews.HeadView head(@PathParam("id") String id) {
        return ledger.head(QueryParams.pathId(id, "Agreement"));
    }
}
