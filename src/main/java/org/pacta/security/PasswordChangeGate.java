package org.pacta.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pacta.platform.Problem;

/** An account with a one-time password can do nothing but set its own password. */
public class PasswordChangeGate {

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public Optional<Response> requireOwnPassword(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.equals("/api/me") || path.equals("/api/me/password") || path.startsWith("/account/password")
                || path.equals("/logout") || path.startsWith("/login") || path.startsWith("/static/")
                || path.startsWith("/unsubscribe/") || !user.mustChangePassword()) {
            return Optional.empty();
        }
        if (path.startsWith("/api/")) {
            return Optional.of(Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "urn:pacta:problem:password-change-required", "Forbidden", 403,
                    "This account has a one-time password: set your own first (POST /api/me/password).", path, null, null))
                    .build());
        }
        return Optional.of(Response.status(Response.Status.SEE_OTHER).location(URI.create("/account/password")).build());
    }
}
