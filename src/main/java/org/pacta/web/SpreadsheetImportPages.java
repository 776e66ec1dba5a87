package org.pacta.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.AgreementView;
import org.pacta.agreement.PartyService;
import org.pacta.agreement.PartyView;
import org.pacta.plan.ImportSteps;
import org.pacta.plan.PlanImport;
import org.pacta.plan.PlanImportResult;
import org.pacta.platform.Refusal;
import org.pacta.platform.QueryParams;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.ImportPreview;
import org.pacta.sheet.Sheet;
import org.pacta.sheet.SheetProblem;

/**
 * A spreadsheet plan into Pacta in three steps: upload, then say what each column holds while seeing the first rows,
 * then a dry run that lists what would change and every problem, and the import itself. The file is kept between
 * the steps (ImportSteps), so the form never asks for it twice.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"admin", "official"})
public class SpreadsheetImportPages {

    static final int ITEMS_SHOWN = 200;

    static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16", "windows-1251", "windows-1252", "windows-1256");

    @Inject
    PartyService partyService;

    @Inject
    ImportSteps steps;

    @Inject
    PlanImport imports;

    @Inject
    AgreementService agreements;

    @Inject
    ObjectMapper mapper;

    @Inject
    Pages pages;

    @Inject
    Page page;

    @Inject
    @Location("pages/import-upload.html")
    Template uploadTemplate;

    @Inject
    @Location("pages/import-mapping.html")
    Template mappingTemplate;

    /** A column of the file and the field chosen for it ("" when it is not imported). */
    public record ColumnChoice(int index, String name, String field) {
    }

    /** A problem or note of the file, in the reader's words, with where it is. */
    public record Said(Integer row, String column, String message) {
    }

    /** What a dry run or an import found, said for the page. */
    public record Outcome(PlanImportResult result, List<Said> problems, List<Said> notes, List<PlanImportResult.Item> items,
            int more) {
    }

    @GET
    @Path("new")
    public TemplateInstance upload(@QueryParam("agreement") String agreement) {
        FormData f = FormData.empty().set("agreement", agreement);
        return renderUpload(f, FormErrors.none(), target(agreement));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response keep(@RestForm("file") FileUpload file, @RestForm("sheet") String sheet,
            @RestForm("encoding") String encoding, @RestForm("agreement") String agreement) {
        FormData f = FormData.empty().set("sheet", sheet).set("encoding", encoding).set("agreement", agreement);
        AgreementView into = target(agreement);
        if (file == null || file.size() == 0) {
            return Response.status(422).entity(renderUpload(f,
                    FormErrors.field("file", r -> r.sheet_no_file(), pages.refusals()), into)).build();
        }
        try {
            ImportSteps.Kept u = steps.keep(bytes(file), file.fileName(), sheet, encoding, into == null ? null : into.id());
            return Response.seeOther(URI.create("/imports/" + u.id())).build();
        } catch (Refusal e) {
            return Response.status(422).entity(renderUpload(f, FormErrors.of(e, pages.refusals()), into)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance mapping(@PathParam("id") String id, @QueryParam("sheet") String sheet,
            @QueryParam("mapping") String saved) {
        ImportSteps.Opened opened = steps.open(id, sheet);
        ImportSteps.Kept u = opened.file();
        Sheet read = opened.sheet();
        FormData f = FormData.empty().set("sheet", read.sheet());
        Map<String, String> chosen = new LinkedHashMap<>(ImportPreview.of(read).suggested());
        if (saved != null && !saved.isBlank()) {
            String use = steps.mappingJson(saved).orElseThrow(() -> Refusal.notFound("Saved mapping", saved.strip()));
            chosen = fromSaved(use, read.columns(), f);
            f.set("saveAs", saved.strip());
        }
        return renderMapping(u, read, f, chosen, FormErrors.none(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        ImportSteps.Opened opened = steps.open(id, f.text("sheet"));
        ImportSteps.Kept u = opened.file();
        Sheet read = opened.sheet();
        Map<String, String> chosen = new LinkedHashMap<>();
        List<String> columns = read.columns();
        for (int i = 0; i < columns.size(); i++) {
            String field = f.text("col" + i);
            if (field != null && ImportField.ofKey(field) != null) {
                chosen.put(columns.get(i), field);
            }
        }
        String json = mappingJson(chosen, f, u.agreementId() == null);
        boolean importNow = "import".equals(f.text("action"));
        PlanImport.Target target = u.agreementId() != null ? new PlanImport.Target(u.agreementId(), null, null)
                : new PlanImport.Target(null, f.text("title"), f.all("parties"));
        try {
            if (f.text("saveAs") != null) {
                steps.save(f.text("saveAs"), json);
            }
            PlanImportResult result = imports.run(read, json, target, !importNow);
            if (importNow) {
                steps.discard(u.id());
                return Response.seeOther(URI.create("/agreements/" + result.agreementId())).build();
            }
            return Response.ok(renderMapping(u, read, f, chosen, FormErrors.none(), outcome(result))).build();
        } catch (PlanImport.Refused refused) {
            return Response.status(422).entity(renderMapping(u, read, f, chosen, FormErrors.none(), outcome(refused.result())))
                    .build();
        } catch (Refusal e) {
            return Response.status(422)
                    .entity(renderMapping(u, read, f, chosen, FormErrors.of(e, pages.refusals()), null)).build();
        }
    }

    /** The agreement an import starts from, which the official must be able to edit; none for a new agreement. */
    private AgreementView target(String agreement) {
        if (agreement == null || agreement.isBlank()) {
            return null;
        }
        return agreements.editable(QueryParams.pathId(agreement, "Agreement"));
    }

    /** The mapping as POST /api/imports takes it, built here so that what the page sends is always well formed. */
    private String mappingJson(Map<String, String> chosen, FormData f, boolean newAgreement) {
        ObjectNode m = mapper.createObjectNode();
        ObjectNode columns = m.putObject("columns");
        chosen.forEach(columns::put);
        String order = f.text("dateOrder");
        if ("DMY".equals(order) || "MDY".equals(order)) {
            m.put("dateOrder", order);
        }
        m.put("keepOtherColumns", f.checked("keepOtherColumns"));
        if (f.text("party") != null) {
            m.put("party", f.text("party"));
        }
        return m.toString();
    }

    /** A saved mapping applied to this file: its columns that the file has, and its options back in the form. */
    private Map<String, String> fromSaved(String json, List<String> fileColumns, FormData f) {
        Map<String, String> chosen = new LinkedHashMap<>();
        try {
            JsonNode m = mapper.readTree(json);
            m.path("columns").fields().forEachRemaining(e -> {
                if (fileColumns.contains(e.getKey()) && e.getValue().isTextual()) {
                    chosen.put(e.getKey(), e.getValue().asText());
                }
            });
            if (m.path("dateOrder").isTextual()) {
                f.set("dateOrder", m.path("dateOrder").asText());
            }
            if (m.path("keepOtherColumns").asBoolean(false)) {
                f.set("keepOtherColumns", "on");
            }
            if (m.path("party").isTextual()) {
                f.set("party", m.path("party").asText());
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return chosen;
    }

    private Outcome outcome(PlanImportResult result) {
        List<PlanImportResult.Item> items = result.items() == null ? List.of() : result.items();
        return new Outcome(result, said(result.problems()), said(result.notes()),
                items.subList(0, Math.min(ITEMS_SHOWN, items.size())), Math.max(0, items.size() - ITEMS_SHOWN));
    }

    private List<Said> said(List<SheetProblem> found) {
        List<Said> out = new ArrayList<>();
        if (found != null) {
            for (SheetProblem p : found) {
                out.add(new Said(p.row(), p.column(), p.phrase() == null ? p.message() : p.phrase().in(pages.refusals())));
            }
        }
        return out;
    }

    private static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance renderUpload(FormData f, FormErrors errors, AgreementView into) {
        return pages.render(uploadTemplate.data("form", f).data("errors", errors).data("agreement", into)
                .data("encodings", ENCODINGS));
    }

    private TemplateInstance renderMapping(ImportSteps.Kept u, Sheet read, FormData f, Map<String, String> chosen,
            FormErrors errors, Outcome outcome) {
        List<ColumnChoice> choices = new ArrayList<>();
        for (int i = 0; i < read.columns().size(); i++) {
            String name = read.columns().get(i);
            choices.add(new ColumnChoice(i, name, chosen.getOrDefault(name, "")));
        }
        ImportPreview preview = ImportPreview.of(read);
        AgreementView into = u.agreementId() == null ? null : agreements.view(u.agreementId());
        List<PartyView> parties = partyService.views();
        return pages.render(mappingTemplate.data("upload", u).data("preview", preview).data("choices", choices)
                .data("fields", ImportField.keys()).data("form", f).data("errors", errors).data("agreement", into)
                .data("parties", parties).data("saved", steps.mappingNames()).data("outcome", outcome)
                .data("notes", said(read.problems())));
    }
}
