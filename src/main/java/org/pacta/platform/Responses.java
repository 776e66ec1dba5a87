package org.pacta.platform;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers that carry the item's version as a strong ETag, for If-Match on the next write. */
public final class Responses {

    private Responses() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(tag(version)).build();
    }

    public static Response created(String location, Object body, long version) {
        return Response.created(URI.create(location)).entity(body).tag(tag(version)).build();
    }
}
