package org.pacta.plan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pacta.platform.ApiException;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;
import org.pacta.security.Access;
import org.pacta.security.CurrentUser;
import org.pacta.sheet.Sheet;
import org.pacta.sheet.SheetReader;

/**
 * What the pages' import keeps between its steps: the uploaded file (a day at most, for its uploader only) and
 * mappings saved by name.
 */
@ApplicationScoped
public class ImportSteps {

    static final Duration KEPT = Duration.ofDays(1);

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    /** Reads the file first, so that one Pacta cannot read is refused here and never kept. */
    @Transactional
    public ImportUpload keep(byte[] content, String fileName, String sheet, String encoding, Long agreementId) {
        access.requireSignedIn();
        SheetReader.read(content, fileName, sheet, encoding);
        Instant now = clock.instant();
        ImportUpload.delete("createdAt < ?1", now.minus(KEPT));
        ImportUpload u = new ImportUpload();
        u.id = UUID.randomUUID().toString();
        u.userId = user.userId();
        u.fileName = fileName == null || fileName.isBlank() ? "upload" : cut(fileName.strip(), 255);
        u.sheet = sheet == null || sheet.isBlank() ? null : cut(sheet.strip(), 255);
        u.encoding = encoding == null || encoding.isBlank() ? null : cut(encoding.strip(), 40);
        u.agreementId = agreementId;
        u.content = content;
        u.createdAt = now;
        u.persist();
        return u;
    }

    /** The signed-in person's kept file; another's, or one kept longer than a day, is not found. */
    @Transactional
    public ImportUpload find(String id) {
        access.requireSignedIn();
        ImportUpload u = id == null || id.length() > 36 ? null : ImportUpload.findById(id);
        if (u == null || !u.userId.equals(user.userId()) || u.createdAt.isBefore(clock.instant().minus(KEPT))) {
            throw ApiException.notFound(Refusals::import_upload_gone);
        }
        return u;
    }

    /** The kept file read again, on the sheet chosen now (or the one chosen at upload). */
    public Sheet read(ImportUpload u, String sheet) {
        return SheetReader.read(u.content, u.fileName, sheet == null || sheet.isBlank() ? u.sheet : sheet, u.encoding);
    }

    @Transactional
    public void discard(String id) {
        ImportUpload.deleteById(id);
    }

    public List<SavedMapping> mappings() {
        return SavedMapping.listAll(Sort.by("name"));
    }

    public Optional<SavedMapping> mapping(String name) {
        return name == null || name.isBlank() ? Optional.empty() : SavedMapping.find("name", name.strip()).firstResultOptional();
    }

    /** Saves a mapping under a name, replacing the one of that name: the name is how people find it again. */
    @Transactional
    public SavedMapping save(String name, String mappingJson) {
        access.requireSignedIn();
        String n = name == null ? "" : name.strip();
        Phrase bad = n.isEmpty() ? Refusals::not_blank : n.length() > 100 ? r -> r.size_between(1, 100) : Text.Validator.problem(n, false);
        if (bad != null) {
            throw ApiException.invalidField("saveAs", bad);
        }
        if (mappingJson.length() > 20_000) {
            throw ApiException.invalidField("saveAs", r -> r.size_between(1, 20_000));
        }
        SavedMapping m = mapping(n).orElseGet(SavedMapping::new);
        m.name = n;
        m.mapping = mappingJson;
        m.savedBy = cut(user.displayName() == null ? user.email() : user.displayName(), 200);
        m.savedAt = clock.instant();
        m.persist();
        return m;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
