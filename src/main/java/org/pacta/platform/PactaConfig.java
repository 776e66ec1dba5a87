package org.pacta.platform;

import io.smallrye.config.ConfigMapping;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

    Admin admin();

    Security security();

    Followup followup();

    Dispatch dispatch();

    Webhooks webhooks();

    Mail mail();

    Backup backup();
    Metrics metrics();

    Imports imports();

    Ledger ledger();

    Scorecard scorecard();

    interface Demo {
        /** Load the demo roadmap into an empty database at start-up. */
        @WithDefault("false")
        boolean enabled();

        /** Class-path resource of the demo roadmap document. */
        @WithDefault("demo/iran-belarus-roadmap.json")
        String resource();
    }

    interface Admin {
        /** The first administrator's email, used when the database has no account yet. */
        @WithDefault("admin@pacta.local")
        String email();

        /** Their password; without it a one-time password is generated and printed once in the log. */
        Optional<String> password();
    }

    interface Security {
        /** Mark session cookies Secure (off only in development over plain HTTP). */
        @WithDefault("true")
        boolean secureCookies();

        /** Failed sign-ins for one account before each further attempt is slowed down. */
        @WithDefault("3")
        int freeLoginFailures();

        /** Failed sign-ins from one address (many people may share it) before attempts from it are slowed down. */
        @WithDefault("20")
        int freeAddressFailures();

        /** The longest a sign-in attempt is held back. */
        @WithDefault("PT30S")
        Duration maxLoginDelay();

        /**
         * bcrypt's cost for new password hashes (2^cost rounds; a hash keeps the cost it was made with). 12 takes
         * about a quarter of a second here; the test profile uses 4 so that its thousands of accounts and sign-ins
         * do not spend minutes hashing.
         */
        @WithDefault("12")
        @Min(4)
        @Max(31)
        int passwordCost();
    }

    interface Followup {
        /** Whether this node runs the sweep, review and digest jobs (with Quartz clustered, one node at a time). */
        @WithDefault("true")
        boolean enabled();

        /** How often the deadline sweep runs. */
        @WithDefault("60s")
        String sweepEvery();

        /** How often due reviews are looked for. */
        @WithDefault("60s")
        String reviewEvery();

        /** How often due digests are looked for. */
        @WithDefault("60s")
        String digestEvery();

        /**
         * Notifications a sweep writes per transaction, about: a batch of due items stops at the item that reaches it
         * (the rest follow in the next batch), so that many subscribers do not make one transaction outlive its timeout.
         */
        @WithDefault("5000")
        int notificationsPerBatch();

        /** Items of a new or changed subscription brought forward per transaction (followup.CatchUp). */
        @WithDefault("5000")
        int catchUpBatch();

        /** Items of new or changed subscriptions brought forward per sweep, shared among them. */
        @WithDefault("50000")
        int catchUpPerSweep();

        /**
         * How long the other parties have to confirm a reported completion before they are reminded of it as of a
         * deadline (its ladder, digests and escalation run from the moment they were asked plus this wait).
         */
        @WithDefault("P14D")
        Duration confirmationWait();
    }

    interface Dispatch {
        /** Whether this node sends notifications (a node may be kept for pages and reports only). */
        @WithDefault("true")
        boolean enabled();

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

        /**
         * How long a receiver may take to answer, counted without the time this node itself stood still. A receiver
         * that answers later may have the message: it is sent again with the same webhook-id.
         */
        @WithDefault("PT10S")
        Duration timeout();
    }

    interface Mail {
        /** The domain part of Message-IDs. */
        @WithDefault("pacta.local")
        String messageIdDomain();

        /**
         * How long one SMTP exchange may take, from connecting to the server's answer to the message, counted without
         * the time this node itself stood still. Past it the message may have been accepted: it is sent again with
         * the same Message-ID.
         */
        @WithDefault("PT2M")
        Duration timeout();
    }

    interface Backup {
        /** Where POST /api/admin/database/backup writes the embedded database's backups (created when missing). */
        @WithDefault("./data/backups")
        String dir();
    }

    interface Metrics {
        /**
         * The key a Prometheus server sends (Authorization: Bearer …) to read /q/metrics without an account; at least
         * 32 characters. Without it only administrators read the metrics.
         */
        Optional<String> token();
    }

    interface Imports {
        /**
         * The largest spreadsheet upload (the whole form, file included) on the import paths: POST /api/imports,
         * /api/imports/preview and the pages under /import, /imports and /agreements/{id}/import. Every other request
         * body stays under 1 MiB.
         */
        @WithDefault("20M")
        MemorySize maxFileSize();
    }

    interface Ledger {
        /**
         * Ed25519 private key (base64 of its PKCS#8 encoding) that signs the heads of agreements' hash chains; without
         * it heads are unsigned.
         */
        Optional<String> signingKey();
    }

    interface Scorecard {
        /**
         * Whether the ledger the scorecard reads is loaded into memory at start-up (in the background); otherwise at
         * the first scorecard request.
         */
        @WithDefault("true")
        boolean preload();
    }
}
