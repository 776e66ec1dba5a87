package org.pacta.sheet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Plans from the spreadsheets officials already have")
public class ImportPreviewResource {

    @RolesAllowed({"admin", "official"})
    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Read a spreadsheet and suggest what each column holds; nothing is saved",
            description = "multipart/form-data: file (.xlsx, or CSV / tab-separated text in UTF-8, UTF-16,"
                    + " windows-1251, windows-1252 or windows-1256, detected), optional sheet (a workbook's sheet; the"
                    + " first visible one otherwise) and encoding (a CSV file's; detected otherwise). Title rows above"
                    + " the header are skipped. Answers the columns, the first 20 rows as read with their row numbers,"
                    + " the suggested field of each column recognised by its header, all fields, and notes. At most"
                    + " 20,000 rows, 200 columns and 32,767 characters a cell (413 beyond); a file Pacta does not read"
                    + " (.xls, .ods, PDF, ...) is a 400 that says what to save it as.")
    public ImportPreview preview(@RestForm("file") FileUpload file, @RestForm("sheet") String sheet,
            @RestForm("encoding") String encoding) {
        return ImportPreview.of(read(file, sheet, encoding));
    }

    /** An uploaded file read as a sheet; a missing file is a 422 that says to choose one. */
    public static Sheet read(FileUpload file, String sheet, String encoding) {
        if (file == null) {
            throw SheetRefusals.badChoice("file", r -> r.sheet_no_file());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SheetReader.read(bytes, file.fileName(), sheet, encoding);
    }
}
