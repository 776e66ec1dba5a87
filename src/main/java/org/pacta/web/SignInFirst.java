package org.pacta.web;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pacta.platform.Refusal;

/**
 * Sends a reader who must sign in to the login page, and remembers the page they asked for, so that signing in
 * brings them back to it (a link in an email or a calendar entry): the form sign-in redirects to the address in
 * its location cookie, after checking that it names this site's scheme, host and port. Only a page read with GET
 * is remembered, and only a local path: a form's POST is not repeated, and nothing can send a reader elsewhere.
 */
@ApplicationScoped
public class SignInFirst {

    static final String LOGIN = "/login";
    static final String SIGN_IN = "/j_security_check";

    @Inject
    CurrentVertxRequest request;

    @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
    String locationCookie;

    /**
     * The form sign-in answers a return address on another site with a bare 401, so a browser given one (by a
     * sibling domain, say) could never sign in. Before it reads the cookie, one that names anything but a page of
     * this site is left out of the request: the reader then lands on the dashboard.
     */
    void keepOnlyLocalReturns(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.request().method() == HttpMethod.POST && SIGN_IN.equals(rc.normalizedPath())) {
                String cookies = rc.request().getHeader(HttpHeaders.COOKIE);
                if (cookies != null && cookies.contains(locationCookie + "=")) {
                    String origin = rc.request().scheme() + "://" + rc.request().authority();
                    rc.request().headers().set(HttpHeaders.COOKIE, Arrays.stream(cookies.split(";")).map(String::strip)
                            .filter(c -> !c.startsWith(locationCookie + "=") || isPageOf(origin,
                                    c.substring(locationCookie.length() + 1)))
                            .collect(Collectors.joining("; ")));
                }
            }
            rc.next();
        }, 1000);
    }

    private static boolean isPageOf(String origin, String value) {
        // A cookie value may come in double quotes (RFC 6265); the form sign-in reads it without them.
        String address = value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        return address.startsWith(origin) && isLocalPath(address.substring(origin.length()));
    }

    public Response redirect() {
        Response.ResponseBuilder answer = Response.status(Response.Status.FOUND).location(URI.create(LOGIN));
        RoutingContext rc = request.getCurrent();
        String target = rc == null || rc.request().method() != HttpMethod.GET ? null : rc.request().uri();
        if (isLocalPath(target) && !target.startsWith(LOGIN)) {
            answer.cookie(new NewCookie.Builder(locationCookie)
                    .value(rc.request().scheme() + "://" + rc.request().authority() + target).path("/")
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return answer.build();
    }

    /**
     * What a page answers in place of "not found" for someone not signed in: sign in first. Visitors see public
     * agreements only, so a hidden item, like one that does not exist, may be there for someone who signs in; a
     * link to it in an email then still leads there. Existence does not leak: both get the same answer.
     */
    public static RuntimeException whenMissingToVisitors(Refusal missing, org.pacta.security.CurrentUser user) {
        return missing.reason() == Refusal.Reason.NOT_FOUND && user.isAnonymous() ? new UnauthorizedException() : missing;
    }

    /** A path on this site: one slash, then anything but another slash or a backslash (which browsers read as one). */
    static boolean isLocalPath(String target) {
        return target != null && target.startsWith("/") && !target.startsWith("//")
                && target.chars().noneMatch(ch -> ch == '\\' || Character.isISOControl(ch));
    }
}
