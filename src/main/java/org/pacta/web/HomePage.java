package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pacta.security.CurrentUser;

/** The landing page after signing in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    CurrentUser user;

    @Inject
    @Location("pages/home.html")
    Template home;

    @GET
    @PermitAll
    public TemplateInstance home() {
        return home.data("user", user);
    }
}
