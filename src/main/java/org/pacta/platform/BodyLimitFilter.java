package org.pacta.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared-too-large body with a problem document before reading any of it. The HTTP layer enforces
 * the same limit for bodies sent without a length, but answers with an empty 413.
 */
@ApplicationScoped
public class BodyLimitFilter {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && limit.isPresent()) {
                Problem problem = null;
                try {
                    long declared = Long.parseLong(length.trim());
                    long max = limit.get().asLongValue();
                    if (declared > max) {
                        problem = new Problem("about:blank", "Content Too Large", 413, "The request body is " + declared
                                + " bytes; the limit is " + max + " bytes (1 MiB). Split it into smaller requests.",
                                rc.normalizedPath(), null, null);
                    }
                } catch (NumberFormatException e) {
                    problem = new Problem("about:blank", "Bad Request", 400, "The Content-Length header is not a number.",
                            rc.normalizedPath(), null, null);
                }
                if (problem != null) {
                    try {
                        rc.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                                .putHeader("Connection", "close").end(mapper.writeValueAsString(problem));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        rc.fail(e);
                    }
                    return;
                }
            }
            rc.next();
        }, 1000);
    }
}
