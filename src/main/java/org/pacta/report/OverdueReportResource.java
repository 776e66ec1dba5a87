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
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;

@Path("/api/reports/overdue")
@Tag(name = "Reports", description = "Read-only views over the ledger")
public class OverdueReportResource {

    @Inject
    OverdueAnswers answers;

    @Inject
    org.pacta.commitment.LedgerCache cache;

    private long stamp() {
        return cache.stamp();
    }

    @PermitAll
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Overdue commitments and milestones, most overdue first",
            description = "Filters: party (code), agreement (id), tag, minDaysOverdue, responsibleBody (the whole body,"
                    + " any case). Paginated. Ask for text/csv to download every row. Items without a fixed date are"
                    + " never overdue. With confirmation=pending|disputed|confirmed the report lists instead the completed"
                    + " commitments and milestones in that confirmation state, longest waiting first, with the same"
                    + " filters (minDaysOverdue aside): completedAt, confirmation and daysWaiting (since the other parties"
                    + " were asked) in place of daysOverdue.")
    public PageResult<OverdueItem> json(@QueryParam("party") String party, @QueryParam("agreement") String agreement,
            @QueryParam("tag") String tag, @QueryParam("minDaysOverdue") String minDays,
            @QueryParam("responsibleBody") String body, @QueryParam("confirmation") String confirmation,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return answers.page(party, agreement, tag, minDays, body, confirmation, PageRequest.of(page, size), stamp());
    }

    @PermitAll
    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "The overdue report as CSV (all rows)")
    public Response csv(@QueryParam("party") String party, @QueryParam("agreement") String agreement,
            @QueryParam("tag") String tag, @QueryParam("minDaysOverdue") String minDays,
            @QueryParam("responsibleBody") String responsibleBody, @QueryParam("confirmation") String confirmation) {
        return answers.csv(party, agreement, tag, minDays, responsibleBody, confirmation);
    }
}
