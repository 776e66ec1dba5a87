package org.pacta.report;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.QueryParams;

@Path("/api/reports/scorecard")
@Tag(name = "Reports", description = "Read-only views over the ledger")
public class ScorecardResource {

    static final String DESCRIPTION = "Per party and per agreement, over [from, to] (dates, UTC; default the last 12"
            + " months to today), as the ledger knew it at the end of `to` (or now). Filters: agreement (id), party"
            + " (code). Commitments only; undated and cancelled ones are left out. due: commitments whose deadline as"
            + " known then falls in the period. onTime / late: completed (DONE per the progress history) by then, no"
            + " later / later than that deadline. overdue: due, deadline passed, not completed. notYetDue: the rest."
            + " onTimeRate: onTime / (onTime + late + overdue), null when that is 0. Slippage: that deadline minus the"
            + " baseline, in whole days, median and mean over the due items. revisions: deadline changes recorded in"
            + " the period (not the first date of an undated item); rebaselined: commitments with at least one."
            + " completions: commitments completed in the period, by the state of their confirmation then (confirmed,"
            + " disputed, unconfirmed = pending or nobody to confirm). trend: the core counts per calendar quarter of"
            + " the deadline. Ask for text/csv (or format=csv) for the same as CSV.";

    @Inject
    Scorecards scorecards;

    @PermitAll
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Scorecards: how each party kept its commitments over a period", description = DESCRIPTION)
    public Response json(@QueryParam("agreementId") String agreement, @QueryParam("party") String party,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        Scorecard card = scorecards.card(agreement, party, from, to);
        if (format != null && !format.isBlank()) {
            String f = QueryParams.oneEnum(format, Format.class, "format").name();
            if (f.equals("CSV")) {
                return csv(card);
            }
        }
        return Response.ok(card, MediaType.APPLICATION_JSON).build();
    }

    @PermitAll
    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "The scorecard as CSV")
    public Response csv(@QueryParam("agreementId") String agreement, @QueryParam("party") String party,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return csv(scorecards.card(agreement, party, from, to));
    }

    private Response csv(Scorecard card) {
        return Response.ok(scorecards.csv(card), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"scorecard-" + card.from() + "-" + card.to() + ".csv\"").build();
    }

    enum Format { JSON, CSV }
}
