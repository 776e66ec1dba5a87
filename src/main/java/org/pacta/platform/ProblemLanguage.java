package org.pacta.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A problem document in the request's language (Accept-Language: en, ru or fa; English otherwise): its title and
 * detail, and the message of each field error that has a phrase, with Content-Language saying which. The type,
 * status, field names and paths stay as they are: clients branch on those.
 */
public class ProblemLanguage {

    private static final Map<String, Function<ProblemMsg, String>> TITLES = Map.ofEntries(
            Map.entry("Bad Request", ProblemMsg::title_bad_request),
            Map.entry("Unauthorized", ProblemMsg::title_unauthorized),
            Map.entry("Forbidden", ProblemMsg::title_forbidden),
            Map.entry("Not Found", ProblemMsg::title_not_found),
            Map.entry("Method Not Allowed", ProblemMsg::title_method_not_allowed),
            Map.entry("Not Acceptable", ProblemMsg::title_not_acceptable),
            Map.entry("Conflict", ProblemMsg::title_conflict),
            Map.entry("Gone", ProblemMsg::title_gone),
            Map.entry("Precondition Failed", ProblemMsg::title_precondition_failed),
            Map.entry("Content Too Large", ProblemMsg::title_too_large),
            Map.entry("Unsupported Media Type", ProblemMsg::title_unsupported_media),
            Map.entry("Invalid input", ProblemMsg::title_invalid),
            Map.entry("Precondition Required", ProblemMsg::title_precondition_required),
            Map.entry("Unreadable file", ProblemMsg::title_unreadable_file),
            Map.entry("Already running", ProblemMsg::title_already_running),
            Map.entry("Backup directory unusable", ProblemMsg::title_backup_directory),
            Map.entry("Not the embedded database", ProblemMsg::title_not_embedded),
            Map.entry("Internal Server Error", ProblemMsg::title_server_error),
            Map.entry("Service Unavailable", ProblemMsg::title_unavailable));

    @ServerResponseFilter
    public void translate(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String lang = Languages.accepted(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, lang);
        if (!"en".equals(lang)) {
            response.setEntity(in(problem, lang));
        }
    }

    /** The problem said in {@code lang}; what has no translation stays English. */
    public static Problem in(Problem p, String lang) {
        Refusals words = MessageBundles.get(Refusals.class, Localized.Literal.of(lang));
        ProblemMsg titles = MessageBundles.get(ProblemMsg.class, Localized.Literal.of(lang));
        Function<ProblemMsg, String> title = TITLES.get(p.title());
        List<Problem.FieldError> errors = p.errors() == null ? null : p.errors().stream()
                .map(e -> e.phrase() == null ? e
                        : new Problem.FieldError(e.field(), e.path(), e.line(), e.phrase().in(words), e.phrase()))
                .toList();
        return new Problem(p.type(), title == null ? p.title() : title.apply(titles), p.status(),
                p.phrase() == null ? p.detail() : p.phrase().in(words), p.instance(), errors, p.phrase());
    }
}
