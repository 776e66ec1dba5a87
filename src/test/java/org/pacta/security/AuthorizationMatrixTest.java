package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.security.AuthorizationMatrixTest.Persona.ANONYMOUS;
import static org.pacta.security.AuthorizationMatrixTest.Persona.EXPIRED_TOKEN;
import static org.pacta.security.AuthorizationMatrixTest.Persona.REVOKED_TOKEN;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.pacta.notify.Notification;
import org.pacta.notify.Subscription;
import org.pacta.notify.UnsubscribeLinks;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * Every operation of the API and the pages, for every kind of caller, with the status each must get. The
 * operations are those of the OpenAPI document: an endpoint added without a row here fails
 * {@link #theMatrixCoversEveryOperationInTheOpenApiDocument()}.
 *
 * <p>Reads share one fixture (two parties playing IR and BY, a non-public agreement between them, a commitment
 * each side is responsible for, a milestone, a monitor's subscription, a notification). Writes get a fresh
 * target per cell, so a write that succeeds for one caller does not change what the next one meets. Bodies are
 * valid, so that an allowed write succeeds (2xx); the exceptions, noted on their rows, are calls whose success
 * would end the caller's own credentials or could not be arranged without side effects: there the allowed
 * caller gets past every permission check to the validation or state check (422, 409), while a refused caller
 * is stopped before it (401, 403, 404).
 *
 * <p>Conventions checked here: a signed-out caller is 401 on anything that needs an account and 404 on a
 * non-public item (its existence is not revealed); a role without the right is 403; someone else's
 * subscription is 404; an expired or revoked token is 401 everywhere under /api, and pages send it to the
 * login page.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** The callers, in the order of each row's expected statuses. */
    enum Persona {
        ADMIN, OFFICIAL_IR, OFFICIAL_BY, MONITOR, ANONYMOUS, EXPIRED_TOKEN, REVOKED_TOKEN
    }

    @Inject
    MutableClock clock;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    private Fixture f;
    private final List<Long> notifications = new ArrayList<>();

    /** Shared items the reads look at, and one token per persona. */
    private static final class Fixture {
        String ir;
        String by;
        long sharedAgreement;
        long publicAgreement;
        long irCommitment;
        long milestone;
        long subscription;
        String calendarToken;
        long notification;
        final Map<Persona, String> tokens = new EnumMap<>(Persona.class);
        Account monitor;
        Account officialBy;
    }

    /** What one cell sends: path parameters, and a JSON, CSV or form body (forms go with the page's CSRF pair). */
    private static final class Send {
        final Map<String, Object> pathParams = new LinkedHashMap<>();
        Object json;
        String csv;
        Map<String, String> form;
        Map<String, String> mailClientForm;
        byte[] upload;

        Send path(String name, Object value) {
            pathParams.put(name, value);
            return this;
        }

        Send json(Object body) {
            this.json = body;
            return this;
        }

        Send csv(String body) {
            this.csv = body;
            return this;
        }

        Send form(Map<String, String> fields) {
            this.form = fields;
            return this;
        }

        /** A file uploaded as multipart/form-data, in the field "file". */
        Send upload(byte[] file) {
            this.upload = file;
            return this;
        }

        /** A form posted by a program that has no cookies, such as a mail client's one-click unsubscribe. */
        Send mailClientForm(Map<String, String> fields) {
            this.mailClientForm = fields;
            return this;
        }
    }

    private record Row(String method, String template, Function<Persona, Send> request, Map<Persona, Integer> expected,
            String note) {

        String operation() {
            return method + " " + template;
        }
    }

    private static Send send() {
        return new Send();
    }

    /** Statuses in {@link Persona} order. */
    private static Map<Persona, Integer> expect(int... statuses) {
        assertEquals(Persona.values().length, statuses.length, "one status per persona");
        Map<Persona, Integer> m = new EnumMap<>(Persona.class);
        for (Persona p : Persona.values()) {
            m.put(p, statuses[p.ordinal()]);
        }
        return m;
    }

    private final List<Row> rows = new ArrayList<>();

    private void row(String method, String template, Function<Persona, Send> request, Map<Persona, Integer> expected) {
        rows.add(new Row(method, template, request, expected, null));
    }

    private void row(String method, String template, String note, Function<Persona, Send> request,
            Map<Persona, Integer> expected) {
        rows.add(new Row(method, template, request, expected, note));
    }

    // Shorthands for the common shapes of a row.
    //                                        ADMIN OFF_IR OFF_BY MONITOR ANON EXPIRED REVOKED
    private static final Map<Persona, Integer> EVERYONE_READS = expect(200, 200, 200, 200, 200, 401, 401);
    private static final Map<Persona, Integer> SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS =
            expect(200, 200, 200, 200, 404, 401, 401);
    private static final Map<Persona, Integer> SIGNED_IN_ONLY = expect(200, 200, 200, 200, 401, 401, 401);
    private static final Map<Persona, Integer> ADMIN_ONLY = expect(200, 403, 403, 403, 401, 401, 401);

    private void defineRows() {
        // --- parties
        row("GET", "/api/parties", p -> send(), EVERYONE_READS);
        row("GET", "/api/parties/{code}", p -> send().path("code", f.ir), EVERYONE_READS);
        row("POST", "/api/parties", p -> send().json(Api.partyBody("UTC")), expect(201, 403, 403, 403, 401, 401, 401));
        row("PUT", "/api/parties/{code}", p -> send().path("code", Api.party())
                .json(Body.of("name", unique("Ministry"), "timeZone", "UTC", "version", 0)), ADMIN_ONLY);
        row("DELETE", "/api/parties/{code}", p -> send().path("code", Api.party()), expect(204, 403, 403, 403, 401, 401, 401));
        row("GET", "/api/parties/{code}/holidays", p -> send().path("code", f.ir), EVERYONE_READS);
        row("POST", "/api/parties/{code}/holidays", p -> send().path("code", f.ir)
                .json(Body.of("every", "07-03", "name", "Independence Day")), expect(201, 403, 403, 403, 401, 401, 401));
        row("DELETE", "/api/holidays/{id}", p -> send().path("id", Api.json().body(Body.of("date", "2026-07-03", "name",
                "Day off")).post("/api/parties/{code}/holidays", Api.party()).then().statusCode(201).extract().jsonPath()
                .getLong("holidays[0].id")), expect(204, 403, 403, 403, 401, 401, 401));

        // --- agreements
        row("GET", "/api/agreements", p -> send(), EVERYONE_READS);
        row("GET", "/api/agreements/{id}", p -> send().path("id", f.sharedAgreement), SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("POST", "/api/agreements", "an official creates agreements that include one of their parties",
                p -> send().json(Api.agreementBody(f.ir)), expect(201, 201, 403, 403, 401, 401, 401));
        row("POST", "/api/agreements/import", "a whole roadmap that includes the official's party",
                p -> send().json(roadmap()), expect(201, 201, 403, 403, 401, 401, 401));
        row("PUT", "/api/agreements/{id}", "officials of the agreement's parties edit it",
                p -> send().path("id", Api.agreement(f.ir)).json(Api.agreementBody(f.ir).with("version", 0)),
                expect(200, 200, 403, 403, 401, 401, 401));
        row("DELETE", "/api/agreements/{id}", "administrators only",
                p -> send().path("id", Api.agreement(f.ir, f.by)), expect(204, 403, 403, 403, 401, 401, 401));
        row("GET", "/api/agreements/{id}/export", p -> send().path("id", f.sharedAgreement),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("GET", "/api/agreements/{id}/commitments/export", p -> send().path("id", f.sharedAgreement),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("GET", "/api/agreements/{id}/ledger", p -> send().path("id", f.sharedAgreement),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("GET", "/api/agreements/{id}/ledger/head", p -> send().path("id", f.sharedAgreement),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("GET", "/api/ledger/public-key", p -> send(), EVERYONE_READS);
        row("GET", "/api/agreements/{id}/reviews", p -> send().path("id", f.sharedAgreement),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("POST", "/api/agreements/{id}/reviews", "officials of the agreement's parties",
                p -> send().path("id", Api.agreement(f.ir)).json(Body.of("notes", "Reviewed at the matrix meeting")),
                expect(201, 201, 403, 403, 401, 401, 401));

        // --- commitments
        row("GET", "/api/commitments", p -> send(), EVERYONE_READS);
        row("GET", "/api/agreements/{id}/commitments", p -> send().path("id", f.sharedAgreement),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("POST", "/api/agreements/{id}/commitments", "only for a party one acts for",
                p -> send().path("id", f.sharedAgreement).json(Api.commitmentBody(f.ir)),
                expect(201, 201, 403, 403, 401, 401, 401));
        row("POST", "/api/agreements/{id}/commitments/import", "only for a party one acts for",
                p -> send().path("id", f.sharedAgreement)
                        .csv("title,responsibleParty,dueDate\n" + unique("Imported") + "," + f.ir + ",2026-04-30\n"),
                expect(201, 201, 403, 403, 401, 401, 401));
        row("GET", "/api/commitments/{id}", p -> send().path("id", f.irCommitment), SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("PUT", "/api/commitments/{id}", "the responsible party's officials",
                p -> send().path("id", freshIrCommitment()).json(Api.commitmentBody(f.ir).with("version", 0)),
                expect(200, 200, 403, 403, 401, 401, 401));
        row("DELETE", "/api/commitments/{id}", p -> send().path("id", freshIrCommitment()),
                expect(204, 204, 403, 403, 401, 401, 401));
        row("POST", "/api/commitments/{id}/deadline", p -> send().path("id", freshIrCommitment())
                .json(Body.of("dueDate", "2026-05-15", "reason", "The matrix says so")), expect(200, 200, 403, 403, 401, 401, 401));
        row("GET", "/api/commitments/{id}/deadline-changes", p -> send().path("id", f.irCommitment),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("GET", "/api/commitments/{id}/updates", p -> send().path("id", f.irCommitment),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("POST", "/api/commitments/{id}/updates", p -> send().path("id", freshIrCommitment())
                .json(Body.of("status", "IN_PROGRESS", "percentComplete", 10, "note", "Under way")),
                expect(201, 201, 403, 403, 401, 401, 401));
        row("GET", "/api/commitments/{id}/history", "signed-in people only", p -> send().path("id", f.irCommitment),
                SIGNED_IN_ONLY);

        // --- milestones
        row("GET", "/api/commitments/{id}/confirmation", p -> send().path("id", f.irCommitment),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("POST", "/api/commitments/{id}/confirmation", "officials of another party than the responsible one",
                p -> send().path("id", doneIrCommitment()).json(Body.of("verdict", "CONFIRMED")),
                expect(403, 403, 201, 403, 401, 401, 401));
        row("POST", "/api/commitments/{id}/confirmation/answer", "the responsible party, while disputed",
                p -> send().path("id", disputed(doneIrCommitment(), "commitments")).json(Body.of("note", "See again")),
                expect(201, 201, 403, 403, 401, 401, 401));
        row("GET", "/api/milestones/{id}/confirmation", p -> send().path("id", f.milestone),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("POST", "/api/milestones/{id}/confirmation", "officials of another party than the responsible one",
                p -> send().path("id", reachedMilestone()).json(Body.of("verdict", "CONFIRMED")),
                expect(403, 403, 201, 403, 401, 401, 401));
        row("POST", "/api/milestones/{id}/confirmation/answer", "the responsible party, while disputed",
                p -> send().path("id", disputed(reachedMilestone(), "milestones")).json(Body.of("note", "See again")),
                expect(201, 201, 403, 403, 401, 401, 401));
        row("GET", "/api/commitments/{id}/milestones", p -> send().path("id", f.irCommitment),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("POST", "/api/commitments/{id}/milestones", p -> send().path("id", freshIrCommitment())
                .json(milestoneBody()), expect(201, 201, 403, 403, 401, 401, 401));
        row("PUT", "/api/milestones/{id}", p -> send().path("id", freshMilestone())
                .json(milestoneBody().with("version", 0)), expect(200, 200, 403, 403, 401, 401, 401));
        row("DELETE", "/api/milestones/{id}", p -> send().path("id", freshMilestone()),
                expect(204, 204, 403, 403, 401, 401, 401));

        // --- spreadsheet imports
        row("POST", "/api/imports/preview", "officials and administrators; nothing is saved",
                p -> send().upload("Title,Deadline\nSign the protocol,2026-04-30\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                expect(200, 200, 200, 403, 401, 401, 401));

        row("POST", "/api/imports", "officials and administrators; a file without a target agreement is then a 400",
                p -> send().upload("Title,Deadline\nSign the protocol,2026-04-30\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                expect(400, 400, 400, 403, 401, 401, 401));
        row("GET", "/api/imports/template", "officials and administrators", p -> send(),
                expect(200, 200, 200, 403, 401, 401, 401));

        // --- reports and feeds
        row("GET", "/api/reports/overdue", p -> send(), EVERYONE_READS);
        row("GET", "/api/reports/scorecard", "anonymous readers get the public agreements' figures", p -> send(),
                EVERYONE_READS);
        // Open data: a public agreement's files are everyone's; a non-public one's are no one's (PublicRecordTest).
        for (String file : List.of("commitments.csv", "commitments.json", "history.csv", "history.json")) {
            row("GET", "/api/agreements/{id}/open-data/" + file, "public agreements only, to everyone",
                    p -> send().path("id", f.publicAgreement), EVERYONE_READS);
        }
        row("GET", "/api/calendar/agreements/{id}.ics", p -> send().path("id", f.sharedAgreement),
                SIGNED_IN_READS_HIDDEN_FROM_ANONYMOUS);
        row("GET", "/api/calendar/parties/{code}.ics", "anonymous readers get the public part",
                p -> send().path("code", f.ir), EVERYONE_READS);
        row("GET", "/api/calendar/{token}.ics", "the address is the key: whoever has it reads the feed",
                p -> send().path("token", f.calendarToken), EVERYONE_READS);
        row("GET", "/api/followup/status", p -> send(), SIGNED_IN_ONLY);

        // --- subscriptions: everyone signed in has their own; someone else's is answered as missing
        row("GET", "/api/subscriptions", p -> send(), SIGNED_IN_ONLY);
        row("POST", "/api/subscriptions", p -> send().json(subscriptionBody()), expect(201, 201, 201, 201, 401, 401, 401));
        row("GET", "/api/subscriptions/{id}", p -> send().path("id", f.subscription),
                expect(200, 404, 404, 200, 401, 401, 401));
        row("PUT", "/api/subscriptions/{id}", p -> send().path("id", freshMonitorSubscription())
                .json(subscriptionBody().with("version", 0)), expect(200, 404, 404, 200, 401, 401, 401));
        row("DELETE", "/api/subscriptions/{id}", p -> send().path("id", freshMonitorSubscription()),
                expect(204, 404, 404, 204, 401, 401, 401));
        row("POST", "/api/subscriptions/{id}/calendar-token", "a new calendar address, the old one stops",
                p -> send().path("id", freshMonitorSubscription()), expect(200, 404, 404, 200, 401, 401, 401));

        // --- the outbox (administrators)
        row("GET", "/api/notifications", p -> send(), ADMIN_ONLY);
        row("GET", "/api/notifications/{id}", p -> send().path("id", f.notification), ADMIN_ONLY);
        row("POST", "/api/notifications/{id}/retry", "a DEAD notification goes back to PENDING",
                p -> send().path("id", freshDeadNotification()), ADMIN_ONLY);

        // --- accounts (administrators)
        row("GET", "/api/users", p -> send(), ADMIN_ONLY);
        row("GET", "/api/users/{id}", p -> send().path("id", f.monitor.id()), ADMIN_ONLY);
        row("POST", "/api/users", p -> send().json(Accounts.userBody(Accounts.uniqueEmail("new"), "monitor")),
                expect(201, 403, 403, 403, 401, 401, 401));
        row("PUT", "/api/users/{id}", p -> {
            Account someone = Accounts.createWithoutToken("monitor");
            return send().path("id", someone.id()).json(Body.of("email", someone.email(), "name", unique("Renamed"),
                    "role", "monitor", "version", 0));
        }, ADMIN_ONLY);
        row("DELETE", "/api/users/{id}", p -> send().path("id", Accounts.createWithoutToken("monitor").id()),
                expect(204, 403, 403, 403, 401, 401, 401));
        row("POST", "/api/users/{id}/sign-out-everywhere", p -> send().path("id", Accounts.createWithoutToken("monitor").id()),
                ADMIN_ONLY);
        row("GET", "/api/audit", p -> send(), ADMIN_ONLY);
        // On PostgreSQL an administrator is told to use pg_dump and amcheck instead (409).
        boolean h2 = "h2".equals(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.datasource.db-kind", String.class));
        row("POST", "/api/admin/database/check", p -> send(), expect(h2 ? 200 : 409, 403, 403, 403, 401, 401, 401));
        row("POST", "/api/admin/database/backup", p -> send(), expect(h2 ? 201 : 409, 403, 403, 403, 401, 401, 401));
        row("GET", "/q/metrics", "figures over every agreement, public or not (the scrape token: MetricsAccessTest)",
                p -> send(), ADMIN_ONLY);

        // --- my account
        row("GET", "/api/me", p -> send(), SIGNED_IN_ONLY);
        row("POST", "/api/me/password", "a wrong current password: success would end the persona's other tokens",
                p -> send().json(Body.of("currentPassword", "not the current password", "newPassword",
                        "a brand new passphrase 4417")), expect(422, 422, 422, 422, 401, 401, 401));
        row("GET", "/api/me/tokens", p -> send(), SIGNED_IN_ONLY);
        row("POST", "/api/me/tokens", p -> send().json(Body.of("name", "matrix", "expiresAt", daysAfterStart(30).toString())),
                expect(201, 201, 201, 201, 401, 401, 401));
        row("DELETE", "/api/me/tokens/{id}", "each persona revokes a token of their own",
                p -> send().path("id", freshOwnToken(p)), expect(204, 204, 204, 204, 401, 401, 401));

        // --- pages: a signed-out browser is sent to the login page (302), and so is one with dead credentials
        row("GET", "/", p -> send(), expect(200, 200, 200, 200, 200, 302, 302));
        row("GET", "/login", "someone signed in is sent on to the home page",
                p -> send(), expect(303, 303, 303, 303, 200, 302, 302));
        row("GET", "/login/error", p -> send(), expect(200, 200, 200, 200, 200, 302, 302));
        row("GET", "/account/password", p -> send(), expect(200, 200, 200, 200, 302, 302, 302));
        row("GET", "/agreements/{id}/feed.atom", "a public agreement's feed, for any feed reader",
                p -> send().path("id", f.publicAgreement), expect(200, 200, 200, 200, 200, 302, 302));
        row("POST", "/account/password", "a wrong current password: the form comes back with the error (422)",
                p -> send().form(Map.of("currentPassword", "not the current password", "newPassword",
                        "a brand new passphrase 4417")), expect(422, 422, 422, 422, 302, 302, 302));
        row("POST", "/logout", "a token is not a session: the answer only clears the (absent) session cookie",
                p -> send().form(Map.of()), expect(303, 303, 303, 303, 302, 302, 302));
        row("GET", "/unsubscribe/{token}", "the signed link is the only key, whoever follows it",
                p -> send().path("token", unsubscribeToken(freshMonitorSubscription())), expect(200, 200, 200, 200, 200, 200, 200));
        row("POST", "/unsubscribe/{token}", "RFC 8058 one-click: the signed link is the only key, no cookie, no CSRF token",
                p -> send().path("token", unsubscribeToken(freshMonitorSubscription()))
                        .mailClientForm(Map.of("List-Unsubscribe", "One-Click")), expect(200, 200, 200, 200, 200, 200, 200));
    }

    // --- the fixture

    private Fixture fixture() {
        clock.set(TestClockProducer.START);
        Fixture x = new Fixture();
        f = x;
        x.ir = Api.party("Asia/Tehran");
        x.by = Api.party("Europe/Minsk");
        Account officialIr = Accounts.official(x.ir);
        Account officialBy = Accounts.official(x.by);
        x.officialBy = officialBy;
        x.monitor = Accounts.monitor();
        x.sharedAgreement = Api.agreement(x.ir, x.by);
        x.publicAgreement = Api.agreement(Api.agreementBody(x.ir, x.by).with("public", true));
        Api.commitment(x.publicAgreement, x.ir);
        x.irCommitment = Api.commitment(x.sharedAgreement, Api.commitmentBody(x.ir).with("owner",
                Map.of("name", "Owner of IR", "email", "owner.ir@example.org")));
        Api.commitment(x.sharedAgreement, x.by);
        x.milestone = Api.milestone(x.irCommitment, milestoneBody());
        JsonPath subscription = x.monitor.json().body(subscriptionBody()).post("/api/subscriptions").then()
                .statusCode(201).extract().jsonPath();
        x.subscription = subscription.getLong("id");
        String calendarUrl = subscription.getString("calendarUrl");
        x.calendarToken = calendarUrl.substring(calendarUrl.lastIndexOf('/') + 1, calendarUrl.length() - ".ics".length());
        x.notification = freshNotification(Notification.Status.SENT);

        // The holder of the dead tokens is an administrator: even the widest role gets nothing with them.
        Account holder = Accounts.admin();
        String revoked = Api.token(holder.email(), holder.password(), "to be revoked");
        long revokedId = holder.given().get("/api/me/tokens").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'to be revoked' }.id");
        holder.given().delete("/api/me/tokens/{id}", revokedId).then().statusCode(204);
        // A token made two days ago that lapsed yesterday.
        clock.set(TestClockProducer.START.minus(Duration.ofDays(2)));
        String expired = RestAssured.given().cookie(Accounts.SESSION_COOKIE, holder.signIn()).contentType(ContentType.JSON)
                .body(Map.of("name", "lapsed", "expiresAt", TestClockProducer.START.minus(Duration.ofDays(1)).toString()))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        clock.set(TestClockProducer.START);

        x.tokens.put(Persona.ADMIN, Api.adminToken());
        x.tokens.put(Persona.OFFICIAL_IR, officialIr.token());
        x.tokens.put(Persona.OFFICIAL_BY, officialBy.token());
        x.tokens.put(Persona.MONITOR, x.monitor.token());
        x.tokens.put(EXPIRED_TOKEN, expired);
        x.tokens.put(REVOKED_TOKEN, revoked);
        return x;
    }

    private long freshIrCommitment() {
        return Api.commitment(f.sharedAgreement, f.ir);
    }

    private long doneIrCommitment() {
        long id = freshIrCommitment();
        Api.markDone(id, "https://ir.example/act.pdf");
        return id;
    }

    private long reachedMilestone() {
        return Api.milestone(freshIrCommitment(), milestoneBody().with("completed", true));
    }

    /** The counterpart disputes the completion of the commitment or milestone. */
    private long disputed(long id, String collection) {
        f.officialBy.json().body(Body.of("verdict", "DISPUTED", "note", "Not so"))
                .post("/api/" + collection + "/{id}/confirmation", id).then().statusCode(201);
        return id;
    }

    private long freshMilestone() {
        return Api.milestone(freshIrCommitment(), milestoneBody());
    }

    private static Body milestoneBody() {
        return Body.of("title", unique("Checkpoint"), "dueAt", daysAfterStart(10).toString());
    }

    private Body subscriptionBody() {
        return Body.of("scope", Map.of("commitmentId", f.irCommitment), "channel", "email",
                "email", "watcher@example.org");
    }

    private long freshMonitorSubscription() {
        return f.monitor.json().body(subscriptionBody()).post("/api/subscriptions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private String unsubscribeToken(long subscription) {
        String url = unsubscribeLinks.forSubscription(subscription);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private Body roadmap() {
        return Body.of("format", "pacta.roadmap.v1",
                "agreement", Map.of("title", unique("Imported roadmap"), "parties", List.of(f.ir)),
                "parties", List.of(Map.of("code", f.ir, "name", "Ministry", "timeZone", "Asia/Tehran")),
                "commitments", List.of());
    }

    /** A token of the persona's own (of the admin's for those who have none). */
    private long freshOwnToken(Persona p) {
        String token = switch (p) {
            case ANONYMOUS, EXPIRED_TOKEN, REVOKED_TOKEN -> Api.adminToken();
            default -> f.tokens.get(p);
        };
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "to revoke", "expiresAt", daysAfterStart(30).toString()))
                .post("/api/me/tokens").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long freshDeadNotification() {
        return freshNotification(Notification.Status.DEAD);
    }

    /** An outbox row for the fixture's subscription, written directly: making one through the sweep is not this test's business. */
    private long freshNotification(Notification.Status status) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            Notification n = new Notification();
            n.idempotencyKey = "matrix:" + java.util.UUID.randomUUID();
            n.kind = Notification.Kind.DUE_SOON;
            n.stage = "P3D";
            n.commitmentId = f.irCommitment;
            n.occurrence = now;
            n.recipientKind = Notification.RecipientKind.SUBSCRIPTION;
            n.subscriptionId = f.subscription;
            n.channel = Subscription.Channel.EMAIL;
            n.recipient = "watcher@example.org";
            n.notBefore = now;
            n.status = status;
            n.attempts = status == Notification.Status.DEAD ? 8 : 1;
            n.lastError = status == Notification.Status.DEAD ? "550 mailbox unavailable" : null;
            n.createdAt = now;
            n.persist();
            return n.id;
        });
        notifications.add(id);
        return id;
    }

    /** Nothing this test put in the outbox may be sent by another test's dispatcher run. */
    @AfterAll
    void cancelTheOutboxRows() {
        if (!notifications.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> Notification.update("status = ?1 where id in ?2",
                    Notification.Status.CANCELLED, notifications));
        }
        clock.set(TestClockProducer.START);
    }

    // --- running a cell

    private Response call(Row row, Persona who) {
        Send s = row.request().apply(who);
        RequestSpecification r = RestAssured.given().redirects().follow(false);
        String token = f.tokens.get(who);
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        r.pathParams(s.pathParams);
        if (s.json != null) {
            r.contentType(ContentType.JSON).body(s.json);
        } else if (s.csv != null) {
            r.contentType("text/csv").body(s.csv);
        } else if (s.form != null) {
            // A browser posts the form of a page it was shown, with that page's CSRF field and cookie.
            RequestSpecification browser = RestAssured.given().redirects().follow(false);
            if (token != null) {
                browser.header("Authorization", "Bearer " + token);
            }
            Response page = browser.get("/");
            if (page.statusCode() == 200 && page.asString().contains(Accounts.CSRF_FIELD)) {
                Accounts.Csrf csrf = Accounts.csrfFrom(page);
                r.cookie(Accounts.CSRF_COOKIE, csrf.cookie()).formParam(Accounts.CSRF_FIELD, csrf.field());
            }
            r.contentType(ContentType.URLENC).formParams(s.form);
        } else if (s.upload != null) {
            r.multiPart("file", "plan.csv", s.upload, "text/csv");
        } else if (s.mailClientForm != null) {
            r.contentType(ContentType.URLENC).formParams(s.mailClientForm);
        } else if (row.method().equals("POST")) {
            // Without a body REST Assured would send a form media type; an API client sends none or JSON.
            r.contentType(ContentType.JSON);
        }
        return r.request(row.method(), row.template());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryCaller() {
        f = fixture();
        rows.clear();
        defineRows();
        return rows.stream().flatMap(row -> Stream.of(Persona.values()).map(who -> DynamicTest.dynamicTest(
                row.operation() + " as " + who + " → " + row.expected().get(who), () -> {
                    int expected = row.expected().get(who);
                    Response answer = call(row, who);
                    assertEquals(expected, answer.statusCode(), () -> row.operation() + " as " + who
                            + (row.note() == null ? "" : " (" + row.note() + ")") + ": " + answer.asString());
                    if (row.template().startsWith("/api/") && expected >= 400) {
                        assertThat(answer.contentType(), startsWith(Api.PROBLEM_JSON));
                        assertThat(answer.jsonPath().getInt("status"), equalTo(expected));
                    }
                    if (expected == 302) {
                        assertThat(answer.header("Location"), org.hamcrest.Matchers.endsWith("/login"));
                    }
                })));
    }

    @Test
    void theMatrixCoversEveryOperationInTheOpenApiDocument() {
        if (rows.isEmpty()) {
            defineRows();
        }
        Map<String, Map<String, Object>> paths = RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        Set<String> inMatrix = rows.stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rows.size(), inMatrix.size(), "each operation has one row");

        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(inMatrix);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.removeAll(documented);
        // The pages of the web UI are not part of the API document; their rows stay here as a check of the sign-in
        // pages (every page is covered per persona by the web tests).
        stale.removeIf(op -> !op.contains(" /api/") && !op.contains(" /unsubscribe/"));
        assertEquals(Set.of(), missing, "operations without a row in the authorization matrix");
        assertEquals(Set.of(), stale, "rows for operations the API no longer has");
    }
}
