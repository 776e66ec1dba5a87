package org.pacta.followup;

import io.quarkus.security.Authenticated;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.notify.Notification;

@Path("/api/followup/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "The state of the follow-up jobs")
public class FollowupStatusResource {

    static final List<String> JOBS = List.of("deadline-sweep", "review-sweep", "daily-digests", "dispatch");

    @Inject
    FollowupState state;

    @Inject
    Scheduler scheduler;

    public record Status(boolean schedulerRunning, FollowupSweep.Result lastSweep, Map<String, Instant> nextRuns,
            Map<Notification.Status, Long> notifications, long overdueCommitments) {
    }

    @Authenticated
    @GET
    @Operation(summary = "Last sweep on this node, next runs, and the outbox by status")
    public Status status() {
        Map<String, Instant> next = new LinkedHashMap<>();
        // A scheduler switched off (quarkus.scheduler.enabled=false) refuses every question: no job has a next run.
        boolean started = scheduler.isStarted();
        for (String job : JOBS) {
            Trigger t = started ? scheduler.getScheduledJob(job) : null;
            next.put(job, t == null ? null : t.getNextFireTime());
        }
        Map<Notification.Status, Long> counts = new EnumMap<>(Notification.Status.class);
        for (Notification.Status s : Notification.Status.values()) {
            counts.put(s, 0L);
        }
        Notification.<Notification>find("select n.status, count(n) from Notification n group by n.status")
                .project(Object[].class).list()
                .forEach(row -> counts.put((Notification.Status) row[0], ((Number) row[1]).longValue()));
        return new Status(scheduler.isRunning(), state.lastSweep(), next, counts, state.overdue());
    }
}
