package org.pacta.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Responses;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments", description = "Promises with a responsible party, an owner and a deadline")
public class CommitmentResource {

    private static final String BODY_REQUIRED = "send a JSON body";

    @Inject
    DeadlineWarnings deadlineWarnings;

    @Inject
    CommitmentService commitments;

    @Inject
    CommitmentCsvImport csvImport;

    @Inject
    Clock clock;

    @Inject
    CommitmentLists lists;

    @Inject
    org.pacta.security.Access access;

    /** The list filters, shared by the global and the per-agreement list. */
    public static class ListParams {
        @QueryParam("status") public String status;
        @QueryParam("overdue") public String overdue;
        @QueryParam("party") public String party;
        @QueryParam("agreement") public String agreement;
        @QueryParam("tag") public String tag;
        @QueryParam("dueBefore") public String dueBefore;
        @QueryParam("dueAfter") public String dueAfter;
        @QueryParam("q") public String q;
        @QueryParam("responsibleBody") public String responsibleBody;
        @QueryParam("reference") public String reference;
        @QueryParam("undated") public String undated;
        @QueryParam("sort") public String sort;
        @QueryParam("page") public Integer page;
        @QueryParam("size") public Integer size;

        CommitmentFilter filter() {
            return new CommitmentFilter(QueryParams.enums(status, CommitmentStatus.class, "status"),
                    QueryParams.bool(overdue, "overdue"), party, QueryParams.id(agreement, "agreement"), tag,
                    QueryParams.instantOrDate(dueBefore, "dueBefore"), QueryParams.instantOrDate(dueAfter, "dueAfter"), q,
                    responsibleBody, reference, QueryParams.bool(undated, "undated"));
        }
    }

    @PermitAll
    @GET
    @Path("commitments")
    @Operation(summary = "List commitments across agreements",
            description = "Filters: status (comma-separated), overdue=true|false, party (code), agreement (id), tag,"
                    + " dueBefore, dueAfter (date or instant), q (text in title or description), responsibleBody (the"
                    + " whole body, any case), reference (the plan's numbering), undated=true|false. Sort with"
                    + " sort=dueAt,-priority (fields: id, dueAt, title, priority, status, createdAt, updatedAt,"
                    + " percentComplete; undated items sort after every date). Paginated with page (from 0) and size"
                    + " (at most 200).")
    public PageResult<CommitmentView> list(@BeanParam ListParams params) {
        return cachedList(params.filter(), params);
    }

