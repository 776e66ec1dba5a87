package org.pacta.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * A script calling the API with {@code Authorization: Bearer …} cannot be a forged cross-site request (a browser
 * never adds that header on its own), yet quarkus-rest-csrf refuses any form-typed POST without its token — and
 * some HTTP clients label an empty POST as a form. The API never reads forms, so for such requests the form media
 * type is dropped before the check; a real form body then meets the endpoint's own 415.
 */
@ApplicationScoped
public class BearerRequests {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String auth = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
            String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (type != null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                    && rc.normalizedPath().startsWith("/api/")) {
                String t = type.toLowerCase(Locale.ROOT);
                if (t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/form-data")) {
                    rc.request().headers().remove(HttpHeaders.CONTENT_TYPE);
                }
            }
            rc.next();
        }, 1000);
    }
}
