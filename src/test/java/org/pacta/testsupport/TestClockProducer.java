package org.pacta.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Replaces the system clock in every @QuarkusTest with one the tests can move ({@code @Inject MutableClock}). */
public class TestClockProducer {

    public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Produces
    @Singleton
    MutableClock mutableClock() {
        return new MutableClock(START);
    }

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock(MutableClock clock) {
        return clock;
    }
}
