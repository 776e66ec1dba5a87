package org.pacta.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.AgreementView;
import org.pacta.roadmap.RoadmapDocument;
import org.pacta.roadmap.RoadmapImport;
import org.pacta.commitment.CommitmentCsvImport;
import org.pacta.platform.Refusal;
import org.pacta.platform.Problem;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Refusals;

/** Importing a roadmap (JSON) or an agreement's commitments (CSV), with every problem shown where it is. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"admin", "official"})
public class ImportPages {

    @Inject
    RoadmapImport roadmapImport;

    @Inject
    CommitmentCsvImport csvImport;

    @Inject
    AgreementService agreements;

    @Inject
    ObjectMapper mapper;

    @Inject
    Pages pages;

    @Inject
    Page page;

    @Inject
    @Location("pages/import.html")
    Template template;

    /** One problem of an imported file: where (a JSON path or a line) and what. */
    public record Problem2(String where, String message) {
    }

    @GET
    @Path("import")
    public TemplateInstance showRoadmap() {
        return render(null, "", List.of(), null);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importRoadmap(@RestForm("file") FileUpload file, @RestForm("document") String pasted,
            @RestForm("again") String again) {
        String text = read(file, pasted);
        List<Problem2> problems = new ArrayList<>();
        boolean askAgain = false;
        if (text.isBlank()) {
            problems.add(new Problem2("", pages.refusals().choose_document()));
        } else {
            try {
                RoadmapDocument doc = mapper.readValue(text, RoadmapDocument.class);
                long id = roadmapImport.importDocument(doc, again != null).agreementId();
                return Response.seeOther(URI.create("/agreements/" + id)).build();
            } catch (JsonProcessingException e) {
                // Said in Pacta's words (where, and what was expected), which stay in English: they name JSON types.
                problems.add(new Problem2(e.getLocation() == null ? "" : where(e.getLocation().getLineNr(), null),
                        pages.refusals().roadmap_unreadable(org.pacta.platform.JsonProblems.describe(e))));
            } catch (Refusal e) {
                problems.addAll(problems(e));
                askAgain = e.reason() == Refusal.Reason.CONFLICT;
            }
        }
        return Response.status(askAgain ? 409 : 422).entity(render(null, text.length() > 200_000 ? "" : text, problems, null)
                .data("askAgain", askAgain)).build();
    }

    @GET
    @Path("agreements/{id}/import")
    public TemplateInstance showCsv(@PathParam("id") String id) {
        return render(agreements.editable(QueryParams.pathId(id, "Agreement")), "", List.of(), null);
    }

    @POST
    @Path("agreements/{id}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@PathParam("id") String id, @RestForm("file") FileUpload file, @RestForm("document") String pasted) {
        AgreementView a = agreements.view(QueryParams.pathId(id, "Agreement"));
        String text = read(file, pasted);
        List<Problem2> problems = new ArrayList<>();
        try {
            csvImport.importCsv(a.id(), text);
            return Response.seeOther(URI.create("/agreements/" + a.id())).build();
        } catch (Refusal e) {
            problems.addAll(problems(e));
        }
        return Response.status(422).entity(render(a, text.length() > 200_000 ? "" : text, problems, null)).build();
    }

    private List<Problem2> problems(Refusal e) {
        List<Problem2> out = new ArrayList<>();
        for (Problem.FieldError err : e.errors()) {
            String where = err.line() != null ? where(err.line(), err.field())
                    : err.path() != null ? err.path() : err.field() == null ? "" : err.field();
            out.add(new Problem2(where, FormErrors.say(err, pages.refusals())));
        }
        if (out.isEmpty()) {
            out.add(new Problem2("", e.detail().in(pages.refusals())));
        }
        return out;
    }

    /** A line of the file, and the column or field there (a name from the file, so left as it is). */
    private String where(int line, String field) {
        return Messages.of(page).import_line(line) + (field == null ? "" : ", " + field);
    }

    private static String read(FileUpload file, String pasted) {
        if (file != null && file.size() > 0) {
            try {
                return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw Refusal.badRequest(Refusals::not_utf8);
            }
        }
        return pasted == null ? "" : pasted;
    }

    private TemplateInstance render(AgreementView agreement, String text, List<Problem2> problems, String done) {
        return pages.render(template.data("agreement", agreement).data("text", text).data("problems", problems)
                .data("askAgain", false));
    }
}
