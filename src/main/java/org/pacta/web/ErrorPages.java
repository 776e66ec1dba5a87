package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pacta.platform.HtmlErrors;
import org.pacta.platform.Problem;

/** A page that says what went wrong and where to go next, in the reader's language. */
@ApplicationScoped
public class ErrorPages implements HtmlErrors {

    @Inject
    Pages pages;

    @Inject
    @Location("pages/error.html")
    Template template;

    @Override
    public Response render(Problem problem) {
        // An access check can refuse a request before the CSRF filter has made this request's token, so an error
        // page carries no form that needs one (the layout leaves out its sign-out form).
        String body = pages.render(template.data("problem", problem).data("errorPage", true)).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
