package org.pacta.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one canonical form the chain hashes: JSON with keys sorted by code point, no whitespace, UTF-8, integers only,
 * instants and dates as ISO-8601 strings, nulls left out; RFC 8785 (JCS) for this subset. The server and the verifier
 * both use it, and nothing here needs more than the JDK and Jackson, so an export can be checked without Pacta.
 */
public final class Canonical {

    public static final String GENESIS = "0".repeat(64);

    /** Only to turn payloads into trees; the text is written by {@link #write}, never by this mapper. */
    private static final ObjectMapper TREES = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);

    private Canonical() {
    }

    public static ObjectMapper mapper() {
        return TREES;
    }

    /** A payload (a map, a record, a list) as a tree, ready for {@link #write}. */
    public static JsonNode tree(Object value) {
        return value instanceof JsonNode node ? node : TREES.valueToTree(value);
    }

    /** The body hashed for one entry: every field that says what the entry is and where it stands in its chain. */
    public static String body(long agreementId, long sequence, String at, String kind, String subject, String actor,
            JsonNode data) {
        ObjectNode body = TREES.createObjectNode();
        body.put("agreementId", agreementId);
        body.put("sequence", sequence);
        body.put("at", at);
        body.put("kind", kind);
        body.put("subject", subject);
        body.put("actor", actor);
        body.set("data", data == null ? TREES.createObjectNode() : data);
        return write(body);
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().isNull() && !field.getValue().isMissingNode()) {
                    fields.add(field);
                }
            }
            // JCS orders by UTF-16 code units, which is what String.compareTo does.
            fields.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(fields.get(i).getKey(), out);
                out.append(':');
                write(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonNode element = node.get(i);
                if (element.isNull()) {
                    out.append("null");
                } else {
                    write(element, out);
                }
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isNumber()) {
            throw new IllegalArgumentException("The ledger holds integers only, not " + node.asText());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            throw new IllegalArgumentException("No canonical form for " + node.getNodeType());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Lowercase hex SHA-256 of the previous hash (hex) followed by the body, both as UTF-8. */
    public static String hash(String prevHash, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.UTF_8));
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
