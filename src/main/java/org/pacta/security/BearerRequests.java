package org.pacta.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A script calling the API with {@code Authorization: Bearer …} cannot be a forged cross-site request (a browser
 * never adds that header on its own), yet quarkus-rest-csrf refuses any form-typed POST without its token — and
 * some HTTP clients label an empty POST as a form. The API reads no forms but for file uploads under
 * {@value #UPLOADS}; for other such requests the form media type is dropped before the check, and a real form body
 * then meets the endpoint's own 415.
 *
 * <p>An upload under {@value #UPLOADS} keeps its multipart type, and the request carries a CSRF pair made up here
 * (the same fresh random value as the CSRF cookie and the CSRF header), which quarkus-rest-csrf then finds
 * matching: it has no way to skip an endpoint, and the token it checks only proves that a request came from
 * Pacta's own page, which a request with an API token needs no proof of. Any CSRF cookie the client sent is
 * replaced, so the pair always matches, and the cookie is not sent back.
 */
@ApplicationScoped
public class BearerRequests {

    static final String UPLOADS = "/api/imports";

    /** Whether a path is {@value #UPLOADS} or under it. */
    static boolean upload(String path) {
        return path.equals(UPLOADS) || path.startsWith(UPLOADS + "/");
    }
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            String path = rc.normalizedPath();
            if (type != null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && path.startsWith("/api/")) {
                String t = type.toLowerCase(Locale.ROOT);
                if (t.startsWith("multipart/form-data") && upload(path)) {
                    pairCsrf(request);
                    // quarkus-rest-csrf hands the made-up token back as a cookie; a script has no use for it.
                    rc.addHeadersEndHandler(v -> rc.response().removeCookie(cookieName, false));
                } else if (t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/form-data")) {
                    request.headers().remove(HttpHeaders.CONTENT_TYPE);
                }
            }
            rc.next();
        }, 1000);
    }

    private void pairCsrf(HttpServerRequest request) {
        byte[] bytes = new byte[tokenSize];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        String others = cookies == null ? ""
                : Pattern.compile("(^|;)\\s*" + Pattern.quote(cookieName) + "=[^;]*").matcher(cookies).replaceAll("").strip();
        others = others.startsWith(";") ? others.substring(1).strip() : others;
        request.headers().set(HttpHeaders.COOKIE, (others.isEmpty() ? "" : others + "; ") + cookieName + "=" + token);
        request.headers().set(headerName, token);
    }
}
