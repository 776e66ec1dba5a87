package org.pacta.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A chunked body that breaks off (a chunk size that is not hexadecimal, a chunk longer than it said) used to end
 * in a closed connection and no answer: Vert.x tells the exchange's exception handlers and closes the connection at
 * once, before any route could answer. The answer is written from the response's handler (the request's belongs to
 * whoever reads the body), so it leaves before the close.
 */
@ApplicationScoped
public class BrokenBodies {

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                rc.response().exceptionHandler(failure -> answer(rc));
                // An answer given before the body broke (a 401 that needed none of it) must leave too.
                rc.request().exceptionHandler(failure -> flush(rc));
            }
            rc.next();
        }, 3000);
    }

    /**
     * Whether reading the body failed because it broke off or the connection went away; the request's reader then
     * fails too, after the answer above left, and that is the client's doing, not a server error to log.
     */
    static boolean brokeOff(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A database file's channel closed under a statement is the server's failure, not the client's body.
            if (t instanceof java.sql.SQLException || t instanceof jakarta.persistence.PersistenceException
                    || t.getClass().getName().startsWith("org.h2.") || t.getClass().getName().startsWith("org.hibernate.")) {
                return false;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("Chunk") || name.contains("ClosedChannel") || name.equals("HttpClosedException")
                    || t instanceof NumberFormatException && String.valueOf(t.getMessage()).contains("chunk size")) {
                return true;
            }
        }
        return false;
    }

    private void answer(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten() || response.closed()) {
            return;
        }
        Problem problem = new Problem("urn:pacta:problem:malformed", "Bad Request", 400, Refusals::body_broken,
                rc.normalizedPath(), null);
        try {
            response.setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(400).putHeader(HttpHeaders.CONNECTION, "close").end();
        }
        flush(rc);
    }

    /**
     * Vert.x flushes what handlers wrote when it has finished reading, and the broken body makes it close the channel
     * first, which discards the answer; so it is flushed here (through Vert.x's own connection class).
     */
    static void flush(RoutingContext rc) {
        if (rc.request().connection() instanceof io.vertx.core.net.impl.ConnectionBase connection) {
            connection.flush();
        }
    }
}
