package org.pacta.chain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What the chain shows: entries with their hashes, and the head. The verifier reads the same shapes back. */
public final class LedgerViews {

    private LedgerViews() {
    }

    /**
     * One entry: the fields its body was made of (data as a JSON object), and the hashes. Recomputing
     * {@code sha256(prevHash + canonical body)} from these must give {@code hash}.
     */
    public record EntryView(long agreementId, long sequence, String at, String kind, String subject, String actor,
            JsonNode data, String prevHash, String hash) {

        static EntryView of(LedgerEntry e) {
            JsonNode body = parse(e.body);
            // The columns say what the entry is; only the data comes from the body, so an edit to either shows.
            return new EntryView(e.agreementId, e.sequence, e.recordedAt.toString(), e.kind, e.subject,
                    body.path("actor").asText(null), body.get("data"), e.prevHash, e.hash);
        }
    }

    /** The last entry of a chain (sequence 0 and the genesis hash while it is empty). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeadView(long agreementId, long sequence, String hash, String at, String deletedAt, String signature) {
    }

    /** A whole chain, as the export carries it. */
    public record ChainView(HeadView head, List<EntryView> entries) {
    }

    static JsonNode parse(String body) {
        try {
            return Canonical.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ledger body is not JSON", e);
        }
    }
}
