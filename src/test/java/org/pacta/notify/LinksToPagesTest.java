package org.pacta.notify;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.given;
import static org.pacta.testsupport.FollowupFixtures.agreement;
import static org.pacta.testsupport.FollowupFixtures.commitment;
import static org.pacta.testsupport.FollowupFixtures.party;
import static org.pacta.testsupport.FollowupFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.FollowupDriver;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;
import org.pacta.testsupport.SmtpServer;

/**
 * The links in emails and calendar entries open Pacta's pages, not its JSON API. A reader who is not signed in (the
 * agreements here are not public) is asked to sign in and then lands on the page the link named.
 */
@QuarkusTest
class LinksToPagesTest {

    /** pacta.base-url in the test profile: links carry it, while the test server listens on a port of its own. */
    private static final String BASE = "http://localhost:8080";
    private static final Instant THREE_DAYS_BEFORE = Instant.parse("2026-05-07T05:00:00Z"); // 08:00 Minsk, due 10 May

    @Inject
    MutableClock clock;

    @Inject
    FollowupDriver driver;

    private String partyCode;
    private Persona reader;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-05-06T09:00:00Z"));
        partyCode = party("Europe/Minsk");
        reader = Personas.monitor();
        SmtpServer.mailbox(reader.email());
    }

    @Test
    void aReminderOpensTheCommitmentPageAfterSigningIn() {
        long agreementId = agreement(partyCode).remindOwners(false).create();
        String title = "Exchange customs data " + partyCode;
        long c = commitment(agreementId, partyCode).title(title).dueDate(LocalDate.of(2026, 5, 10)).create();
        subscribe(Map.of("scope", Map.of("commitmentId", c), "email", reader.email(), "leadTimes", List.of("P3D")));

        driver.sweepAndSendAt(THREE_DAYS_BEFORE);

        String link = BASE + "/commitments/" + c;
        MimeMessage mail = SmtpServer.awaitMessagesTo(reader.email(), 1).get(0);
        assertLinkedFromBothParts(mail, link);
        opensAfterSigningIn(link, title);
    }

    @Test
    void aReviewBriefingOpensTheAgreementsReviewsAfterSigningIn() {
        String title = "Reviewed roadmap " + partyCode;
        long agreementId = agreement(partyCode).title(title).signedOn("2026-01-10").reviewSchedule("FREQ=MONTHLY")
                .remindOwners(false).create();
        commitment(agreementId, partyCode).dueDate(LocalDate.of(2026, 6, 30)).create();
        subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", reader.email(), "leadTimes", List.of(),
                "onDue", false, "onOverdue", false, "escalateEvery", "none"));

        clock.set(Instant.parse("2026-05-10T06:00:00Z")); // 09:00 in Minsk on the 10th
        driver.reviews();
        driver.send();

        String link = BASE + "/agreements/" + agreementId + "/reviews";
        MimeMessage mail = SmtpServer.awaitMessagesTo(reader.email(), 1).get(0);
        assertLinkedFromBothParts(mail, link);
        opensAfterSigningIn(link, title);
    }

    @Test
    void calendarEntriesOpenTheCommitmentAndTheReviewsPages() throws Exception {
        String title = "Calendar roadmap " + partyCode;
        long agreementId = agreement(partyCode).title(title).signedOn("2026-01-10").reviewSchedule("FREQ=MONTHLY")
                .remindOwners(false).create();
        String commitmentTitle = "Open the border crossing " + partyCode;
        long c = commitment(agreementId, partyCode).title(commitmentTitle).dueDate(LocalDate.of(2026, 6, 30)).create();
        long m = given().contentType("application/json").body(Map.of("title", "Draft", "dueDate", "2026-06-01"))
                .post("/api/commitments/" + c + "/milestones").then().statusCode(201).extract().jsonPath().getLong("id");
        String feed = (String) subscribe(Map.of("scope", Map.of("agreementId", agreementId), "email", reader.email()))
                .get("calendarUrl");

        Calendar calendar = new CalendarBuilder().build(new StringReader(given().get(feed.replace(BASE, ""))
                .then().statusCode(200).extract().asString()));

        assertThat(url(calendar, "commitment-" + c + "@pacta"), equalTo(BASE + "/commitments/" + c));
        assertThat(url(calendar, "milestone-" + m + "@pacta"), equalTo(BASE + "/commitments/" + c + "#milestones"));
        assertThat(url(calendar, "review-agreement-" + agreementId + "@pacta"),
                equalTo(BASE + "/agreements/" + agreementId + "/reviews"));
        opensAfterSigningIn(url(calendar, "milestone-" + m + "@pacta"), commitmentTitle);
    }

    private static void assertLinkedFromBothParts(MimeMessage mail, String link) {
        String text = SmtpServer.part(mail, "text/plain");
        String html = SmtpServer.part(mail, "text/html");
        assertThat(text.lines().map(String::strip).toList(), org.hamcrest.Matchers.hasItem(link));
        assertThat(html, containsString("href=\"" + link + "\""));
        assertThat("nothing in the message points at the JSON API", text + html, not(containsString("/api/")));
    }

    /** Follows a link as a browser that is not signed in: the login page, signing in, and back to the link's page. */
    private void opensAfterSigningIn(String link, String expected) {
        assertThat(link, org.hamcrest.Matchers.startsWith(BASE));
        // A browser keeps the fragment to itself.
        String path = URI.create(link).getRawPath();
        PageSession browser = PageSession.anonymous();

        Response asked = browser.get(path);
        assertThat(asked.statusCode(), equalTo(302));
        assertThat(asked.header("Location"), endsWith("/login"));
        assertThat(browser.page("/login"), containsString("action=\"/j_security_check\""));

        Response signedIn = browser.signIn(reader.email(), reader.password());
        assertThat(signedIn.statusCode(), equalTo(302));
        URI back = URI.create(signedIn.header("Location"));
        assertThat(back.getHost(), equalTo("localhost"));
        assertThat(back.getRawPath(), equalTo(path));
        assertThat("the return address is used once", browser.cookie("quarkus-redirect-location"), nullValue());
        assertThat(browser.page(path), containsString(expected));
    }

    private static String url(Calendar calendar, String uid) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent event = events.stream().filter(e -> e.getProperty(Property.UID).map(p -> uid.equals(p.getValue())).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + uid));
        return event.getProperty(Property.URL).orElseThrow().getValue();
    }
}
