package org.pacta.notify;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reminder counters by kind and channel, for /q/metrics. */
@ApplicationScoped
public class NotifyMetrics {

    @Inject
    MeterRegistry registry;

    void created(Notification n) {
        registry.counter("pacta.reminders.created", "kind", n.kind.name(), "channel", n.channel.name()).increment();
    }

    void sent(Notification n) {
        registry.counter("pacta.reminders.sent", "kind", n.kind.name(), "channel", n.channel.name()).increment();
    }

    /** A receiver that did not answer in time: it may have the message, which goes out again with the same key. */
    void uncertain(Notification n) {
        registry.counter("pacta.reminders.uncertain", "kind", n.kind.name(), "channel", n.channel.name()).increment();
    }

    void failed(Notification n, boolean dead) {
        registry.counter("pacta.reminders.failed", "kind", n.kind.name(), "channel", n.channel.name(), "final",
                Boolean.toString(dead)).increment();
    }
}
