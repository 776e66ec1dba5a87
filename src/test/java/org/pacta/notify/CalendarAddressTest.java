package org.pacta.notify;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.PageSession;

/**
 * A subscription's calendar address is its only key: it can be replaced (the old one stops at once), and the feed
 * of a subscription that was switched off stops answering.
 */
@QuarkusTest
class CalendarAddressTest {

    private static final String BASE = "http://localhost:8080";
    private static final Pattern FEED = Pattern.compile("value=\"" + BASE + "(/api/calendar/[A-Za-z0-9_-]+\\.ics)\"");

    @Inject
    UnsubscribeLinks links;

    private Account monitor;
    private long agreementId;

    @BeforeEach
    void setUp() {
        monitor = Accounts.monitor();
        String party = Api.party("Asia/Tehran");
        agreementId = Api.agreement(party);
        Api.commitment(agreementId, party);
    }

    private JsonPath subscribe() {
        return monitor.json().body(Map.of("scope", Map.of("agreementId", agreementId), "email", "watch@example.org"))
                .post("/api/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    private static int feed(String path) {
        return RestAssured.given().get(path).statusCode();
    }

    @Test
    void aNewAddressAnswersAndTheOldOneStopsAtOnce() {
        JsonPath created = subscribe();
        long id = created.getLong("id");
        String old = created.getString("calendarUrl").replace(BASE, "");
        assertThat(feed(old), equalTo(200));

        JsonPath rotated = monitor.given().post("/api/subscriptions/{id}/calendar-token", id).then().statusCode(200)
                .extract().jsonPath();

        String fresh = rotated.getString("calendarUrl").replace(BASE, "");
        assertThat(fresh, not(equalTo(old)));
        assertThat(feed(fresh), equalTo(200));
        assertThat(feed(old), equalTo(404));
        JsonPath trail = Api.get("/api/audit?itemType=SUBSCRIPTION&itemId=" + id);
        assertThat(trail.getList("items.action"), equalTo(List.of("UPDATE", "CREATE")));
        assertThat(trail.getString("items[0].actor"), equalTo(monitor.email() + " (token: tests)"));
        assertThat(trail.getString("items[0].after"), equalTo("{\"calendarUrl\":\"replaced\"}"));
        String token = fresh.substring("/api/calendar/".length(), fresh.length() - ".ics".length());
        assertThat("the key stays out of the trail", trail.prettify(), not(containsString(token)));
    }

    @Test
    void onlyTheSubscriberMayReplaceTheAddress() {
        long id = subscribe().getLong("id");
        String path = "/api/subscriptions/" + id + "/calendar-token";

        Accounts.monitor().given().post(path).then().spec(Api.problem(404));
        RestAssured.given().post(path).then().spec(Api.problem(401));
        given().post("/api/subscriptions/999999999/calendar-token").then().spec(Api.problem(404));
        assertThat(Api.get("/api/audit?itemType=SUBSCRIPTION&itemId=" + id).getInt("total"), equalTo(1));
    }

    @Test
    void theFeedOfASwitchedOffSubscriptionIsGone() {
        JsonPath created = subscribe();
        String path = created.getString("calendarUrl").replace(BASE, "");

        RestAssured.given().post(links.forSubscription(created.getLong("id")).replace(BASE, "")).then().statusCode(200);

        RestAssured.given().get(path).then().spec(Api.problem(410))
                .body("detail", equalTo("This calendar feed has stopped: its subscription is switched off. Switch the"
                        + " subscription on again in Pacta, or subscribe anew."));
        given().get("/api/calendar/agreements/" + agreementId + ".ics").then().statusCode(200);
    }

    @Test
    void theSubscriptionsPageReplacesTheAddressAndSaysWhenAFeedHasStopped() {
        PageSession browser = PageSession.signedIn(monitor.email(), monitor.password());
        long id = subscribe().getLong("id");
        String before = feedOnPage(browser.page("/subscriptions"));

        browser.submit("/subscriptions/" + id + "/calendar-token", Map.of()).then().statusCode(303);

        String after = feedOnPage(browser.page("/subscriptions"));
        assertThat(after, not(equalTo(before)));
        assertThat(feed(before), equalTo(404));
        assertThat(feed(after), equalTo(200));

        RestAssured.given().post(links.forSubscription(id).replace(BASE, "")).then().statusCode(200);
        String page = browser.page("/subscriptions");
        assertThat(page, containsString("Stopped: the subscription is switched off."));
        assertThat(page, not(containsString(after)));
    }

    private static String feedOnPage(String html) {
        Matcher m = FEED.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no calendar address on the page");
        }
        return m.group(1);
    }
}
