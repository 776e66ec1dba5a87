package org.pacta.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// The same root as ImportPreviewResource: a request is matched to the classes of the longest root path first.
@Path("/api/imports")
@Tag(name = "Imports", description = "Plans from the spreadsheets officials already have")
public class PlanTemplateResource {

    @RolesAllowed({"admin", "official"})
    @GET
    @Path("template")
    @Produces({PlanFormat.XLSX_TYPE, "text/csv"})
    @Operation(summary = "Download an empty plan to fill in and import",
            description = "format=xlsx (the default) or csv: the columns the import reads, with three example rows (a"
                    + " commitment, a milestone under it, an item without a fixed date). The workbook has a second sheet,"
                    + " Instructions: what each column holds, the values allowed, and the other header names understood"
                    + " (English, Russian, Persian).")
    public Response template(@QueryParam("format") String format) {
        PlanFormat chosen = PlanFormat.of(format);
        return PlanExportResource.download(chosen, "pacta-plan-template",
                out -> PlanWriter.write(chosen, PlanTemplate.examples(), PlanTemplate.instructions(), out));
    }
}
