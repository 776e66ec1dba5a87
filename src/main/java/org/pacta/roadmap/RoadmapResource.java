package org.pacta.roadmap;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.QueryParams;

/** A whole roadmap in and out, under the agreements' paths: it writes agreements, parties and commitments at once. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Signed roadmaps between parties")
public class RoadmapResource {

    @Inject
    RoadmapImport roadmapImport;

    @Inject
    RoadmapExport roadmapExport;

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("agreements/import")
    @Operation(summary = "Import a whole roadmap, all or nothing",
            description = "The agreement, its parties, commitments, milestones and dependencies (by local reference)."
                    + " Every problem is reported with its JSON path and nothing is written. Existing parties with the"
                    + " same code and zone are reused. A roadmap whose agreement is already here (same title, same"
                    + " parties) is refused with 409 unless again=true: sending a file twice does not double an agreement.")
    public Response importRoadmap(@NotNull(message = "send a roadmap document") RoadmapDocument doc,
            @jakarta.ws.rs.QueryParam("again") boolean again) {
        RoadmapImport.Result result = roadmapImport.importDocument(doc, again);
        return Response.created(java.net.URI.create("/api/agreements/" + result.agreementId())).entity(result).build();
    }

    @PermitAll
    @GET
    @Path("agreements/{id}/export")
    @Operation(summary = "Export an agreement as a roadmap document", description = "The format that import reads.")
    public RoadmapDocument export(@PathParam("id") String id) {
        return roadmapExport.export(QueryParams.pathId(id, "Agreement"));
    }
}
