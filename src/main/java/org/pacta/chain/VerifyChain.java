package org.pacta.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recomputes an agreement's hash chain from what Pacta published, with nothing but the JDK and Jackson: an agreement
 * export ({@code GET /api/agreements/{id}/export}), a page of {@code GET /api/agreements/{id}/ledger}, or a bare
 * {@code {head, entries}}. Prints OK with the head, or names the first entry that does not match and exits 1.
 * <pre>java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/app/*' org.pacta.chain.VerifyChain export.json</pre>
 */
public final class VerifyChain {

    /** What the check found: whether the chain holds, and the line to print. */
    public record Outcome(boolean ok, Long badSequence, String message) {
    }

    private VerifyChain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** The command without exiting: 0 when the chain holds, 1 when it does not, 2 when it cannot be read. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        boolean keyed = args.length == 3 && "--key".equals(args[1]);
        if (args.length != 1 && !keyed) {
            err.println("usage: VerifyChain <export.json | ledger.json | -> [--key <base64 Ed25519 public key>]");
            return 2;
        }
        JsonNode doc;
        try {
            ObjectMapper json = new ObjectMapper();
            doc = "-".equals(args[0]) ? json.readTree(in) : json.readTree(Files.readString(Path.of(args[0])));
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + args[0] + ": " + e.getMessage());
            return 2;
        }
        Outcome outcome = verify(doc, keyed ? args[2] : null);
        (outcome.ok() ? out : err).println(outcome.message());
        return outcome.ok() ? 0 : 1;
    }

    public static Outcome verify(JsonNode doc) {
        return verify(doc, null);
    }

    /** The same, and with {@code publicKey} (GET /api/ledger/public-key) the head's signature must be that key's. */
    public static Outcome verify(JsonNode doc, String publicKey) {
        JsonNode chain = doc.has("ledger") ? doc.get("ledger") : doc;
        JsonNode entries = chain.has("entries") ? chain.get("entries") : chain.get("items");
        if (entries == null || !entries.isArray()) {
            return new Outcome(false, null, "FAIL: no ledger entries in the document (expected ledger.entries or items)");
        }
        String prev = null;
        long expected = -1;
        for (JsonNode e : entries) {
            long sequence = e.path("sequence").asLong(-1);
            String where = "entry " + sequence + " (" + e.path("kind").asText("?") + " " + e.path("subject").asText("?") + ")";
            if (prev == null) {
                prev = e.path("prevHash").asText("");
                expected = sequence;
                if (sequence == 1 && !Canonical.GENESIS.equals(prev)) {
                    return fail(sequence, where + ": the first entry's prevHash is not 64 zeros but " + prev);
                }
            }
            if (sequence != expected) {
                return fail(sequence, where + ": sequence " + sequence + " where " + expected
                        + " was expected (an entry is missing or out of order)");
            }
            if (!prev.equals(e.path("prevHash").asText())) {
                return fail(sequence, where + ": prevHash " + e.path("prevHash").asText() + " is not the hash of entry "
                        + (sequence - 1) + ", " + prev + " (an entry before it was replaced, or this one was moved)");
            }
            String recomputed;
            try {
                recomputed = Canonical.hash(prev, Canonical.body(e.path("agreementId").asLong(), sequence,
                        e.path("at").asText(null), e.path("kind").asText(null), e.path("subject").asText(null),
                        e.path("actor").asText(null), e.get("data")));
            } catch (IllegalArgumentException ex) {
                return fail(sequence, where + ": its data has no canonical form: " + ex.getMessage());
            }
            if (!recomputed.equals(e.path("hash").asText())) {
                return fail(sequence, where + ": its content does not match its hash (recorded " + e.path("hash").asText()
                        + ", recomputed " + recomputed + "): it was changed after it was recorded");
            }
            prev = recomputed;
            expected = sequence + 1;
        }
        JsonNode head = chain.get("head");
        long last = entries.size() == 0 ? 0 : expected - 1;
        String lastHash = entries.size() == 0 ? Canonical.GENESIS : prev;
        if (head != null && !head.isNull()
                && (head.path("sequence").asLong() != last || !head.path("hash").asText().equals(lastHash))) {
            return fail(head.path("sequence").asLong(), "head (sequence " + head.path("sequence").asLong() + ", hash "
                    + head.path("hash").asText() + ") is not the last entry (sequence " + last + ", hash " + lastHash
                    + "): entries are missing at the end, or the head was replaced");
        }
        if (publicKey != null) {
            if (head == null || head.isNull() || !head.hasNonNull("signature")) {
                return fail(last, "head: it carries no signature to check against the key");
            }
            if (!HeadSignature.verify(publicKey, head.get("signature").asText(), head.path("agreementId").asLong(),
                    head.path("sequence").asLong(), head.path("hash").asText(), head.path("at").asText(null))) {
                return fail(last, "head: its signature is not the key's (the head was not signed by this server)");
            }
        }
        if (entries.size() == 0) {
            return new Outcome(true, null, "OK: empty chain (sequence 0, hash " + Canonical.GENESIS + ")");
        }
        return new Outcome(true, null, "OK: " + entries.size() + " entries, head sequence " + last + " hash " + prev);
    }

    private static Outcome fail(long sequence, String message) {
        return new Outcome(false, sequence, "FAIL at " + message);
    }
}
