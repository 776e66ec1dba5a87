package org.pacta.followup;

import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A node is ready when its scheduler runs: without it no reminder would be decided or sent from it. */
@Readiness
@ApplicationScoped
public class SchedulerHealth implements HealthCheck {

    @Inject
    Scheduler scheduler;

    @ConfigProperty(name = "quarkus.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public HealthCheckResponse call() {
        if (!enabled) {
            return HealthCheckResponse.named("scheduler").up().withData("state", "disabled by configuration").build();
        }
        boolean running = scheduler.isRunning();
        return HealthCheckResponse.named("scheduler").status(running).withData("state", running ? "running" : "stopped").build();
    }
}
