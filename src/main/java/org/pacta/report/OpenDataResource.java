package org.pacta.report;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.agreement.AgreementView;
import org.pacta.platform.CsvCells;
import org.pacta.platform.QueryParams;

/**
 * Open data: a public agreement's commitments and change history, as CSV and JSON, for anyone to download and
 * pass on. A non-public agreement is missing here to everyone, signed in or not: these files are meant to leave Pacta.
 */
@Path("/api/agreements/{id}/open-data")
@Tag(name = "Open data", description = "Public agreements' commitments and history, for anyone")
public class OpenDataResource {

    static final String[] COMMITMENT_HEADER = {"Id", "Reference", "Title", "Responsible party", "Responsible body",
        "Start", "Baseline due at", "Baseline due date", "Due at", "Due date", "Time zone", "Precision", "Undated",
        "Status", "Percent complete", "Completed at", "Confirmation", "Slippage days", "Overdue"};
    static final String[] HISTORY_HEADER = {"Kind", "Entry", "At", "Commitment id", "Reference", "Commitment",
        "Milestone id", "Milestone", "Party", "Party name", "Status", "Percent complete", "Note", "Old due at",
        "Old due date", "Old undated", "New due at", "New due date", "Time zone", "Shift days", "Evidence"};

    @Inject
    AgreementRecord record;

    @Inject
    AgreementHistory history;

    @Inject
    Clock clock;

    /** A download's body: the agreement it is about, when it was made, and its rows. */
    public record OpenData<T>(long agreementId, String agreement, Instant generatedAt, List<T> items) {
    }

    @PermitAll
    @GET
    @Path("commitments.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A public agreement's commitments (no owners), by deadline")
    public Response commitmentsJson(@PathParam("id") String id) {
        AgreementView a = record.publicAgreement(QueryParams.pathId(id, "Agreement"));
        Instant now = clock.instant();
        return file(new OpenData<>(a.id(), a.title(), now, record.commitments(a.id(), now)), MediaType.APPLICATION_JSON,
                a, "commitments.json");
    }

    @PermitAll
    @GET
    @Path("commitments.csv")
    @Produces("text/csv")
    @Operation(summary = "A public agreement's commitments as CSV (UTF-8 with a byte order mark)")
    public Response commitmentsCsv(@PathParam("id") String id) {
        AgreementView a = record.publicAgreement(QueryParams.pathId(id, "Agreement"));
        Instant now = clock.instant();
        String csv = CsvCells.file(COMMITMENT_HEADER, printer -> {
            for (AgreementRecord.OpenCommitment c : record.commitments(a.id(), now)) {
                printer.printRecord(c.id(), CsvCells.text(c.reference()), CsvCells.text(c.title()), c.responsibleParty(),
                        CsvCells.text(c.responsibleBody()), c.startOn(), c.baselineDueAt(), c.baselineDueDate(), c.dueAt(),
                        c.dueDate(), c.dueZone(), c.duePrecision(), CsvCells.text(c.undated()), c.status(),
                        c.percentComplete(), c.completedAt(), c.confirmation(), c.slippageDays(), c.overdue());
            }
        });
        return file(csv, "text/csv; charset=UTF-8", a, "commitments.csv");
    }

    @PermitAll
    @GET
    @Path("history.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A public agreement's change history, newest first",
            description = "Commitments added, deadlines changed, progress reported, milestones reached, completions"
                    + " confirmed, disputed and answered; the acting party, never a person.")
    public Response historyJson(@PathParam("id") String id) {
        AgreementView a = record.publicAgreement(QueryParams.pathId(id, "Agreement"));
        List<HistoryEvent> events = new java.util.ArrayList<>();
        history.forEach(a.id(), events::add);
        return file(new OpenData<>(a.id(), a.title(), clock.instant(), events), MediaType.APPLICATION_JSON, a,
                "history.json");
    }

    @PermitAll
    @GET
    @Path("history.csv")
    @Produces("text/csv")
    @Operation(summary = "A public agreement's change history as CSV, newest first (UTF-8 with a byte order mark)")
    public Response historyCsv(@PathParam("id") String id) {
        AgreementView a = record.publicAgreement(QueryParams.pathId(id, "Agreement"));
        String csv = CsvCells.file(HISTORY_HEADER, printer -> history.forEach(a.id(), e -> {
            HistoryEvent.Shift s = e.deadline();
            try {
                printer.printRecord(e.kind(), e.key(), e.at(), e.commitmentId(), CsvCells.text(e.commitmentReference()),
                        CsvCells.text(e.commitmentTitle()), e.milestoneId(), CsvCells.text(e.milestoneTitle()),
                        e.partyCode(), CsvCells.text(e.partyName()), e.status(), e.percentComplete(),
                        CsvCells.text(e.note()), s == null ? null : s.oldDueAt(), s == null ? null : s.oldDueDate(),
                        s == null ? null : CsvCells.text(s.oldUndated()), s == null ? null : s.newDueAt(),
                        s == null ? null : s.newDueDate(), s == null ? null : s.newZone(), s == null ? null : s.shiftDays(),
                        CsvCells.text(String.join(" ", e.evidence())));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }));
        return file(csv, "text/csv; charset=UTF-8", a, "history.csv");
    }

    private static Response file(Object body, String type, AgreementView a, String name) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"agreement-" + a.id() + "-" + name + "\"").build();
    }
}
