package org.pacta.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.QueryParams;

/** A holiday by its own id: removing one needs no party code (and keeps the address short). */
@Path("/api/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class HolidayIdResource {

    @Inject
    HolidayService holidays;

    @RolesAllowed("admin")
    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a holiday", description = "The id is the one listed with the party's holidays.")
    public Response remove(@PathParam("id") String id) {
        holidays.remove(QueryParams.pathId(id, "Holiday"));
        return Response.noContent().build();
    }
}
