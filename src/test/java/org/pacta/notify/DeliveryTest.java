package org.pacta.notify;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.followup.DigestService;
import org.pacta.followup.FollowupSweep;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Mailbox;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;
import org.pacta.testsupport.WebhookReceiver;

/** Delivery through real channels, and what happens when they fail. */
@QuarkusTest
class DeliveryTest {

    static final Mailbox MAIL = new Mailbox();
    static final WebhookReceiver HOOKS = new WebhookReceiver();

    @Inject
    MutableClock clock;

    @Inject
    FollowupSweep sweep;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DigestService digests;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        MAIL.start();
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
        HOOKS.close();
    }

    @BeforeEach
    void reset() {
        clock.set(TestClockProducer.START);
        HOOKS.answer(200);
    }

    static String email(String who) {
        return who + "-" + unique("x").substring(2).replace(" ", "") + "@example.org";
    }

    /** A commitment due 2026-03-03T12:00Z whose owner is {@code owner}; the sweep at 03-02 13:00 owes a P1D reminder. */
    long dueSoon(String owner) {
        String party = party("UTC");
        return commitment(agreement(party), commitmentBody(party).with("owner", Map.of("email", owner))
                .with("dueAt", "2026-03-03T12:00:00Z"));
    }

    JsonPath notificationsOf(long commitmentId) {
        return json().get("/api/notifications?commitment={id}", commitmentId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anSmtpOutageOfTenMinutesDelaysButLosesNothingAndSendsNothingTwice() {
        String owner = email("outage");
        long id = dueSoon(owner);
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        MAIL.stop();
        try {
        for (int minute = 0; minute <= 10; minute++) {
            clock.set(Instant.parse("2026-03-02T13:00:00Z").plus(Duration.ofMinutes(minute)));
            dispatcher.runOnce();
        }
        JsonPath during = notificationsOf(id);
        assertThat(during.getString("items[0].status"), equalTo("RETRY"));
        assertThat(during.getInt("items[0].attempts"), is(3));
        assertThat(during.getString("items[0].lastError"), startsWith("SMTP"));
        } finally {
            MAIL.start();
        }

        clock.set(Instant.parse("2026-03-02T13:30:00Z"));
        dispatcher.runOnce();
        dispatcher.runOnce();
        assertThat(MAIL.to(owner), hasSize(1));
        assertThat(notificationsOf(id).getString("items[0].status"), equalTo("SENT"));
    }

    @Test
    void aBadAddressFailsAloneAndTheRestGoOn() {
        String good = email("good");
        long bad = dueSoon(email("bad"));
        long ok = dueSoon(good);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update commitment set owner_email = 'not an address' where id = " + bad).executeUpdate());
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        dispatcher.runOnce();
        assertThat(notificationsOf(bad).getString("items[0].status"), equalTo("DEAD"));
        assertThat(notificationsOf(bad).getString("items[0].lastError"), containsString("not an email address"));
        assertThat(notificationsOf(ok).getString("items[0].status"), equalTo("SENT"));
        assertThat(MAIL.to(good), hasSize(1));
    }

    @Test
    void aDeadNotificationCanBeRetriedOnceTheProblemIsFixed() {
        String owner = email("revived");
        long id = dueSoon(owner);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update commitment set owner_email = 'broken' where id = " + id).executeUpdate());
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        dispatcher.runOnce();
        long notification = notificationsOf(id).getLong("items[0].id");
        json().post("/api/notifications/{id}/retry", id * 0 + notification).then().statusCode(200).body("status", equalTo("PENDING"));
        json().post("/api/notifications/{id}/retry", notification).then().statusCode(409);
    }

    Map<String, Object> subscribeWebhook(long commitmentId) {
        JsonPath created = json().body(Body.of("scope", Map.of("commitmentId", commitmentId), "channel", "webhook",
                "url", HOOKS.url(), "leadTimes", List.of("P1D"), "onDue", false, "escalateEvery", "none"))
                .post("/api/subscriptions").then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("calendarUrl", containsString("/api/calendar/")).extract().jsonPath();
        HOOKS.secret(created.getString("secret"));
        json().get("/api/subscriptions/{id}", created.getLong("id")).then().statusCode(200)
                .body("secret", equalTo(null));
        return created.getMap("");
    }

    @Test
    void webhooksAreSignedRetriedAfterAFailureAndCarryTheIdempotencyKey() {
        String party = party("UTC");
        long agreementId = agreement(agreementBody(party).with("remindOwners", false));
        long id = commitment(agreementId, commitmentBody(party).with("dueAt", "2026-03-03T12:00:00Z"));
        subscribeWebhook(id);
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        HOOKS.answer(500);
        dispatcher.runOnce();
        assertThat(notificationsOf(id).getString("items[0].status"), equalTo("RETRY"));
        assertThat(notificationsOf(id).getString("items[0].lastError"), containsString("HTTP 500"));

        HOOKS.answer(200);
        clock.set(Instant.parse("2026-03-02T13:05:00Z"));
        dispatcher.runOnce();
        List<WebhookReceiver.Delivery> got = HOOKS.received().stream()
                .filter(d -> d.id().startsWith("commitment:" + id + ":")).toList();
        assertThat(got, hasSize(1));
        assertThat(got.get(0).signatureValid(), is(true));
        assertThat(got.get(0).id(), equalTo(notificationsOf(id).getString("items[0].idempotencyKey")));
        JsonPath body = JsonPath.from(got.get(0).body());
        assertThat(body.getString("type"), equalTo("commitment.due_soon"));
        assertThat(body.getLong("data.reminder.commitmentId"), equalTo(id));
    }

    @Test
    void aReceiverThatAnswersGoneSwitchesItsSubscriptionOff() {
        String party = party("UTC");
        long agreementId = agreement(agreementBody(party).with("remindOwners", false));
        long id = commitment(agreementId, commitmentBody(party).with("dueAt", "2026-03-03T12:00:00Z"));
        long subscription = ((Number) subscribeWebhook(id).get("id")).longValue();
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        HOOKS.answer(410);
        dispatcher.runOnce();
        assertThat(notificationsOf(id).getString("items[0].status"), equalTo("DEAD"));
        json().get("/api/subscriptions/{id}", subscription).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void aDailyDigestGathersTheDaysRemindersIntoOneMessage() {
        String me = email("digest");
        String party = party("UTC");
        long agreementId = agreement(agreementBody(party).with("remindOwners", false));
        long a = commitment(agreementId, commitmentBody(party).with("title", "First").with("dueAt", "2026-03-03T12:00:00Z"));
        long b = commitment(agreementId, commitmentBody(party).with("title", "Second").with("dueAt", "2026-03-03T18:00:00Z"));
        json().body(Body.of("scope", Map.of("agreementId", agreementId), "channel", "email", "email", me,
                "leadTimes", List.of("P1D"), "onDue", false, "delivery", "daily-digest", "digestAt", "08:00", "timeZone", "UTC"))
                .post("/api/subscriptions").then().statusCode(201);
        clock.set(Instant.parse("2026-03-02T19:00:00Z"));
        sweep.sweep();
        dispatcher.runOnce();
        assertThat("held until the digest", MAIL.to(me), empty());
        assertThat(notificationsOf(a).getString("items[0].status"), equalTo("HELD"));

        clock.set(Instant.parse("2026-03-03T08:00:00Z"));
        digests.runDue();
        dispatcher.runOnce();
        assertThat(MAIL.to(me), hasSize(1));
        String text = Mailbox.text(MAIL.to(me).get(0));
        assertThat(text, containsString("First"));
        assertThat(text, containsString("Second"));
        assertThat(notificationsOf(b).getString("items[0].status"), equalTo("DIGESTED"));
    }

    @Test
    void theUnsubscribeLinkInAnEmailWorksWithoutSigningIn() {
        String owner = email("leaving");
        long id = dueSoon(owner);
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        dispatcher.runOnce();
        String link = Mailbox.header(MAIL.to(owner).get(0), "List-Unsubscribe").replaceAll("[<>]", "");
        String path = link.substring(link.indexOf("/unsubscribe/"));
        io.restassured.RestAssured.given().get(path).then().statusCode(200).body(containsString("Unsubscribe"));
        io.restassured.RestAssured.given().get(path + "x").then().statusCode(404);
        io.restassured.RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(200);
        clock.set(Instant.parse("2026-03-03T12:01:00Z"));
        sweep.sweep();
        dispatcher.runOnce();
        assertThat(MAIL.to(owner), hasSize(1));
        assertThat(notificationsOf(id).getList("items.recipientKind"), everyItem(equalTo("OWNER")));
        assertThat(notificationsOf(id).getList("items.status"), contains("SENT"));
    }
}
