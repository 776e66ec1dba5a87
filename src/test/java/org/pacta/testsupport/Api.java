package org.pacta.testsupport;

import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.Arc;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Use-case steps over the REST API, so that tests read as what a user does. Every step creates fresh data with
 * unique codes and titles: tests never depend on an empty database, seeded ids or each other.
 */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    /** The administrator the test profile creates at start (pacta.admin.* in application.properties). */
    public static final String ADMIN_EMAIL = "admin@pacta.test";
    public static final String ADMIN_PASSWORD = "test-admin-password-2026";

    private static String adminToken;

    /** A request as the administrator, through an API token (signed in once per test run). */
    public static RequestSpecification given() {
        return io.restassured.RestAssured.given().header("Authorization", "Bearer " + adminToken());
    }

    /** A request from someone who has not signed in. */
    public static RequestSpecification anonymous() {
        return io.restassured.RestAssured.given();
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = token(ADMIN_EMAIL, ADMIN_PASSWORD, "tests");
        }
        return adminToken;
    }

    /** Signs in through the login form; answers the session cookie's value. */
    public static String signIn(String email, String password) {
        return io.restassured.RestAssured.given().redirects().follow(false).formParam("j_username", email)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.endsWith("/")).extract().cookie("quarkus-credential");
    }

    /**
     * Signs in and creates an API token that lasts as long as any test moves the clock. A token may last at most a
     * year from the application's clock, so it is created with the clock at {@link TestClockProducer#START}, whatever
     * date the test that first needs it has set.
     */
    public static String token(String email, String password, String name) {
        MutableClock clock = Arc.container().instance(MutableClock.class).get();
        Instant was = clock.instant();
        clock.set(TestClockProducer.START);
        try {
            String session = signIn(email, password);
            return io.restassured.RestAssured.given().cookie("quarkus-credential", session).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "expiresAt", TestClockProducer.START.plus(Duration.ofDays(365)).toString()))
                    .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        } finally {
            clock.set(was);
        }
    }

    /** A party code nobody else uses: two letters and eight digits. */
    public static String uniqueCode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                + String.format("%08d", r.nextInt(100_000_000));
    }

    public static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant daysAfterStart(long days) {
        return TestClockProducer.START.plus(Duration.ofDays(days));
    }

    // --- parties

    public static Body partyBody(String zone) {
        return Body.of("code", uniqueCode(), "name", unique("Ministry"), "timeZone", zone);
    }

    public static String party() {
        return party("UTC");
    }

    /** Creates a party in the zone; answers its code. */
    public static String party(String zone) {
        return json().body(partyBody(zone)).post("/api/parties").then().statusCode(201).extract().path("code");
    }

    // --- agreements

    public static Body agreementBody(String... partyCodes) {
        return Body.of("title", unique("Roadmap"), "parties", List.of(partyCodes));
    }

    public static long agreement(String... partyCodes) {
        return agreement(agreementBody(partyCodes));
    }

    public static long agreement(Body body) {
        return json().body(body).post("/api/agreements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    // --- commitments

    /** A commitment due 30 days after the tests' start of time. */
    public static Body commitmentBody(String responsibleParty) {
        return Body.of("title", unique("Commitment"), "responsibleParty", responsibleParty,
                "dueAt", daysAfterStart(30).toString());
    }

    public static long commitment(long agreementId, Body body) {
        return json().body(body).post("/api/agreements/{id}/commitments", agreementId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long commitment(long agreementId, String responsibleParty) {
        return commitment(agreementId, commitmentBody(responsibleParty));
    }

    public static JsonPath getCommitment(long id) {
        return get("/api/commitments/" + id);
    }

    /** Everything a client can read about the commitment, to compare before and after a refused request. */
    public static Map<String, Object> commitmentState(long id) {
        return getCommitment(id).getMap("");
    }

    public static long milestone(long commitmentId, Body body) {
        return json().body(body).post("/api/commitments/{id}/milestones", commitmentId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void progress(long commitmentId, Body body) {
        json().body(body).post("/api/commitments/{id}/updates", commitmentId).then().statusCode(201);
    }

    public static void markDone(long commitmentId, String evidenceUrl) {
        progress(commitmentId, Body.of("status", "DONE", "evidence", List.of(evidenceUrl), "note", "Delivered"));
    }

    public static JsonPath reviseDeadline(long commitmentId, Body body) {
        return json().body(body).post("/api/commitments/{id}/deadline", commitmentId)
                .then().statusCode(200).extract().jsonPath();
    }

    // --- reading

    public static JsonPath get(String path) {
        return json().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The {@code total} of a list answer. */
    public static long total(String path) {
        return get(path).getLong("total");
    }

    public static long commitmentCount(long agreementId) {
        return total("/api/commitments?agreement=" + agreementId);
    }

    /** What every error answer looks like: an RFC 9457 problem with the status and an explanation. */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith(PROBLEM_JSON))
                .expectBody("status", equalTo(status))
                .expectBody("title", not(blankOrNullString()))
                .expectBody("detail", not(blankOrNullString()))
                .build();
    }
}
