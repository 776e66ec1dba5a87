package org.pacta.testsupport;

import static org.pacta.testsupport.Api.given;

import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds each test's own parties, agreements, commitments and subscriptions through the REST API, with names
 * no other test uses, so that tests can share one database in any order.
 */
public final class FollowupFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private FollowupFixtures() {
    }

    public static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }

    /** A fresh mailbox: {@code who-xxxxxxxx@example.org}. */
    public static String email(String who) {
        return SmtpServer.mailbox(who + "-" + random(10).toLowerCase() + "@example.org");
    }

    /**
     * Creates a party with a unique code (at most 16 characters) in the given zone; returns its code. It works every
     * day, so that ladders are seen apart from working weeks (WorkingWeekScenarioTest covers those).
     */
    public static String party(String zone) {
        String code = "F" + random(11);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Party " + code, "timeZone", zone, "workingDays",
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")))
                .post("/api/parties").then().statusCode(201);
        return code;
    }

    public static AgreementSpec agreement(String... parties) {
        return new AgreementSpec(List.of(parties));
    }

    public static CommitmentSpec commitment(long agreementId, String party) {
        return new CommitmentSpec(agreementId, party);
    }

    public static final class AgreementSpec {
        private final Map<String, Object> body = new LinkedHashMap<>();

        AgreementSpec(List<String> parties) {
            body.put("title", "Roadmap " + random(6));
            body.put("signedOn", "2026-01-15");
            body.put("parties", parties);
        }

        public AgreementSpec title(String title) {
            body.put("title", title);
            return this;
        }

        public AgreementSpec signedOn(String date) {
            body.put("signedOn", date);
            return this;
        }

        public AgreementSpec coordinators(String... emails) {
            body.put("coordinators", List.of(emails));
            return this;
        }

        public AgreementSpec remindOwners(boolean remind) {
            body.put("remindOwners", remind);
            return this;
        }

        public AgreementSpec reviewSchedule(String rrule) {
            body.put("reviewSchedule", rrule);
            return this;
        }

        public AgreementSpec reviewZone(String zone) {
            body.put("reviewZone", zone);
            return this;
        }

        public long create() {
            return given().contentType(ContentType.JSON).body(body).post("/api/agreements")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }

    public static final class CommitmentSpec {
        private final long agreementId;
        private final Map<String, Object> body = new LinkedHashMap<>();

        CommitmentSpec(long agreementId, String party) {
            this.agreementId = agreementId;
            body.put("title", "Commitment " + random(6));
            body.put("responsibleParty", party);
        }

        public CommitmentSpec title(String title) {
            body.put("title", title);
            return this;
        }

        public CommitmentSpec owner(String name, String email) {
            Map<String, Object> owner = new LinkedHashMap<>();
            owner.put("name", name);
            owner.put("email", email);
            body.put("owner", owner);
            return this;
        }

        public CommitmentSpec dueDate(LocalDate date) {
            body.put("dueDate", date.toString());
            return this;
        }

        public CommitmentSpec dueAt(Instant at) {
            body.put("dueAt", at.toString());
            return this;
        }

        public long create() {
            return given().contentType(ContentType.JSON).body(body)
                    .post("/api/agreements/" + agreementId + "/commitments")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }

    /** Subscribes; answers the created subscription (with its secret, for a webhook). */
    public static Map<String, Object> subscribe(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/subscriptions")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    public static Map<String, Object> webhookSubscription(Map<String, Object> scope, String url) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", scope);
        body.put("channel", "webhook");
        body.put("url", url);
        return body;
    }

    public static void deleteSubscription(Object id) {
        given().delete("/api/subscriptions/" + id).then().statusCode(204);
    }

    public static void progress(long commitmentId, String status, int percent, String... evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("percentComplete", percent);
        body.put("evidence", List.of(evidence));
        given().contentType(ContentType.JSON).body(body).post("/api/commitments/" + commitmentId + "/updates")
                .then().statusCode(201);
    }

    public static void reviseDeadline(long commitmentId, LocalDate dueDate, String reason) {
        given().contentType(ContentType.JSON).body(Map.of("dueDate", dueDate.toString(), "reason", reason))
                .post("/api/commitments/" + commitmentId + "/deadline").then().statusCode(200);
    }

    /** The outbox rows of one commitment (and its milestones), oldest first. */
    public static List<Map<String, Object>> notificationsOf(long commitmentId) {
        return list("commitment", Long.toString(commitmentId));
    }

    /** The outbox rows for one recipient (an email address or a webhook URL), oldest first. */
    public static List<Map<String, Object>> notificationsTo(String recipient) {
        return list("recipient", recipient);
    }

    public static List<Map<String, Object>> list(String filter, String value) {
        List<Map<String, Object>> items = new ArrayList<>(given().queryParam(filter, value).queryParam("size", 200)
                .get("/api/notifications").then().statusCode(200).extract().jsonPath().getList("items"));
        java.util.Collections.reverse(items);
        return items;
    }

    /** "STAGE STATUS" for each row, oldest first: a compact picture of what the outbox holds. */
    public static List<String> stagesAndStatuses(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.get("stage") + " " + r.get("status")).toList();
    }
}
