package org.pacta.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Keeps every request body within its path's limit and says so with a problem document: 1 MiB, or
 * {@code pacta.imports.max-file-size} for a spreadsheet upload. A body of declared length is refused before any of it
 * is read. A body sent in chunks, without a length, is read here as it arrives and refused as soon as it passes the
 * limit, then handed whole to the endpoint (Quarkus REST reads a body the router already holds): the HTTP layer's own
 * check of such bodies answered an empty 413 and let the endpoint go on to write a second answer over it.
 */
@ApplicationScoped
public class BodyLimitFilter {

    static final long LIMIT = 1024 * 1024;

    /** The upload paths: the import API, and the pages that take a file (the lead's pages live under /imports). */
    private static final Pattern UPLOADS = Pattern.compile("/api/imports(/preview)?/?|/imports(/.*)?|/import/?|/agreements/[^/]+/import/?");

    @Inject
    PactaConfig config;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        long uploads = config.imports().maxFileSize().asLongValue();
        if (uploads < LIMIT) {
            // The HTTP layer's ceiling is this setting (application.properties), and every other path needs 1 MiB.
            throw new IllegalStateException("pacta.imports.max-file-size must be at least 1M; it is " + uploads + " bytes.");
        }
        filters.register(rc -> {
            long max = UPLOADS.matcher(rc.normalizedPath()).matches() ? uploads : LIMIT;
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    answer(rc, new Problem("about:blank", "Bad Request", 400, "The Content-Length header is not a number.",
                            rc.normalizedPath(), null, null));
                    return;
                }
                if (declared > max) {
                    answer(rc, tooLarge(rc, "The request body is " + declared + " bytes", max));
                    return;
                }
                rc.next();
            } else if (sentInChunks(rc.request())) {
                readChunks(rc, max);
            } else {
                rc.next();
            }
        }, 1000);
    }

    private static boolean sentInChunks(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || request.version() == HttpVersion.HTTP_2 && !request.isEnded();
    }

    private void readChunks(RoutingContext rc, long max) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        long[] refused = {-1};
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            rc.response().writeContinue();
        }
        request.handler(data -> {
            if (refused[0] >= 0) {
                // The answer has left; what the client still sends is read and dropped (closing on unread data can
                // reset the connection before the client reads the answer), up to one more limit's worth.
                refused[0] += data.length();
                if (refused[0] > max) {
                    request.connection().close();
                }
            } else if (body.length() + (long) data.length() > max) {
                refused[0] = 0;
                answer(rc, tooLarge(rc, "The request body is more than " + max + " bytes", max));
            } else {
                body.appendBuffer(data);
            }
        });
        // A body that breaks off is answered by BrokenBodies; its answer must leave before the connection closes.
        request.exceptionHandler(failure -> BrokenBodies.flush(rc));
        request.endHandler(end -> {
            if (refused[0] >= 0) {
                request.connection().close();
            } else {
                rc.setBody(body);
                rc.next();
            }
        });
    }

    private static Problem tooLarge(RoutingContext rc, String what, long max) {
        String advice = max == LIMIT ? "Split it into smaller requests." : "Split the plan into smaller files.";
        return new Problem("about:blank", "Content Too Large", 413, what + "; the limit is " + max + " bytes ("
                + mebibytes(max) + "). " + advice, rc.normalizedPath(), null, null);
    }

    /** 1048576 → "1 MiB", 1572864 → "1.5 MiB". */
    static String mebibytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(LIMIT), 1, RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString() + " MiB";
    }

    private void answer(RoutingContext rc, Problem problem) {
        try {
            rc.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
