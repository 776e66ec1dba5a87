package org.pacta.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pacta.platform.Refusal;
import org.pacta.platform.Problem;
import org.pacta.platform.Refusals;

/**
 * Only Pacta's own pages may change something in the name of a browser's session. quarkus-rest-csrf checks its
 * token in form bodies only ({@code require-form-url-encoded=false}, so that the API takes JSON): a POST to a page
 * with JSON, {@code text/plain} or no Content-Type at all went through unchecked, and another site could delete an
 * agreement with the reader's cookie. So a page's state-changing request must be a form (whose token the CSRF
 * filter then checks), whatever endpoint it reaches.
 *
 * <p>Under /api the answer is the media type, not a token: a browser sends another site's POST without asking
 * first only as a form, as {@code text/plain} or with no body type at all (CORS "simple" requests); JSON or CSV
 * makes it ask, and Pacta allows no other origin. So a POST that rides on the session cookie must declare a type
 * outside those three; a call with an API token cannot be forged (no browser adds that header by itself). PUT,
 * PATCH and DELETE always make a browser ask first. And any API write with a body must say what the body is:
 * without a Content-Type, JSON endpoints read it anyway (README promises 415).
 *
 * <p>File uploads under {@value BearerRequests#UPLOADS} are multipart forms by nature (a page's script sends the
 * file it was given): with the session cookie they go on to quarkus-rest-csrf, which checks the page's CSRF token
 * in the form (or its header) against its cookie, as it does for the pages' own forms.
 *
 * <p>The one-click unsubscribe (RFC 8058) is posted by mail clients without a cookie and carries its own signed
 * token; {@code notify.OneClickUnsubscribe} has already removed its type.
 */
public class CrossSiteRequests {

    static final String SESSION_COOKIE = "quarkus-credential";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** What a browser sends cross-site without a preflight (the Fetch standard's CORS-safelisted types). */
    private static final Set<String> SIMPLE = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/q/") || path.startsWith("/unsubscribe/")) {
            return;
        }
        MediaType type = mediaType(request);
        String essence = type == null ? null : (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
        if (!path.startsWith("/api/")) {
            if (!isForm(essence)) {
                throw new Refusal(Refusal.Reason.FORM_ONLY, Refusals::page_form_only);
            }
            return;
        }
        if (type == null && hasBody(request)) {
            throw new Refusal(Refusal.Reason.MEDIA_UNSUPPORTED, Refusals::media_unsupported);
        }
        boolean upload = BearerRequests.upload(path) && "multipart/form-data".equals(essence);
        if ("POST".equals(request.getMethod()) && signedInByCookie(request) && (essence == null || SIMPLE.contains(essence))
                && !upload) {
            throw new Refusal(Refusal.Reason.COOKIE_NEEDS_TYPE, Refusals::cookie_post_type);
        }
    }

    /** The body's declared type; one that cannot be parsed, or names an unknown charset, is refused here rather than failing later. */
    private static MediaType mediaType(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null) {
            return null;
        }
        try {
            MediaType type = MediaType.valueOf(header);
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !Charset.isSupported(charset.strip())) {
                throw new IllegalCharsetNameException(charset);
            }
            return type;
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Reason.MEDIA_UNSUPPORTED, Refusals::media_malformed);
        }
    }

    /**
     * quarkus-rest-csrf refuses an upload without its token with a bare 400; under /api every refusal is a problem
     * document that says what to do.
     */
    @ServerResponseFilter
    public void explainRefusedUpload(ContainerRequestContext request, ContainerResponseContext response) {
        // The header as sent: one that does not parse was refused already, and must not fail again here.
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && BearerRequests.upload(request.getUriInfo().getPath()) && type != null
                && type.strip().toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA)) {
            Problem problem = new Problem("urn:pacta:problem:csrf", "Bad Request", 400, Refusals::upload_needs_csrf,
                    request.getUriInfo().getPath(), null);
            response.setEntity(problem, null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static boolean isForm(String essence) {
        return "application/x-www-form-urlencoded".equals(essence) || "multipart/form-data".equals(essence);
    }

    private static boolean signedInByCookie(ContainerRequestContext request) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null && request.getCookies().containsKey(SESSION_COOKIE);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
    }
}
