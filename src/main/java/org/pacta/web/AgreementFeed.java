package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.pacta.agreement.AgreementView;
import org.pacta.platform.PactaConfig;
import org.pacta.platform.QueryParams;
import org.pacta.report.AgreementHistory;
import org.pacta.report.AgreementRecord;
import org.pacta.report.HistoryEvent;

/**
 * A public agreement's changes as an Atom feed (RFC 4287), for feed readers: the newest entries of its history, in
 * the reader's language. Ids are tag URIs (RFC 4151) made of the configured host and the agreement's creation day,
 * so that they stay the same on every read and every node; links are absolute, from the configured base URL.
 */
@Path("/")
public class AgreementFeed {

    static final int ENTRIES = 50;
    static final String ATOM = "application/atom+xml";

    @Inject
    AgreementRecord record;

    @Inject
    AgreementHistory history;

    @Inject
    PactaConfig pacta;

    @Inject
    Page page;

    @Inject
    @Location("feeds/agreement.xml")
    Template template;

    /** What the template writes; every value is escaped there. */
    public record Feed(String lang, String id, String title, Instant updated, String self, String alternate,
            String author, List<Entry> entries) {
    }

    public record Entry(String id, String title, Instant updated, String link, String summary) {
    }

    @GET
    @Path("agreements/{id}/feed.atom")
    @PermitAll
    @Produces(ATOM)
    public Response feed(@PathParam("id") String id, @Context Request request) {
        AgreementView a = record.publicAgreement(QueryParams.pathId(id, "Agreement"));
        List<HistoryEvent> events = history.newest(a.id(), ENTRIES);
        Instant updated = events.isEmpty() || events.get(0).at().isBefore(a.updatedAt()) ? a.updatedAt() : events.get(0).at();
        String base = pacta.baseUrl().replaceAll("/+$", "");
        String page = base + "/agreements/" + a.id();
        String tag = "tag:" + host(base) + "," + a.createdAt().atOffset(ZoneOffset.UTC).toLocalDate() + ":pacta/agreement/"
                + a.id();
        RecordMsg m = Messages.record(this.page);
        List<Entry> entries = new ArrayList<>(events.size());
        for (HistoryEvent e : events) {
            entries.add(new Entry(tag + "/" + e.key(), xml(m.feed_entry(m.history_kind(e.kind().name()), e.itemTitle())),
                    e.at(), base + e.itemPath(), xml(summary(e, m))));
        }
        String body = template.data("feed", new Feed(this.page.lang(), tag, xml(m.feed_title(a.title())), updated,
                page + "/feed.atom", page, xml(String.join(", ", a.parties())) + " — Pacta", entries))
                .setLocale(this.page.locale()).render();
        EntityTag etag = new EntityTag(sha256(body), true);
        Date modified = Date.from(updated.plusMillis(999).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, etag);
        if (unchanged != null) {
            return unchanged.tag(etag).lastModified(modified).build();
        }
        return Response.ok(body, ATOM + "; charset=UTF-8").tag(etag).lastModified(modified).build();
    }

    /** The entry's summary in plain text: what was said, with the party that said it. */
    private String summary(HistoryEvent e, RecordMsg m) {
        Msg words = Messages.of(page);
        List<String> parts = new ArrayList<>();
        parts.add(e.partyCode() + " (" + e.partyName() + ")");
        if (e.status() != null) {
            parts.add(words.status(e.status().name()) + ", " + words.percent(e.percentComplete()));
        }
        HistoryEvent.Shift s = e.deadline();
        if (s != null) {
            String now = due(s.newDueAt(), s.newZone(), s.newDueDate(), s.newPrecision());
            if (s.oldDueAt() != null) {
                parts.add(m.record_moved(due(s.oldDueAt(), s.oldZone(), s.oldDueDate(), s.oldPrecision()), now));
            } else if (s.oldUndated() != null) {
                parts.add(m.record_moved(s.oldUndated(), now));
            } else {
                parts.add(m.record_first_due(now));
            }
        }
        if (e.note() != null) {
            parts.add(e.kind() == HistoryEvent.Kind.DEADLINE_CHANGED ? m.record_reason(e.note()) : e.note());
        }
        parts.addAll(e.evidence());
        return String.join("\n", parts);
    }

    private String due(Instant at, String zone, java.time.LocalDate date, org.pacta.commitment.DuePrecision precision) {
        return page.deadline(at, zone, date, precision).there();
    }

    /** XML 1.0 has no place for most control characters, escaped or not: they are left out. */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String host(String base) {
        String host = URI.create(base).getHost();
        return host == null ? "localhost" : host;
    }

    private static String sha256(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
