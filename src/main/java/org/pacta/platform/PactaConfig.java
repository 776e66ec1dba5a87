package org.pacta.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Pacta's own settings (DESIGN decision 13): typed, with defaults, checked at start-up. */
@ConfigMapping(prefix = "pacta")
public interface PactaConfig {

    /** The address people use to reach Pacta; links in emails and feeds start with it. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** Signs unsubscribe links; when absent a key is generated once and kept in the database. */
    Optional<String> signingKey();

    Demo demo();

    Followup followup();

    Dispatch dispatch();

    Webhooks webhooks();

    Mail mail();

    interface Demo {
        /** Load the demo roadmap into an empty database at start-up. */
        @WithDefault("false")
        boolean enabled();

        /** Class-path resource of the demo roadmap document. */
        @WithDefault("demo/iran-belarus-roadmap.json")
        String resource();
    }

    interface Followup {
        /** How often the deadline sweep runs. */
        @WithDefault("60s")
        String sweepEvery();

        /** How often due reviews are looked for. */
        @WithDefault("60s")
        String reviewEvery();

        /** How often due digests are looked for. */
        @WithDefault("60s")
        String digestEvery();
    }

    interface Dispatch {
        /** How often each node polls the outbox. */
        @WithDefault("5s")
        String every();

        /** Rows claimed at once. */
        @WithDefault("100")
        int batchSize();

        /** How long a claim lasts; a node that dies mid-send lets go of its rows after this. */
        @WithDefault("PT2M")
        Duration lease();

        /** Waits between attempts; the last repeats until max-attempts. */
        @WithDefault("PT30S,PT2M,PT10M,PT1H,PT6H")
        List<Duration> backoff();

        /** After this many failed attempts a notification is DEAD. */
        @WithDefault("8")
        int maxAttempts();

        /** Longest one dispatch run keeps claiming new batches. */
        @WithDefault("PT20S")
        Duration runBudget();
    }

    interface Webhooks {
        /** Allow webhook URLs on loopback, link-local and private networks (off in production). */
        @WithDefault("false")
        boolean allowPrivate();
    }

    interface Mail {
        /** The domain part of Message-IDs. */
        @WithDefault("pacta.local")
        String messageIdDomain();
    }
}
