package org.pacta.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.pacta.platform.PactaConfig;

/**
 * Slows down repeated failed sign-ins, per account name and per client address, before the password is even
 * checked: after a few failures each attempt waits longer (doubling, up to a limit). Names that do not exist are
 * slowed down exactly like real ones, and the answer is the same, so nothing tells which accounts exist. It only
 * holds back (it answers no identity); {@link PasswordIdentityProvider} then checks the password. Counters live in
 * each node's memory and are forgotten a quarter of an hour after the last failure.
 */
@ApplicationScoped
public class LoginThrottle implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    private static final String ATTEMPT = "pacta.login.attempt";
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final String LOGIN_PATH = "/j_security_check";

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    PactaConfig config;

    @Inject
    Clock clock;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String account = "account:" + request.getUsername().strip().toLowerCase(Locale.ROOT);
        String address = rc == null ? null : "address:" + clientAddress(rc);
        if (rc != null) {
            rc.put(ATTEMPT, new String[] {account, address});
        }
        int free = config.security().freeLoginFailures();
        int overAccount = count(account) - free;
        int overAddress = address == null ? -1 : count(address) - config.security().freeAddressFailures();
        Duration wait = delay(Math.max(overAccount, overAddress));
        Uni<SecurityIdentity> passOn = Uni.createFrom().nullItem();
        if (wait.isZero()) {
            return passOn;
        }
        LOG.infof("Sign-in for %s held back %d ms after repeated failures", request.getUsername(), wait.toMillis());
        return passOn.onItem().delayIt().by(wait);
    }

    /** Counts the outcome of each POST to the form login, from the redirect it answers with. */
    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.request().method() == HttpMethod.POST && LOGIN_PATH.equals(rc.normalizedPath())) {
                rc.addHeadersEndHandler(v -> record(rc));
            }
            rc.next();
        }, 900);
    }

    private void record(RoutingContext rc) {
        String[] attempt = rc.get(ATTEMPT);
        if (attempt == null) {
            return;
        }
        String location = rc.response().headers().get("Location");
        boolean failed = rc.response().getStatusCode() != 302 || location == null || location.endsWith("/login/error");
        for (String key : attempt) {
            if (key == null) {
                continue;
            }
            if (failed) {
                Instant now = clock.instant();
                failures.compute(key, (k, f) -> f == null || f.last().plus(FORGET_AFTER).isBefore(now)
                        ? new Failures(1, now) : new Failures(f.count() + 1, now));
            } else if (key.startsWith("account:")) {
                failures.remove(key);
            }
        }
    }

    int count(String key) {
        Failures f = failures.get(key);
        if (f == null) {
            return 0;
        }
        if (f.last().plus(FORGET_AFTER).isBefore(clock.instant())) {
            failures.remove(key);
            return 0;
        }
        return f.count();
    }

    /** Nothing while within the free failures, then 1 s, 2 s, 4 s … up to the configured limit. */
    Duration delay(int beyondFree) {
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, beyondFree);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(config.security().maxLoginDelay()) > 0 ? config.security().maxLoginDelay() : d;
    }

    private static String clientAddress(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }
}
