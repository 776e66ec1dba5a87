package org.pacta.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pacta.platform.Refusal;
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

    /** A kept file as pages name it: its id (in its address), its name, and the agreement it imports into, if any. */
    public record Kept(String id, String fileName, Long agreementId) {
        static Kept of(ImportUpload u) {
            return new Kept(u.id, u.fileName, u.agreementId);
        }
    }

    /** A kept file and what was read from it. */
    public record Opened(Kept file, Sheet sheet) {
    }

    static final Duration KEPT = Duration.ofDays(1);

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    /** Reads the file first, so that one Pacta cannot read is refused here and never kept. */
    @Transactional
    public Kept keep(byte[] content, String fileName, String sheet, String encoding, Long agreementId) {
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
        return Kept.of(u);
    }

    /** The signed-in person's kept file; another's, or one kept longer than a day, is not found. */
    @Transactional
    ImportUpload find(String id) {
        access.requireSignedIn();
        ImportUpload u = id == null || id.length() > 36 ? null : ImportUpload.findById(id);
        if (u == null || !u.userId.equals(user.userId()) || u.createdAt.isBefore(clock.instant().minus(KEPT))) {
            throw Refusal.notFound(Refusals::import_upload_gone);
        }
        return u;
    }

    /** The kept file read again, on the sheet chosen now (or the one chosen at upload). */
    static Sheet read(ImportUpload u, String sheet) {
        return SheetReader.read(u.content, u.fileName, sheet == null || sheet.isBlank() ? u.sheet : sheet, u.encoding);
    }

    /** The signed-in person's kept file, read on {@code sheet} (blank: the one chosen at upload). */
    public Opened open(String id, String sheet) {
        ImportUpload u = find(id);
        return new Opened(Kept.of(u), read(u, sheet));
    }

    @Transactional
    public void discard(String id) {
        ImportUpload.deleteById(id);
    }

    /** The saved mappings' names, in order; their contents are read one at a time, by {@link #mappingJson}. */
    public List<String> mappingNames() {
        return SavedMapping.getEntityManager().createQuery("select m.name from SavedMapping m order by m.name", String.class)
                .getResultList();
    }

    /** The saved mapping of this name, as POST /api/imports takes it. */
    public Optional<String> mappingJson(String name) {
        return mapping(name).map(m -> m.mapping);
    }

    Optional<SavedMapping> mapping(String name) {
        return name == null || name.isBlank() ? Optional.empty() : SavedMapping.<SavedMapping>find("name", name.strip()).firstResultOptional();
    }

    /** Saves a mapping under a name, replacing the one of that name: the name is how people find it again. */
    @Transactional
    public void save(String name, String mappingJson) {
        access.requireSignedIn();
        String n = name == null ? "" : name.strip();
        Phrase bad = n.isEmpty() ? Refusals::not_blank : n.length() > 100 ? r -> r.size_between(1, 100) : Text.Validator.problem(n, false);
        if (bad != null) {
            throw Refusal.invalidField("saveAs", bad);
        }
        if (mappingJson.length() > 20_000) {
            throw Refusal.invalidField("saveAs", r -> r.size_between(1, 20_000));
        }
        SavedMapping m = mapping(n).orElseGet(SavedMapping::new);
        m.name = n;
        m.mapping = mappingJson;
        m.savedBy = cut(user.displayName() == null ? user.email() : user.displayName(), 200);
        m.savedAt = clock.instant();
        m.persist();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
