package org.pacta.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.commitment.CommitmentFilter;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.platform.Refusal;
import org.pacta.platform.QueryParams;

@Path("/api")
@Tag(name = "Commitments", description = "Promises with a responsible party, an owner and a deadline")
public class PlanExportResource {

    @Inject
    PlanExport export;

    @Inject
    Clock clock;

    @PermitAll
    @GET
    @Path("agreements/{id}/commitments/export")
    @Produces({PlanFormat.XLSX_TYPE, "text/csv"})
    @Operation(summary = "Download an agreement's commitments and milestones as a spreadsheet",
            description = "format=xlsx (the default) or csv, in the columns the spreadsheet import reads: one row per"
                    + " commitment, in the agreement page's order, each followed by its milestones (Parent names the"
                    + " commitment). Deadlines as the plan gave them (2024-12-31, 2024-12, Q4 2024, 2024, or the words"
                    + " of an undated item); the original deadline and the reason only where the deadline moved. The"
                    + " same visibility as the commitment list, and its filters: status, overdue, party (or"
                    + " responsibleParty), tag, dueBefore, dueAfter, q, responsibleBody, reference, undated. CSV is UTF-8"
                    + " with a byte order mark.")
    public Response export(@PathParam("id") String id, @QueryParam("format") String format,
            @QueryParam("status") String status, @QueryParam("overdue") String overdue, @QueryParam("party") String party,
            @QueryParam("responsibleParty") String responsibleParty, @QueryParam("tag") String tag,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("dueAfter") String dueAfter, @QueryParam("q") String q,
            @QueryParam("responsibleBody") String responsibleBody, @QueryParam("reference") String reference,
            @QueryParam("undated") String undated) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        PlanFormat chosen = PlanFormat.of(format);
        CommitmentFilter filter = new CommitmentFilter(QueryParams.enums(status, CommitmentStatus.class, "status"),
                QueryParams.bool(overdue, "overdue"), party(party, responsibleParty), agreementId, tag,
                QueryParams.instantOrDate(dueBefore, "dueBefore"), QueryParams.instantOrDate(dueAfter, "dueAfter"), q,
                responsibleBody, reference, QueryParams.bool(undated, "undated"));
        Instant now = clock.instant();
        List<ExportRow> rows = export.rows(agreementId, filter, now);
        return download(chosen, "agreement-" + agreementId + "-commitments", out -> PlanWriter.write(chosen, rows, null, out));
    }

    /** The list calls it party; the plan's column, responsibleParty. Either, or both when they agree. */
    private static String party(String party, String responsibleParty) {
        boolean one = party != null && !party.isBlank();
        boolean other = responsibleParty != null && !responsibleParty.isBlank();
        if (one && other && !party.strip().equalsIgnoreCase(responsibleParty.strip())) {
            throw Refusal.invalidField("responsibleParty", r -> r.plan_party_twice(party, responsibleParty));
        }
        return one ? party : other ? responsibleParty : null;
    }

    /** A file to save, named {@code name} with the format's extension. */
    static Response download(PlanFormat format, String name, StreamingOutput body) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .build();
    }
}
