package org.pacta.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Drops an Accept-Language header that cannot be parsed, before anything reads it. Quarkus REST parses the header
 * when it renders a page and refuses a malformed one with 400, after the endpoint has already saved its change: a
 * form that made an access token answered "bad request" although the token was made. Without the header a page
 * speaks English, which is what the pages choose for a header they cannot read.
 */
@ApplicationScoped
public class AcceptLanguageRepair {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String header = rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
            if (header != null && !readable(header)) {
                rc.request().headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
            }
            rc.next();
        }, 2000);
    }

    static boolean readable(String header) {
        try {
            Locale.LanguageRange.parse(header);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
