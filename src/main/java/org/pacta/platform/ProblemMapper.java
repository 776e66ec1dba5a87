package org.pacta.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure under /api becomes an RFC 9457 problem document (DESIGN decision 10); never a bare 500. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response api(Refusal e, UriInfo uri) {
        return respond(problemOf(e, path(uri)));
    }

    /** The problem document that answers a refusal: the one place a domain reason becomes an HTTP status. */
    public static Problem problemOf(Refusal e, String path) {
        return new Problem(typeOf(e.reason()), titleOf(e.reason()), statusOf(e.reason()), e.detail(), path, e.errors());
    }

    public static int statusOf(Refusal.Reason reason) {
        return switch (reason) {
            case BAD_REQUEST, UNREADABLE_FILE -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT, STALE_VERSION, MAINTENANCE_RUNNING, BACKUP_DIRECTORY, NOT_EMBEDDED -> 409;
            case GONE -> 410;
            case STALE_PRECONDITION -> 412;
            case FILE_TOO_LARGE, FORM_TOO_LARGE -> 413;
            case FORM_ONLY, MEDIA_UNSUPPORTED, COOKIE_NEEDS_TYPE -> 415;
            case INVALID -> 422;
            case VERSION_REQUIRED -> 428;
        };
    }

    private static String typeOf(Refusal.Reason reason) {
        return switch (reason) {
            case NOT_FOUND, GONE, MEDIA_UNSUPPORTED -> "about:blank";
            case INVALID -> "urn:pacta:problem:validation";
            case STALE_VERSION, STALE_PRECONDITION -> "urn:pacta:problem:stale-version";
            default -> "urn:pacta:problem:" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }

    private static String titleOf(Refusal.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> "Not Found";
            case GONE -> "Gone";
            case CONFLICT, STALE_VERSION -> "Conflict";
            case BAD_REQUEST -> "Bad Request";
            case INVALID -> "Invalid input";
            case STALE_PRECONDITION -> "Precondition Failed";
            case VERSION_REQUIRED -> "Precondition Required";
            case UNREADABLE_FILE -> "Unreadable file";
            case FILE_TOO_LARGE, FORM_TOO_LARGE -> "Content Too Large";
            case FORM_ONLY, MEDIA_UNSUPPORTED, COOKIE_NEEDS_TYPE -> "Unsupported Media Type";
            case MAINTENANCE_RUNNING -> "Already running";
            case BACKUP_DIRECTORY -> "Backup directory unusable";
            case NOT_EMBEDDED -> "Not the embedded database";
        };
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.field(fieldOf(v), Phrase.of(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field, Comparator.nullsFirst(String::compareTo)))
                .toList();
        Refusal api = Refusal.invalid(errors);
        return api(api, uri);
    }

    // One mapper per Jackson failure, so that each is more specific than the ones quarkus-rest-jackson brings.
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidNull(InvalidNullException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response tooManyItems(BoundedLists.TooManyItems e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return jackson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return signInFirst(uri, Refusals::sign_in_first);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri,
            jakarta.ws.rs.core.HttpHeaders headers) {
        Response answer = signInFirst(uri, Refusals::credentials_invalid);
        // A browser keeps sending the cookie of a session that was ended elsewhere (password changed, signed out
        // everywhere); even the login page would then redirect to itself until the cookie expires. Drop it.
        if (headers != null && headers.getHeaderString("Authorization") == null
                && headers.getCookies().containsKey(SESSION_COOKIE)) {
            return Response.fromResponse(answer).cookie(new jakarta.ws.rs.core.NewCookie.Builder(SESSION_COOKIE).value("")
                    .path("/").maxAge(0).httpOnly(true).sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).build())
                    .build();
        }
        return answer;
    }

    /** quarkus.http.auth.form.cookie-name, left at its default. */
    static final String SESSION_COOKIE = "quarkus-credential";

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        Phrase detail = e instanceof Forbidden refusal ? refusal.phrase()
                : e.getMessage() == null || e.getMessage().isBlank() ? Refusals::forbidden : r -> e.getMessage();
        return respond(new Problem("urn:pacta:problem:forbidden", "Forbidden", 403, detail, path(uri), null));
    }

    /** API clients get a 401 problem; browsers on pages are sent to the login page. */
    private Response signInFirst(UriInfo uri, Phrase detail) {
        String path = path(uri);
        if (path != null && !path.startsWith("/api/") && !path.startsWith("/q/")) {
            // Without proactive authentication a failed form sign-in surfaces here, on the form's own address.
            String page = path.equals("/j_security_check") ? "/login/error" : "/login";
            if (page.equals("/login") && htmlErrors.isResolvable()) {
                return htmlErrors.get().signInFirst();
            }
            return Response.status(Response.Status.FOUND).location(java.net.URI.create(page)).build();
        }
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer realm=\"pacta\"")
                .entity(new Problem("urn:pacta:problem:unauthorized", "Unauthorized", 401, detail, path, null)).build();
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleRace(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleRace(uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports a body it cannot parse as a bare 400 with the Jackson error as the cause.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jackson(json, uri);
        }
        // A query parameter that cannot be converted (page=abc) arrives as a 404 with the conversion error as its
        // cause, as JAX-RS prescribes; but the address exists, and it is the client's value that is wrong.
        if (e instanceof NotFoundException && e.getCause() != null) {
            String cause = e.getCause().getMessage();
            return respond(new Problem("urn:pacta:problem:bad-request", "Bad Request", 400,
                    r -> r.query_param_type(cause), path(uri), null));
        }
        Refusal form = UnreadableForms.of(e);
        if (form != null) {
            return api(form, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(new Problem("about:blank", "Internal Server Error", 500, Refusals::server_error, path(uri), null));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        // Pages take their own forms only; the API's advice (send JSON) would mislead there.
        Phrase detail = status == 415 && !isApi(path(uri)) ? Refusals::page_form_only : webDetail(status, e);
        return respond(new Problem("about:blank", title, status, detail, path(uri), null));
    }

    private Response jackson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e, path(uri)));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof Refusal api) {
                return api(api, uri);
            }
            root = root.getCause();
        }
        if (root instanceof Refusal api) {
            return api(api, uri);
        }
        Refusal form = UnreadableForms.of(e);
        if (form != null) {
            return api(form, uri);
        }
        if (SqlStates.any(e, UNSTORABLE_TEXT)) {
            return unstorableText(uri);
        }
        if (root instanceof JsonProcessingException json) {
            return jackson(json, uri);
        }
        if (root instanceof io.quarkus.security.UnauthorizedException u) {
            return unauthorized(u, uri);
        }
        if (root instanceof io.quarkus.security.AuthenticationFailedException a) {
            return authenticationFailed(a, uri, headers);
        }
        if (root instanceof io.quarkus.security.ForbiddenException f) {
            return forbidden(f, uri);
        }
        if (root instanceof OptimisticLockException || root instanceof StaleStateException) {
            return staleRace(uri);
        }
        if (SqlStates.isUniqueViolationOf(e, "_reference_uk")) { // two writes took one reference at once (V13 keys)
            return respond(new Problem("urn:pacta:problem:conflict", "Conflict", 409, Refusals::reference_race, path(uri), null));
        }
        if (SqlStates.isUniqueViolation(e)) {
            // A unique key lost a race with a simultaneous identical write.
            return staleRace(uri);
        }
        if (SqlStates.any(e, BUSY) || root instanceof jakarta.persistence.LockTimeoutException
                || root instanceof jakarta.persistence.QueryTimeoutException) {
            // Another transaction held the rows this write needed for longer than the lock timeout: nothing was
            // written, and the same request succeeds once that transaction ends.
            LOG.warnf("Busy: %s answered 503 (%s)", path(uri), root.getMessage());
            return Response.fromResponse(respond(new Problem("urn:pacta:problem:busy", "Service Unavailable", 503,
                    Refusals::busy, path(uri), null))).header("Retry-After", "2").build();
        }
        if (BrokenBodies.brokeOff(e)) {
            return respond(new Problem("urn:pacta:problem:malformed", "Bad Request", 400, Refusals::body_broken, path(uri), null));
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem("about:blank", "Internal Server Error", 500, Refusals::server_error, path(uri), null));
    }

    /**
     * PostgreSQL refuses text with a NUL character, even as a query parameter (SQLSTATE 22021, and 22P05 for
     * JSON): whatever value of the request carried it (a party code in the path, a search term, a cell of a CSV
     * file), the request is at fault, not the server. H2 stores NUL, so on H2 the same request gets its usual answer.
     */
    /** Lock timeout (H2 HYT00, PostgreSQL 55P03), a statement cancelled by its timeout (57014), a deadlock (40001, 40P01). */
    private static final java.util.Set<String> BUSY = java.util.Set.of("HYT00", "55P03", "57014", "40001", "40P01");

    private static final java.util.Set<String> UNSTORABLE_TEXT = java.util.Set.of("22021", "22P05");

    private Response unstorableText(UriInfo uri) {
        return respond(new Problem("urn:pacta:problem:bad-request", "Bad Request", 400, Refusals::nul_character, path(uri), null));
    }

    private Response staleRace(UriInfo uri) {
        return respond(new Problem("urn:pacta:problem:stale-version", "Conflict", 409, Refusals::stale_race, path(uri), null));
    }

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<HtmlErrors> htmlErrors;

    private static boolean isApi(String path) {
        return path == null || path.startsWith("/api/") || path.startsWith("/q/");
    }

    /** Pages answer with a page, the API with a problem document. */
    private Response respond(Problem problem) {
        if (!isApi(problem.instance()) && htmlErrors.isResolvable()) {
            return htmlErrors.get().render(problem);
        }
        return json(problem);
    }

    static Response json(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Phrase webDetail(int status, WebApplicationException e) {
        String message = e.getMessage() == null ? "The request could not be processed." : e.getMessage();
        return switch (status) {
            case 404 -> Refusals::nothing_here;
            case 405 -> Refusals::method_not_allowed;
            case 406 -> Refusals::media_not_acceptable;
            case 413 -> Refusals::too_large;
            case 415 -> Refusals::media_unsupported;
            default -> r -> message;
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.body.owner.email" -> "owner.email", "create.body.tags[1].<list element>" -> "tags[1]": drop the
        // method and parameter names and the validator's marker for list elements.
        String path = v.getPropertyPath().toString().replace(".<list element>", "");
        String[] parts = path.split("\\.", 3);
        // A violation on the body itself ("create.in") is about the whole request, not a field.
        return parts.length == 3 ? parts[2] : null;
    }
}
