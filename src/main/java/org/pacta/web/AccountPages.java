package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.pacta.platform.Refusal;
import org.pacta.security.CurrentUser;
import org.pacta.security.Sessions;
import org.pacta.security.UserService;

/** Signing in and out, and setting one's own password. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    CurrentUser user;

    @Inject
    Sessions sessions;

    @Inject
    UserService users;

    @Inject
    RoutingContext routing;

    @Inject
    Pages pages;

    @Inject
    @Location("pages/login.html")
    Template login;

    @Inject
    @Location("pages/password.html")
    Template password;

    @GET
    @Path("login")
    @PermitAll
    public Response showLogin() {
        if (!user.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(pages.render(login.data("error", false))).build();
    }

    /** Where a failed sign-in lands: the same form, saying so (and not which of email or password was wrong). */
    @GET
    @Path("login/error")
    @PermitAll
    public Response showLoginError() {
        return Response.ok(pages.render(login.data("error", true))).build();
    }

    /**
     * Only the form's own POST is accepted: quarkus-rest-csrf checks form bodies alone, so a bodiless POST
     * would otherwise sign someone out without the CSRF token.
     */
    @POST
    @Path("logout")
    @Authenticated
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (user.sessionId() != null) {
            sessions.end(user.sessionId());
            // Only a request the form mechanism authenticated knows the session cookie's name (a token's does not).
            FormAuthenticationMechanism.logout(routing);
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    @GET
    @Path("account/password")
    @Authenticated
    public TemplateInstance showPasswordForm() {
        return pages.render(password.data("errors", java.util.Map.<String, String>of()).data("done", false));
    }

    @POST
    @Path("account/password")
    @Authenticated
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("currentPassword") String current, @FormParam("newPassword") String next) {
        try {
            users.changeMyPassword(current, next);
        } catch (Refusal e) {
            java.util.Map<String, String> errors = new java.util.HashMap<>();
            e.errors().forEach(err -> errors.put(err.field(), FormErrors.say(err, pages.refusals())));
            return Response.status(422).entity(pages.render(password.data("errors", errors).data("done", false))).build();
        }
        return Response.ok(pages.render(password.data("errors", java.util.Map.<String, String>of()).data("done", true))).build();
    }
}