    @PermitAll
    @GET
    @Path("agreements/{id}/commitments")
    @Operation(summary = "List an agreement's commitments", description = "Same filters, sort and pages as /api/commitments.")
    public PageResult<CommitmentView> listForAgreement(@PathParam("id") String id, @BeanParam ListParams params) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        return cachedList(params.filter().withAgreement(agreementId), params);
    }

    private PageResult<CommitmentView> cachedList(CommitmentFilter filter, ListParams params) {
        return lists.page(filter, params.sort, PageRequest.of(params.page, params.size));
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("agreements/{id}/commitments")
    @Operation(summary = "Add a commitment to an agreement",
            description = "The deadline is dueAt (instant) or dueDate (date: due by the end of that day in the"
                    + " responsible party's zone; with duePrecision MONTH, QUARTER, HALF or YEAR, by the end of that period),"
                    + " or undated (the source's words) for an item without a fixed date. The first deadline is the"
                    + " baseline for slippage; an undated item's first date becomes its baseline.")
    public Response create(@PathParam("id") String id, @NotNull(message = BODY_REQUIRED) @Valid CommitmentInput in) {
        long created = commitments.create(QueryParams.pathId(id, "Agreement"), in).id;
        // Read back outside the committed transaction, so the answer shows exactly what was stored.
        Commitment c = commitments.get(created);
        return Responses.created("/api/commitments/" + c.id, warned(c), c.version);
    }

    /** The commitment as stored, with what to know about its deadline (a day off of the responsible party). */
    private CommitmentView warned(Commitment c) {
        CommitmentView view = CommitmentView.of(c, clock.instant(), access.showsOwners());
        return view.withWarnings(deadlineWarnings.of(view));
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("agreements/{id}/commitments/import")
    @Consumes("text/csv")
    @Operation(summary = "Import commitments from CSV, one a line, all or nothing",
            description = "Header line required. Columns: title, responsibleParty, dueDate or dueAt (required);"
                    + " description, ownerName, ownerEmail, tags (a;b), priority, startOn, dueZone, status, dependsOn"
                    + " (ids a;b). Problems are reported with their line numbers.")
    public Response importCsv(@PathParam("id") String id, String csv) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        List<Commitment> created = csvImport.importCsv(agreementId, csv);
        return Response.status(Response.Status.CREATED)
                .entity(new CsvImportResult(agreementId, created.size(), created.stream().map(c -> c.id).toList()))
                .build();
    }

    /** What a CSV import created. */
    public record CsvImportResult(long agreementId, int created, List<Long> commitmentIds) {
    }

    @PermitAll
    @GET
    @Path("commitments/{id}")
    @Operation(summary = "Get a commitment", description = "The ETag header carries its version, for If-Match.")
    public Response get(@PathParam("id") String id) {
        Commitment c = commitments.get(QueryParams.pathId(id, "Commitment"));
        return Responses.ok(CommitmentView.of(c, clock.instant(), access.showsOwners()), c.version);
    }

    @RolesAllowed({"admin", "official"})
    @PUT
    @Path("commitments/{id}")
    @Operation(summary = "Replace a commitment",
            description = "Needs If-Match or the version field. A changed deadline needs deadlineChangeReason. The status"
                    + " cannot become DONE here: post a progress update with evidence.")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid CommitmentInput in) {
        ExpectedVersion expected = ExpectedVersion.optional(ifMatch, in.version());
        long commitmentId = QueryParams.pathId(id, "Commitment");
        commitments.update(commitmentId, in, expected);
        Commitment c = commitments.get(commitmentId);
        return Responses.ok(warned(c), c.version);
    }

    @RolesAllowed({"admin", "official"})
    @DELETE
    @Path("commitments/{id}")
    @Operation(summary = "Delete a commitment with its milestones and history",
            description = "Refused while other commitments depend on it.")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        commitments.delete(QueryParams.pathId(id, "Commitment"), ExpectedVersion.optional(ifMatch, null));
        return Response.noContent().build();
    }

    @PermitAll
    @GET
    @Path("commitments/{id}/updates")
    @Operation(summary = "Progress updates of a commitment, newest first")
    public PageResult<ProgressView> updates(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return commitments.updates(QueryParams.pathId(id, "Commitment"), PageRequest.of(page, size)).map(ProgressView::of);
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("commitments/{id}/updates")
    @Operation(summary = "Record progress", description = "May change the status and percent complete. DONE needs at"
            + " least one evidence link.")
    public Response recordProgress(@PathParam("id") String id, @NotNull(message = BODY_REQUIRED) @Valid ProgressInput in) {
        ProgressUpdate u = commitments.recordProgress(QueryParams.pathId(id, "Commitment"), in);
        return Response.status(Response.Status.CREATED).entity(ProgressView.of(u))
                .tag(Responses.tag(u.commitment.version)).build();
    }

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("commitments/{id}/deadline")
    @Operation(summary = "Revise the deadline", description = "{ dueAt | dueDate, reason }. The change is kept with its"
            + " reason; the answer is the commitment with its new deadline and slippage.")
    public Response reviseDeadline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid DeadlineInput in) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        commitments.reviseDeadline(commitmentId, in, ExpectedVersion.optional(ifMatch, null));
        Commitment c = commitments.get(commitmentId);
        return Responses.ok(warned(c), c.version);
    }

    @io.quarkus.security.Authenticated
    @GET
    @Path("commitments/{id}/history")
    @Operation(summary = "Everything that happened to a commitment and its milestones, newest first",
            description = "From the audit trail: who, when, and the item before and after.")
    public PageResult<org.pacta.security.AuditResource.AuditView> history(@PathParam("id") String id,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Commitment c = commitments.get(QueryParams.pathId(id, "Commitment"));
        PageRequest p = PageRequest.of(page, size);
        io.quarkus.hibernate.orm.panache.PanacheQuery<org.pacta.security.AuditEntry> q = org.pacta.security.AuditEntry
                .find("commitmentId = ?1 order by at desc, id desc", c.id);
        return PageResult.of(q.page(p.page(), p.size()).list(), p, q.count())
                .map(org.pacta.security.AuditResource.AuditView::of);
    }

    @PermitAll
    @GET
    @Path("commitments/{id}/deadline-changes")
    @Operation(summary = "Deadline history, oldest first")
    public PageResult<DeadlineChangeView> deadlineChanges(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return commitments.deadlineChanges(QueryParams.pathId(id, "Commitment"), PageRequest.of(page, size))
                .map(DeadlineChangeView::of);
    }
}
