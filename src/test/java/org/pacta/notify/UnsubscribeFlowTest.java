package org.pacta.notify;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.email;
import static org.pacta.testsupport.FollowupFixtures.notificationsTo;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.stagesAndStatuses;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.SmtpServer;

/**
 * The link at the foot of every email: GET asks, POST (or a mail client's one-click) does it, and the audit trail
 * keeps the change with the address the link was sent to as its actor.
 */
@QuarkusTest
class UnsubscribeFlowTest {

    private static final Instant THREE_DAYS = Instant.parse("2026-05-07T05:00:00Z"); // 08:00 Minsk, due 10 May
    private static final Instant ONE_DAY = Instant.parse("2026-05-09T05:00:00Z");
    private static final Instant DUE_DAY = Instant.parse("2026-05-10T05:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String partyCode;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-05-06T09:00:00Z"));
        partyCode = party("Europe/Minsk");
    }

    /** The path of the List-Unsubscribe link of the last message to this address. */
    private static String unsubscribePath(String address) throws Exception {
        List<MimeMessage> mails = SmtpServer.messagesTo(address);
        String header = mails.get(mails.size() - 1).getHeader("List-Unsubscribe", null);
        return header.substring(1, header.length() - 1).replace("http://localhost:8080", "");
    }

    private static JsonPath audit(String itemType, Object itemId) {
        return given().get("/api/audit?size=50&itemType=" + itemType + "&itemId=" + itemId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The newest row of the trail: the link's change, by the address it was sent to, without an account. */
    private static void assertChangedByTheLink(JsonPath trail, String address, String before, String after) {
        assertEquals("UPDATE", trail.getString("items[0].action"));
        assertEquals(address + " (unsubscribe link)", trail.getString("items[0].actor"));
        assertNull(trail.get("items[0].actorUserId"));
        assertEquals(before, trail.getString("items[0].before"));
        assertEquals(after, trail.getString("items[0].after"));
    }

    @Test
    void ownerConfirmsOnThePageAndHearsNothingMoreAboutTheCommitment() throws Exception {
        String owner = email("owner");
        long agreementId = agreement(partyCode).create();
        long commitmentId = commitment(agreementId, partyCode).owner("Owner", owner).dueDate(LocalDate.of(2026, 5, 10)).create();
        driver.sweepAndSendAt(THREE_DAYS);
        String path = unsubscribePath(owner);

        given().get(path).then().statusCode(200).contentType("text/html")
                .body(containsString("<form method=\"post\" action=\"" + path + "\">"))
                .body(containsString("<button type=\"submit\">Unsubscribe</button>"));
        clock.set(ONE_DAY);
        driver.sweep();
        assertEquals(List.of("DUE_SOON:P3D SENT", "DUE_SOON:P1D PENDING"), stagesAndStatuses(notificationsTo(owner)),
                "opening the page (as a mail scanner would) unsubscribes no one");

        given().post(path).then().statusCode(200).body(containsString("you will not receive these messages any more"));
        assertChangedByTheLink(audit("COMMITMENT", commitmentId), owner, "{\"ownerReminders\":true}",
                "{\"ownerReminders\":false}");
        given().post(path).then().statusCode(200);
        assertEquals(2, audit("COMMITMENT", commitmentId).getInt("total"), "a second click changes nothing more");
        driver.send();
        driver.sweepAndSendAt(DUE_DAY);
        driver.sweepAndSendAt(Instant.parse("2026-05-20T00:00:00Z"));

        List<Map<String, Object>> rows = notificationsTo(owner);
        assertEquals(List.of("DUE_SOON:P3D SENT", "DUE_SOON:P1D CANCELLED"), stagesAndStatuses(rows));
        assertEquals("The owner unsubscribed.", rows.get(1).get("lastError"));
        assertEquals(1, SmtpServer.messagesTo(owner).size());
    }

    @Test
    void mailClientsOneClickPostSwitchesTheSubscriptionOff() throws Exception {
        String monitor = email("monitor");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 5, 10)).create();
        Object id = subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", monitor)).get("id");
        driver.sweepAndSendAt(THREE_DAYS);

        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(unsubscribePath(monitor)).then().statusCode(200);
        driver.sweepAndSendAt(ONE_DAY);

        given().get("/api/subscriptions/" + id).then().statusCode(200).body("active", equalTo(false));
        assertEquals(1, SmtpServer.messagesTo(monitor).size());
        JsonPath trail = audit("SUBSCRIPTION", id);
        assertThat(trail.getString("items[0].before"), containsString("\"active\":true"));
        assertChangedByTheLink(trail, monitor, trail.getString("items[0].before"),
                trail.getString("items[0].before").replace("\"active\":true", "\"active\":false"));
    }

    @Test
    void aPersianSubscribersUnsubscribePageIsPersianAndRightToLeft() throws Exception {
        String monitor = email("monitor");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 5, 10)).create();
        subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", monitor, "language", "fa"));
        driver.sweepAndSendAt(THREE_DAYS);
        String path = unsubscribePath(monitor);

        String page = given().get(path).then().statusCode(200).extract().asString();
        assertThat(page, containsString("<html lang=\"fa\" dir=\"rtl\">"));
        assertThat(page, containsString("دیگر این پیام‌ها را از Pacta دریافت نکنید؟"));
        String done = given().post(path).then().statusCode(200).extract().asString();
        assertThat(done, containsString("انجام شد: دیگر این پیام‌ها را دریافت نخواهید کرد."));
        assertThat(given().header("Accept-Language", "ru").get("/unsubscribe/abc").then().statusCode(404).extract().asString(),
                containsString("Эта ссылка для отписки недействительна"));
    }

    @Test
    void coordinatorLeavesTheAgreementsEscalations() throws Exception {
        String coordinator = email("coord");
        long agreementId = agreement(partyCode).remindOwners(false).coordinators(coordinator).create();
        long commitmentId = commitment(agreementId, partyCode).dueAt(Instant.parse("2026-05-06T10:00:00Z")).create();
        subscribe(Map.of("scope", Map.of("commitmentId", commitmentId), "email", email("monitor"), "leadTimes", List.of(),
                "escalateEvery", "PT1H", "escalateAfter", 0));
        driver.sweepAndSendAt(Instant.parse("2026-05-06T11:00:00Z"));
        assertEquals(1, SmtpServer.awaitMessagesTo(coordinator, 1).size());

        given().post(unsubscribePath(coordinator)).then().statusCode(200);
        driver.sweepAndSendAt(Instant.parse("2026-05-06T12:00:00Z"));

        given().get("/api/agreements/" + agreementId).then().body("coordinators", equalTo(List.of()));
        assertEquals(1, SmtpServer.messagesTo(coordinator).size());
        assertChangedByTheLink(audit("AGREEMENT", agreementId), coordinator,
                "{\"coordinators\":[\"" + coordinator + "\"]}", "{\"coordinators\":[]}");
    }

    @Test
    void forgedOrStaleLinksAreNotFoundAndChangeNothing() throws Exception {
        String monitor = email("monitor");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 5, 10)).create();
        Object id = subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", monitor)).get("id");
        driver.sweepAndSendAt(THREE_DAYS);
        String path = unsubscribePath(monitor);
        String forged = path.substring(0, path.length() - 1) + (path.endsWith("A") ? "B" : "A");
        // A validly shaped link for another subscription, with this one's signature.
        String[] parts = path.substring("/unsubscribe/".length()).split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("s:" + (((Number) id).longValue() + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        for (String bad : List.of(forged, "/unsubscribe/abc", "/unsubscribe/" + otherPayload + "." + parts[1])) {
            given().get(bad).then().statusCode(404).body(containsString("not valid"));
            given().post(bad).then().statusCode(404);
        }

        given().get("/api/subscriptions/" + id).then().body("active", equalTo(true));
        assertEquals(List.of("CREATE"), audit("SUBSCRIPTION", id).getList("items.action"));
        driver.sweepAndSendAt(ONE_DAY);
        assertEquals(2, SmtpServer.awaitMessagesTo(monitor, 2).size());
    }

    @Test
    void linkOfADeletedSubscriptionIsNotFound() throws Exception {
        String monitor = email("monitor");
        long agreementId = agreement(partyCode).remindOwners(false).create();
        commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 5, 10)).create();
        Object id = subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", monitor)).get("id");
        driver.sweepAndSendAt(THREE_DAYS);
        String path = unsubscribePath(monitor);

        given().delete("/api/subscriptions/" + id).then().statusCode(204);

        given().get(path).then().statusCode(200);
        given().post(path).then().statusCode(404).body(containsString("no longer exists"));
    }
}
