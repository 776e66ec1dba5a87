package org.pacta.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.pacta.platform.PactaConfig;

/**
 * Who may read /q/metrics (the {@code pacta-metrics} policy in application.properties): an administrator, signed in
 * or with an API token, or a scraper that sends the configured {@code pacta.metrics.token}. The figures cover every
 * agreement, public or not, so anyone else is refused: 401 without valid credentials, 403 for other accounts.
 */
@ApplicationScoped
public class MetricsAccess implements HttpSecurityPolicy {

    static final String NAME = "pacta-metrics";
    static final int MIN_TOKEN_LENGTH = 32;
    private static final String BEARER = "Bearer ";

    @Inject
    PactaConfig config;

    /** SHA-256 of the scrape token: compared digest to digest, in constant time, whatever the lengths. */
    private volatile Optional<byte[]> expected;

    void check(@Observes StartupEvent start) {
        requireLongEnough(config.metrics().token());
    }

    /** A short scrape token is a guessable key to figures over every agreement: Pacta does not start with one. */
    static void requireLongEnough(Optional<String> token) {
        token.map(String::strip).filter(t -> !t.isEmpty() && t.length() < MIN_TOKEN_LENGTH).ifPresent(t -> {
            throw new IllegalStateException("pacta.metrics.token (PACTA_METRICS_TOKEN) must be at least "
                    + MIN_TOKEN_LENGTH + " characters long; it is " + t.length());
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (isScrapeToken(request.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            return CheckResult.permit();
        }
        // Anyone else authenticates as usual: an unknown bearer token fails (401), an anonymous reader is challenged.
        return identity.map(id -> !id.isAnonymous() && id.hasRole("admin") ? CheckResult.PERMIT : CheckResult.DENY);
    }

    boolean isScrapeToken(String header) {
        Optional<byte[]> want = expected();
        if (want.isEmpty() || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(want.get(), sha256(header.substring(BEARER.length()).strip()));
    }

    private Optional<byte[]> expected() {
        Optional<byte[]> e = expected;
        if (e == null) {
            e = config.metrics().token().map(String::strip).filter(t -> !t.isEmpty()).map(MetricsAccess::sha256);
            expected = e;
        }
        return e;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
