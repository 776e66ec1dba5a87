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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.AgreementView;
import org.pacta.commitment.CommitmentInput;
import org.pacta.commitment.CommitmentService;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.CommitmentValues;
import org.pacta.commitment.DeadlineInput;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.MilestoneInput;
import org.pacta.commitment.MilestoneService;
import org.pacta.commitment.Owner;
import org.pacta.commitment.Priority;
import org.pacta.commitment.ProgressInput;
import org.pacta.platform.Refusal;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.QueryParams;
import org.pacta.security.Access;

/**
 * A commitment with its milestones, progress and deadline history, and the forms officials use every day: log
 * progress, move the deadline (with a reason), add or reach a milestone, create and edit the commitment.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CommitmentPages {

    @Inject
    CommitmentService commitments;

    @Inject
    MilestoneService milestones;

    @Inject
    CommitmentValues values;

    @Inject
    AgreementService agreements;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @Inject
    Pages pages;

    @Inject
    Page page;

    @Inject
    org.pacta.commitment.ConfirmationService confirmations;

    @Inject
    org.pacta.commitment.DeadlineWarnings deadlineWarnings;


    @Inject
    @Location("pages/commitment.html")
    Template detail;

    @Inject
    @Location("pages/commitment-form.html")
    Template form;

    /** Which of the page's forms failed, with what was typed and what was wrong. */
    public record Failed(String form, FormData values, FormErrors errors) {
        static Failed none() {
            return new Failed("", FormData.empty(), FormErrors.none());
        }

        static String reached(long milestoneId) {
            return "reached-" + milestoneId;
        }

        /** Whether it was the "reached" form of this milestone. */
        public boolean reachedOf(Long milestoneId) {
            return form.equals(reached(milestoneId));
        }

        /** The name of a confirmation form ("verdict" or "answer") of the commitment (null) or of a milestone. */
        static String confirmation(String kind, Long milestoneId) {
            return kind + "-" + (milestoneId == null ? "c" : milestoneId.toString());
        }

        /** Whether it was that confirmation form. */
        public boolean is(String kind, Long milestoneId) {
            return form.equals(confirmation(kind, milestoneId));
        }
    }

    @GET
    @Path("commitments/{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") String id) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        try {
            return render(commitmentId, Failed.none());
        } catch (Refusal e) {
            throw SignInFirst.whenMissingToVisitors(e, access.user());
        }
    }

    private TemplateInstance render(long id, Failed failed) {
        CommitmentValues.Detail d = values.detail(id, clock.instant());
        return pages.render(detail.data("c", d.commitment()).data("milestones", d.milestones())
                .data("updates", d.updates()).data("changes", d.changes()).data("canEdit", d.editable())
                .data("statuses", CommitmentStatus.values()).data("failed", failed)
                .data("partyZone", d.partyZone()).data("precisions", DuePrecision.values())
                .data("confirmation", confirmations.panel(id))
                .data("deadlineWarnings", d.commitment().status().isOpen() ? deadlineWarnings.of(d.commitment()) : List.of()));
    }

    Response again(long id, Failed failed) {
        return Response.status(422).entity(render(id, failed)).build();
    }

    @POST
    @Path("commitments/{id}/progress")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordProgress(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        FormData f = new FormData(body);
        ProgressInput in = new ProgressInput(f.text("note"), f.choice("status", CommitmentStatus.class), f.integer("percentComplete"),
                f.lines("evidence"), null);
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                commitments.recordProgress(commitmentId, in);
                return Response.seeOther(URI.create("/commitments/" + commitmentId + "#progress")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return again(commitmentId, new Failed("progress", f, errors));
    }

    @POST
    @Path("commitments/{id}/deadline")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviseDeadline(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        FormData f = new FormData(body);
        DeadlineInput in = new DeadlineInput(null, f.date("dueDate"), null, f.text("reason"), null,
                f.choice("duePrecision", DuePrecision.class));
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                commitments.reviseDeadline(commitmentId, in, null);
                return Response.seeOther(URI.create("/commitments/" + commitmentId + "#deadlines")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return again(commitmentId, new Failed("deadline", f, errors));
    }

    @POST
    @Path("commitments/{id}/milestones")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMilestone(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        FormData f = new FormData(body);
        MilestoneInput in = new MilestoneInput(f.text("title"), null, f.date("dueDate"), null, null, null, null, null,
                f.text("reference"), f.choice("duePrecision", DuePrecision.class), f.text("undated"));
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                milestones.create(commitmentId, in);
                return Response.seeOther(URI.create("/commitments/" + commitmentId + "#milestones")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return again(commitmentId, new Failed("milestone", f, errors));
    }

    @POST
    @Path("milestones/{id}/reached")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reachMilestone(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        CommitmentValues.Reaching m = values.reaching(QueryParams.pathId(id, "Milestone"), f.text("evidence"));
        MilestoneInput in = m.input();
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                milestones.update(m.id(), in, ExpectedVersion.optional(null, m.version()));
                return Response.seeOther(URI.create("/commitments/" + m.commitmentId() + "#milestones")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return again(m.commitmentId(), new Failed(Failed.reached(m.id()), f, errors));
    }

    @GET
    @Path("agreements/{id}/commitments/new")
    @RolesAllowed({"admin", "official"})
    public TemplateInstance showCreate(@PathParam("id") String id) {
        AgreementView a = agreements.editable(QueryParams.pathId(id, "Agreement"));
        return renderForm(a, null, FormData.empty().set("priority", "NORMAL").set("status", "PLANNED"), FormErrors.none());
    }

    @POST
    @Path("agreements/{id}/commitments/new")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        AgreementView a = agreements.view(QueryParams.pathId(id, "Agreement"));
        FormData f = new FormData(body);
        CommitmentInput in = input(f, null);
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                long created = values.create(a.id(), in);
                return Response.seeOther(URI.create("/commitments/" + created)).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(renderForm(a, null, f, errors)).build();
    }

    @GET
    @Path("commitments/{id}/edit")
    @RolesAllowed({"admin", "official"})
    public TemplateInstance showEdit(@PathParam("id") String id) {
        CommitmentValues.Editing c = values.editing(QueryParams.pathId(id, "Commitment"));
        FormData f = FormData.empty().set("title", c.title()).set("description", c.description())
                .set("responsibleParty", c.responsibleParty()).set("ownerName", c.ownerName()).set("ownerEmail", c.ownerEmail())
                .set("tags", String.join(", ", c.tags())).set("priority", c.priority().name())
                .set("startOn", page.dateField(c.startOn())).set("dueDate", page.dateField(c.dueDate()))
                .set("duePrecision", c.duePrecision().name()).set("undated", c.undated())
                .set("responsibleBody", c.responsibleBody()).set("reference", c.reference()).set("status", c.status().name())
                .set("dependsOn", String.join(", ", c.dependsOn()))
                .set("version", c.version());
        return renderForm(c.agreement(), c.id(), f, FormErrors.none());
    }

    @POST
    @Path("commitments/{id}/edit")
    @RolesAllowed({"admin", "official"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        AgreementView a = values.agreementOf(commitmentId);
        FormData f = new FormData(body);
        CommitmentInput in = input(f, f.number("version"));
        FormErrors errors = pages.check(f, in);
        if (!errors.any()) {
            try {
                commitments.update(commitmentId, in, ExpectedVersion.optional(null, in.version()));
                return Response.seeOther(URI.create("/commitments/" + commitmentId)).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(renderForm(a, commitmentId, f, errors)).build();
    }

    @POST
    @Path("commitments/{id}/delete")
    @RolesAllowed({"admin", "official"})
    public Response delete(@PathParam("id") String id) {
        long commitmentId = QueryParams.pathId(id, "Commitment");
        long agreementId = values.agreementOf(commitmentId).id();
        commitments.delete(commitmentId, null);
        return Response.seeOther(URI.create("/agreements/" + agreementId)).build();
    }

    private CommitmentInput input(FormData f, Long version) {
        String ownerName = f.text("ownerName");
        String ownerEmail = f.text("ownerEmail");
        List<String> tags = f.text("tags") == null ? List.of()
                : java.util.Arrays.stream(f.text("tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        List<Long> dependsOn = new java.util.ArrayList<>();
        if (f.text("dependsOn") != null) {
            for (String part : f.text("dependsOn").split(",")) {
                try {
                    if (!part.isBlank()) {
                        dependsOn.add(Long.valueOf(part.strip()));
                    }
                } catch (NumberFormatException e) {
                    dependsOn.add(null);
                }
            }
        }
        return new CommitmentInput(f.text("title"), f.text("description"), f.text("responsibleParty"),
                ownerName == null && ownerEmail == null ? null : new Owner(ownerName, ownerEmail), tags,
                f.choice("priority", Priority.class), f.date("startOn"), null, f.date("dueDate"), null,
                f.choice("status", CommitmentStatus.class), dependsOn, version, f.text("deadlineChangeReason"),
                f.text("responsibleBody"), f.text("reference"), f.choice("duePrecision", DuePrecision.class), f.text("undated"));
    }

    private TemplateInstance renderForm(AgreementView a, Long id, FormData f, FormErrors errors) {
        return pages.render(form.data("a", a).data("id", id).data("form", f).data("errors", errors)
                .data("priorities", Priority.values()).data("precisions", DuePrecision.values())
                .data("statuses", java.util.Arrays.stream(CommitmentStatus.values()).filter(s -> s != CommitmentStatus.DONE).toList()));
    }
}
