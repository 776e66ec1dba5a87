package org.pacta.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.pacta.platform.PactaConfig;

/**
 * Headers on every answer: a Content-Security-Policy without inline script, no framing, no MIME sniffing, a
 * strict referrer policy. Swagger UI (/q/swagger-ui) needs inline script and keeps its own. Session cookies are
 * marked Secure outside development, whatever the proxy in front says about the scheme.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final List<String> SESSION_COOKIES = List.of("quarkus-credential=", "csrf-token=",
            "quarkus-redirect-location=");

    @Inject
    PactaConfig config;

    void register(@Observes Filters filters) {
        boolean secure = config.security().secureCookies();
        filters.register(rc -> {
            String path = rc.normalizedPath();
            rc.addHeadersEndHandler(v -> {
                MultiMap h = rc.response().headers();
                if (!path.startsWith("/q/swagger-ui")) {
                    h.set("Content-Security-Policy", CSP);
                }
                h.set("X-Content-Type-Options", "nosniff");
                h.set("X-Frame-Options", "DENY");
                h.set("Referrer-Policy", "strict-origin-when-cross-origin");
                if (secure) {
                    secureCookieJar(rc);
                }
                if (secure && h.contains("Set-Cookie")) {
                    List<String> cookies = new ArrayList<>();
                    for (String c : h.getAll("Set-Cookie")) {
                        boolean session = SESSION_COOKIES.stream().anyMatch(c::startsWith);
                        cookies.add(session && !c.toLowerCase(java.util.Locale.ROOT).contains("; secure") ? c + "; Secure" : c);
                    }
                    h.remove("Set-Cookie");
                    cookies.forEach(c -> h.add("Set-Cookie", c));
                }
            });
            rc.next();
        }, 2000);
    }

    /**
     * Cookies set with addCookie (the form sign-in's session cookie, its removal at sign-out) are still in the
     * response's cookie jar when this handler runs: Vert.x writes them as Set-Cookie headers only afterwards. Only
     * the ones set in this response are marked; the jar also holds what the browser sent, which must not be echoed.
     */
    private static void secureCookieJar(io.vertx.ext.web.RoutingContext rc) {
        for (String cookie : SESSION_COOKIES) {
            for (io.vertx.core.http.Cookie c : rc.request().cookies(cookie.substring(0, cookie.length() - 1))) {
                if (!(c instanceof io.vertx.core.http.impl.ServerCookie fromJar) || fromJar.isChanged()) {
                    c.setSecure(true);
                }
            }
        }
    }
}
