package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.pacta.platform.HtmlErrors;
import org.pacta.platform.Problem;
import org.pacta.platform.Refusals;

/** A page that says what went wrong and where to go next, in the reader's language. */
@ApplicationScoped
public class ErrorPages implements HtmlErrors {

    @Inject
    Pages pages;

    @Inject
    SignInFirst signIn;

    @Inject
    @Location("pages/error.html")
    Template template;

    /** One error of the problem, as the page shows it. */
    public record Shown(String field, String message) {
    }

    @Override
    public Response render(Problem problem) {
        Refusals words = pages.refusals();
        String detail = problem.phrase() == null ? problem.detail() : problem.phrase().in(words);
        List<Shown> errors = problem.errors() == null ? List.of()
                : problem.errors().stream().map(e -> new Shown(e.field(), FormErrors.say(e, words))).toList();
        // An access check can refuse a request before the CSRF filter has made this request's token, so an error
        // page carries no form that needs one (the layout leaves out its sign-out form).
        String body = pages.render(template.data("problem", problem).data("detail", detail).data("errors", errors)
                .data("errorPage", true)).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    @Override
    public Response signInFirst() {
        return signIn.redirect();
    }
}
