package org.pacta.maintenance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/database")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Database", description = "Check and back up the embedded H2 database (administrators only)")
public class DatabaseResource {

    @Inject
    DatabaseMaintenance maintenance;

    @POST
    @Path("check")
    @Operation(summary = "Check every row of the embedded database",
            description = "Reads every table by a full scan and through each of its indexes, and every reference;"
                    + " answers per table and index the rows read and any mismatch, and ok=false when anything is"
                    + " wrong. Only reads; at a million commitments it takes minutes. 409 on PostgreSQL (use amcheck).")
    public DatabaseCheck.Report check() {
        return maintenance.check();
    }

    @POST
    @Path("backup")
    @Operation(summary = "Back up the embedded database while it runs",
            description = "Writes one consistent SQL snapshot (H2 SCRIPT, gzip) to a new file in pacta.backup.dir and"
                    + " answers its name and size; restore with H2's RunScript into an empty database (README)."
                    + " 409 on PostgreSQL (use pg_dump) or when the directory is unusable.")
    public Response backup() {
        return Response.status(Response.Status.CREATED).entity(maintenance.backup()).build();
    }
}
