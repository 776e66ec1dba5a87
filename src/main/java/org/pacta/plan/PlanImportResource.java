package org.pacta.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pacta.platform.Refusal;
import org.pacta.platform.Phrase;
import org.pacta.platform.Problem;
import org.pacta.sheet.ImportPreviewResource;

@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Plans from the spreadsheets officials already have")
public class PlanImportResource {

    @Inject
    PlanImport imports;

    @RolesAllowed({"admin", "official"})
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a spreadsheet plan into an agreement, all or nothing; dryRun=true only reports",
            description = "multipart/form-data: file (.xlsx or CSV, read as POST /api/imports/preview reads it; sheet and"
                    + " encoding as there), mapping (JSON: the preview's suggested object {column: field}, or {columns:"
                    + " {...}, dateOrder: DMY|MDY, keepOtherColumns, party: code for rows without one, parties: {word or"
                    + " body: party code}}), agreementId, or title and parties (comma-separated codes) for a new agreement,"
                    + " and dryRun. Rows become commitments, or milestones under one (a parent column, or numbering: 1.2"
                    + " under 1); a reference column is the plan's numbering, by which a re-import updates what changed"
                    + " and leaves the rest unchanged (without references, rows are matched by title). Answers {created,"
                    + " updated, unchanged, problems: [{row, column, message}], notes, items}; with any problem a real run"
                    + " writes nothing and answers 422 with every problem.")
    public Response importPlan(@RestForm("file") FileUpload file, @RestForm("sheet") String sheet,
            @RestForm("encoding") String encoding, @RestForm("mapping") String mapping,
            @RestForm("agreementId") String agreementId, @RestForm("title") String title,
            @RestForm("parties") String parties, @RestForm("dryRun") String dryRun) {
        PlanImport.Target target = new PlanImport.Target(id(agreementId), title, codes(parties));
        boolean dry = flag(dryRun);
        try {
            PlanImportResult result = imports.run(ImportPreviewResource.read(file, sheet, encoding), mapping, target, dry);
            return Response.status(dry || result.created() == 0 ? 200 : 201).entity(result).build();
        } catch (PlanImport.Refused refused) {
            return refusal(refused.result());
        }
    }

    static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalidField("agreementId", r -> r.not_a_whole_number(text.strip()));
        }
    }

    static List<String> codes(String text) {
        return text == null || text.isBlank() ? null : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    static boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw Refusal.invalidField("dryRun", r -> r.import_mapping_option("dryRun", text.strip(), "true or false"));
        };
    }

    /** A problem document that carries the whole result, so that a client reads every problem in one round. */
    private static Response refusal(PlanImportResult result) {
        int n = result.problems().size();
        Phrase detail = r -> r.import_problems(n);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:pacta:problem:import");
        body.put("title", "Import refused");
        body.put("status", 422);
        body.put("detail", detail.english());
        body.put("created", result.created());
        body.put("updated", result.updated());
        body.put("unchanged", result.unchanged());
        body.put("problems", result.problems());
        body.put("notes", result.notes());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
