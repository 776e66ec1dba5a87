package org.pacta.platform;

/**
 * The version a client edited (DESIGN decision 11), from an If-Match header (the ETag of its GET) or from the
 * body's "version" field. A stale header is 412 Precondition Failed; a stale body field is 409 Conflict.
 */
public record ExpectedVersion(long value, boolean fromIfMatch) {

    /** For writes that replace an item: checked after the item is found, so an unknown id is still a 404. */
    public static ExpectedVersion require(ExpectedVersion given) {
        if (given == null) {
            throw Refusal.versionRequired();
        }
        return given;
    }

    /** For deletes and appends: checked when sent, not demanded. */
    public static ExpectedVersion optional(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
            String tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return new ExpectedVersion(Long.parseLong(tag), true);
            } catch (NumberFormatException e) {
                throw Refusal.badRequest(r -> r.if_match(ifMatch));
            }
        }
        return bodyVersion == null ? null : new ExpectedVersion(bodyVersion, false);
    }

    public void check(long actual) {
        if (value != actual) {
            throw Refusal.staleVersion(fromIfMatch, value, actual);
        }
    }

    public static void check(ExpectedVersion expected, long actual) {
        if (expected != null) {
            expected.check(actual);
        }
    }
}
