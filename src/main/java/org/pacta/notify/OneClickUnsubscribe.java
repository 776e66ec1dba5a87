package org.pacta.notify;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets the one-click unsubscribe POST (RFC 8058) through the CSRF check. A mail client posts
 * {@code List-Unsubscribe=One-Click} as a form, without any cookie, and quarkus-rest-csrf refuses every form POST
 * that lacks its token. The unsubscribe address carries its own signed token and no session is involved, so
 * there is nothing to forge: the body is never read, and its form media type is dropped before the check.
 */
@ApplicationScoped
public class OneClickUnsubscribe {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.request().method() == HttpMethod.POST && rc.normalizedPath().startsWith("/unsubscribe/")) {
                rc.request().headers().remove(HttpHeaders.CONTENT_TYPE);
            }
            rc.next();
        }, 1000);
    }
}
