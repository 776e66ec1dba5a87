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

    @Inject
    HeadSigner signer;

    /** The key that signs heads; {@code publicKey} is null when heads are not signed. */
    public record PublicKeyView(String algorithm, String publicKey) {
    }

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

    @PermitAll
    @GET
    @Path("ledger/public-key")
    @Operation(summary = "The key that signs chain heads", description = "Ed25519, base64 of its X.509 encoding; the"
            + " signature of a head is over the canonical JSON of its agreementId, at, hash and sequence. publicKey is"
            + " null when this server does not sign heads.")
    public PublicKeyView publicKey() {
        return new PublicKeyView("Ed25519", signer.publicKey());
    }
}
