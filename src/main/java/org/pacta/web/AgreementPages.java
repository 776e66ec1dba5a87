package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pacta.agreement.AgreementInput;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.AgreementStatus;
import org.pacta.agreement.AgreementView;
import org.pacta.agreement.PartyService;
import org.pacta.commitment.CommitmentValues;
import org.pacta.platform.Refusal;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.report.AgreementHistory;
import org.pacta.report.AgreementRecord;
import org.pacta.security.Access;

/**
 * Agreements: the list with filters, one agreement with its commitments and timeline, and their forms. The class
 * sits at "/" like the other page resources: a root path of "/agreements" would claim every address below it, so
 * that /agreements/{id}/commitments/new and /agreements/{id}/import (in other classes) answered 404.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AgreementPages {

    static final int TIMELINE_ROWS = 300;
    static final int HISTORY_ROWS = 25;

    @Inject
    AgreementService agreements;

    @Inject
    CommitmentValues commitments;

    @Inject
    PartyService partyService;

    @Inject
    Access access;

    @Inject
    AgreementRecord record;

    @Inject
    AgreementHistory history;

    @Inject
    org.pacta.report.Scorecards scorecards;

    @Inject
    Clock clock;

    @Inject
    Pages pages;

    @Inject
    Page page;


    @Inject
    @Location("pages/agreements.html")
    Template list;

    @Inject
    @Location("pages/agreement.html")
    Template detail;

    @Inject
    @Location("pages/agreement-form.html")
    Template form;

    /** A page of a list, with the addresses of its neighbours. */
    public record Pager(int page, int totalPages, long total, String previous, String next) {
        static Pager of(PageResult<?> result, String base) {
            String sep = base.contains("?") ? "&" : "?";
            return new Pager(result.page() + 1, result.totalPages(), result.total(),
                    result.page() > 0 ? base + sep + "page=" + (result.page() - 1) : null,
                    result.page() + 1 < result.totalPages() ? base + sep + "page=" + (result.page() + 1) : null);
        }
    }

    @GET
    @Path("agreements")
    @PermitAll
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("party") String party,
            @QueryParam("q") String q, @QueryParam("page") Integer pageNumber) {
        AgreementStatus s = QueryParams.oneEnum(status, AgreementStatus.class, "status");
        PageResult<AgreementView> result = agreements.views(s, blank(party), blank(q), "-signedOn", PageRequest.of(pageNumber, 25));
        String base = "/agreements?status=" + enc(status) + "&party=" + enc(party) + "&q=" + enc(q);
        return pages.render(list.data("result", result).data("pager", Pager.of(result, base))
                .data("filter", FormData.empty().set("status", status).set("party", party).set("q", q))
                .data("parties", partyService.views()).data("statuses", AgreementStatus.values()));
    }

    @GET
    @Path("agreements/{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("page") Integer historyPage) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        AgreementService.Shown a;
        try {
            a = agreements.shown(agreementId);
        } catch (Refusal e) {
            throw SignInFirst.whenMissingToVisitors(e, access.user());
        }
        Instant now = clock.instant();
        CommitmentValues.Timeline timeline = commitments.timeline(agreementId, TIMELINE_ROWS, now);
        List<Charts.GanttRow> rows = new ArrayList<>();
        for (CommitmentValues.Bar b : timeline.bars()) {
            rows.add(new Charts.GanttRow(b.title(), "/commitments/" + b.id(), b.start(), b.dueAt(), b.baselineDueAt(),
                    b.overdue(), b.done(), b.milestones()));
        }
        Msg m = Messages.of(page);
        var gantt = Charts.gantt(rows, now, new Charts.GanttLabels(m.today(), m.baseline(), m.milestone()),
                page.rtl(), page::monthTicks);
        // The public record (progress, disputes, history) is every reader's; the feed and open data, public agreements'.
        PageResult<org.pacta.report.HistoryEvent> changes = history.page(agreementId, PageRequest.of(historyPage, HISTORY_ROWS));
        return pages.render(detail.data("a", a.view()).data("commitments", timeline.commitments()).data("timeline", gantt)
                .data("timelineRows", rows).data("canEdit", a.editable())
                .data("progress", record.progress(agreementId, now)).data("disputed", record.disputed(agreementId))
                .data("history", changes).data("historyPager", Pager.of(changes, "/agreements/" + agreementId))
                .data("scorecard", scorecards.forAgreement(agreementId)));
    }

    @GET
    @Path("agreements/new")
    @RolesAllowed({"admin", "official"})
    public TemplateInstance showCreate() {
        return renderForm(null, FormData.empty().set("status", "ACTIVE").set("remindOwners", "on"), FormErrors.none());
    }

    @POST
    @Path("agreements/new")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        AgreementInput in = input(f, null);
        FormErrors errors = pages.check(f, in);
        if (errors.any()) {
            return invalid(null, f, errors);
        }
        try {
            long id = agreements.created(in).id();
            return Response.seeOther(URI.create("/agreements/" + id)).build();
        } catch (Refusal e) {
            return invalid(null, f, FormErrors.of(e, pages.refusals()));
        }
    }

    @GET
    @Path("agreements/{id}/edit")
    @RolesAllowed({"admin", "official"})
    public TemplateInstance showEdit(@PathParam("id") String id) {
        AgreementView a = agreements.editable(QueryParams.pathId(id, "Agreement"));
        FormData f = FormData.empty().set("title", a.title()).set("summary", a.summary()).set("signedOn", page.dateField(a.signedOn()))
                .set("place", a.place()).set("sourceUrl", a.sourceUrl()).set("status", a.status().name())
                .set("reviewSchedule", a.reviewSchedule()).set("reviewZone", a.reviewZone())
                .set("coordinators", String.join("\n", a.coordinators())).set("version", a.version());
        if (a.isPublic()) {
            f.set("public", "on");
        }
        if (a.remindOwners()) {
            f.set("remindOwners", "on");
        }
        if (a.escalationInWorkingDays()) {
            f.set("escalationInWorkingDays", "on");
        }
        a.parties().forEach(code -> f.add("parties", code));
        return renderForm(a.id(), f, FormErrors.none());
    }

    @POST
    @Path("agreements/{id}/edit")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long agreementId = QueryParams.pathId(id, "Agreement");
        FormData f = new FormData(body);
        AgreementInput in = input(f, f.number("version"));
        FormErrors errors = pages.check(f, in);
        if (errors.any()) {
            return invalid(agreementId, f, errors);
        }
        try {
            agreements.update(agreementId, in, ExpectedVersion.optional(null, in.version()));
            return Response.seeOther(URI.create("/agreements/" + agreementId)).build();
        } catch (Refusal e) {
            return invalid(agreementId, f, FormErrors.of(e, pages.refusals()));
        }
    }

    @POST
    @Path("agreements/{id}/delete")
    @RolesAllowed("admin")
    public Response delete(@PathParam("id") String id) {
        agreements.delete(QueryParams.pathId(id, "Agreement"), null);
        return Response.seeOther(URI.create("/agreements")).build();
    }

    private AgreementInput input(FormData f, Long version) {
        return new AgreementInput(f.text("title"), f.text("summary"), f.date("signedOn"), f.text("place"), f.text("sourceUrl"),
                f.choice("status", AgreementStatus.class), f.all("parties"), f.text("reviewSchedule"), f.checked("public"),
                f.text("reviewZone"), f.checked("remindOwners"), f.lines("coordinators"), version,
                f.checked("escalationInWorkingDays"));
    }

    private Response invalid(Long id, FormData f, FormErrors errors) {
        return Response.status(422).entity(renderForm(id, f, errors)).build();
    }

    private TemplateInstance renderForm(Long id, FormData f, FormErrors errors) {
        return pages.render(form.data("id", id).data("form", f).data("errors", errors).data("parties", partyService.views())
                .data("statuses", AgreementStatus.values()));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
