package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;
import org.pacta.testsupport.TestClockProducer;

/**
 * Text is whatever people type: markup, script, right-to-left Persian and emoji. Every text field of a party, an
 * account, an agreement, a commitment, a milestone, a progress update, a deadline change, a review note and a
 * subscription holds such text here, and every page that shows it must show it as text: escaped (never a live
 * tag or a broken-out attribute), with the Persian and the emoji intact.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextPagesTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String PERSIAN = "پیگیری تعهدات نقشه راه";
    static final String EMOJI = "🚆🤝";
    static final String HOSTILE = SCRIPT + " " + IMG + " " + PERSIAN + " " + EMOJI;

    static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String IMG_ESCAPED = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    /** 36 characters, so that the timeline's 38-character label ends inside the emoji that follows. */
    static final String LONG_PREFIX = "Exchange of rail timetables, phase 2";

    @Inject
    MutableClock clock;

    private String party;
    private long agreement;
    private long commitment;
    private Persona official;
    private Persona monitor;
    private PageSession officialPages;
    private PageSession monitorPages;
    private PageSession adminPages;

    @BeforeEach
    void everyTextFieldHoldsHostileText() {
        clock.set(TestClockProducer.START);
        if (party != null) {
            return;
        }
        party = Api.json().body(Api.partyBody("Asia/Tehran").with("name", HOSTILE)).post("/api/parties")
                .then().statusCode(201).extract().path("code");
        String other = Api.party("Europe/Minsk");
        official = Personas.create("official", HOSTILE, List.of(party));
        monitor = Personas.monitor();
        agreement = Api.agreement(Api.agreementBody(party, other).with("title", HOSTILE + " " + Api.uniqueCode())
                .with("summary", HOSTILE + "\n" + HOSTILE).with("place", HOSTILE).with("public", true)
                .with("reviewSchedule", "FREQ=MONTHLY;BYMONTHDAY=10").with("coordinators", List.of("coordinator@example.org")));
        commitment = Api.commitment(agreement, Api.commitmentBody(party).without("dueAt").with("dueDate", "2026-02-20")
                .with("title", HOSTILE + " " + Api.uniqueCode()).with("description", HOSTILE)
                .with("owner", Map.of("name", HOSTILE, "email", "owner@example.org"))
                .with("tags", List.of(SCRIPT, "پیگیری" + EMOJI)));
        Api.commitment(agreement, Api.commitmentBody(party).without("dueAt").with("dueDate", "2026-03-20")
                .with("title", LONG_PREFIX + "🚆 Tehran–Minsk"));
        long milestone = Api.milestone(commitment, Body.of("title", HOSTILE, "dueDate", "2026-02-10"));
        Api.milestone(commitment, Body.of("title", "Second checkpoint", "dueDate", "2026-02-12"));

        // What the official writes is signed with their (hostile) name.
        String token = Api.token(official.email(), official.password(), "hostile");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Body.of("status", "IN_PROGRESS", "percentComplete", 30, "note", HOSTILE,
                        "evidence", List.of("https://example.org/report?lang=fa&x=1")))
                .post("/api/commitments/{id}/updates", commitment).then().statusCode(201);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Body.of("dueDate", "2026-02-25", "reason", HOSTILE))
                .post("/api/commitments/{id}/deadline", commitment).then().statusCode(200);

        // And through the pages' forms: a milestone reached with its evidence, review notes, a subscription.
        officialPages = official.session();
        officialPages.page("/commitments/" + commitment);
        assertThat(officialPages.submit("/milestones/" + milestone + "/reached", Map.of("evidence", HOSTILE)).statusCode(),
                equalTo(303));
        officialPages.page("/agreements/" + agreement + "/reviews");
        assertThat(officialPages.submit("/agreements/" + agreement + "/reviews", Map.of("notes", HOSTILE)).statusCode(),
                equalTo(303));
        monitorPages = monitor.session();
        monitorPages.page("/subscriptions?agreement=" + agreement);
        assertThat(monitorPages.submit("/subscriptions", Map.of("scope", "agreement", "agreementId", agreement,
                "channel", "email", "email", monitor.email(), "leadTimes", "P3D", "delivery", "immediate",
                "timeZone", "Asia/Tehran")).statusCode(), equalTo(303));
        adminPages = Personas.admin().session();
    }

    @Test
    void everyPageShowingTheTextShowsItEscapedAndIntact() {
        String a = "/agreements/" + agreement;
        String c = "/commitments/" + commitment;
        String q = java.net.URLEncoder.encode(PERSIAN, java.nio.charset.StandardCharsets.UTF_8);
        Map<String, PageSession> pages = new java.util.LinkedHashMap<>();
        pages.put(a, PageSession.anonymous());
        pages.put("/agreements?q=" + q, PageSession.anonymous());
        pages.put(a + "/edit", officialPages);
        pages.put(a + "/commitments/new", officialPages);
        pages.put(a + "/import", officialPages);
        pages.put(a + "/reviews", monitorPages);
        pages.put(c, monitorPages);
        pages.put(c + "/edit", officialPages);
        pages.put("/reports/overdue?agreement=" + agreement, monitorPages);
        pages.put("/calendar?month=2026-02", monitorPages);
        pages.put("/subscriptions", monitorPages);
        pages.put("/account", officialPages);
        pages.put("/parties", adminPages);
        pages.put("/accounts", adminPages);
        pages.put("/agreements/new", adminPages);
        List<Executable> checks = new ArrayList<>();
        pages.forEach((path, who) -> checks.add(() -> {
            String html = who.page(path);
            isSafe(path, html);
            showsItAsText(path, html);
        }));
        assertAll(checks);
    }

    @Test
    void theCommitmentPageShowsEveryFieldAsText() {
        String html = PageSession.anonymous().page("/commitments/" + commitment);
        for (String what : List.of("<h1><bdi>" + SCRIPT_ESCAPED, // title
                "<p class=\"summary\" dir=\"auto\">" + SCRIPT_ESCAPED, // description
                "<strong><bdi>" + SCRIPT_ESCAPED, // the milestone's title
                "<p dir=\"auto\">" + SCRIPT_ESCAPED, // the progress note
                "<td><bdi>" + SCRIPT_ESCAPED, // the deadline change's reason
                "href=\"/reports/overdue?tag=" + SCRIPT_ESCAPED + "\"", // a tag, in an address
                "href=\"https://example.org/report?lang=fa&amp;x=1\"")) { // evidence
            assertThat(html, containsString(what));
        }
        // Officials and owners are named to people who signed in only.
        assertThat(html, not(containsString("owner@example.org")));
        String signedIn = monitorPages.page("/commitments/" + commitment);
        assertThat(signedIn, containsString("<dd><bdi>" + SCRIPT_ESCAPED)); // the owner's name
        assertThat(signedIn, containsString("<strong><bdi>" + SCRIPT_ESCAPED + " " + IMG_ESCAPED)); // the author
        assertThat(signedIn, containsString("<span class=\"meta\">" + SCRIPT_ESCAPED)); // the milestone's evidence
    }

    @Test
    void pagesThatOnlyMaybeShowItNeverRunIt() {
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of("/", "/agreements", "/reports/overdue", "/calendar?month=2026-03")) {
            for (PageSession who : List.of(PageSession.anonymous(), monitorPages)) {
                checks.add(() -> isSafe(path, who.page(path)));
            }
        }
        assertAll(checks);
    }

    @Test
    void whatTheAddressCarriesIsEscapedWhereThePageRepeatsIt() {
        String script = java.net.URLEncoder.encode(HOSTILE, java.nio.charset.StandardCharsets.UTF_8);
        for (String path : List.of("/agreements?q=" + script, "/reports/overdue?tag=" + script,
                "/subscriptions?agreement=" + script + "&party=" + script)) {
            String html = monitorPages.page(path);
            isSafe(path, html);
            assertThat(path, html, containsString(SCRIPT_ESCAPED));
        }
        for (String path : List.of("/commitments/" + script, "/agreements/" + script, "/calendar?month=" + script)) {
            Response r = monitorPages.get(path);
            assertThat(path, r.statusCode(), org.hamcrest.Matchers.oneOf(404, 422));
            isSafe(path, r.asString());
        }
    }

    @Test
    void aShortenedTimelineLabelNeverCutsACharacterInTwo() {
        String html = PageSession.anonymous().page("/agreements/" + agreement);
        assertThat(html, containsString(LONG_PREFIX));
        assertThat(html, not(containsString(LONG_PREFIX + "?")));
        assertThat(html, not(containsString("\uFFFD")));
        assertThat(html, containsString(LONG_PREFIX + "🚆…"));
    }

    @Test
    void everyPageCarriesAPolicyThatForbidsInlineScript() {
        Response r = PageSession.anonymous().get("/agreements/" + agreement);
        String csp = r.header("Content-Security-Policy");
        assertThat(csp, notNullValue());
        assertThat(csp, containsString("script-src 'self'"));
        assertThat(csp, not(containsString("unsafe-inline")));
    }

    /** No live markup from the data: the layout's own htmx script is the page's only script element. */
    static void isSafe(String where, String html) {
        assertThat(where, html, not(containsString("<script>alert")));
        assertThat(where, html.toLowerCase(java.util.Locale.ROOT), not(containsString("<img src=x")));
        assertThat(where, html, not(containsString("onerror=alert(1)>")));
        assertThat(where + ": one script element", html.split("<script", -1).length - 1, equalTo(1));
    }

    static void showsItAsText(String where, String html) {
        assertThat(where, html, containsString(SCRIPT_ESCAPED));
        assertThat(where, html, containsString(IMG_ESCAPED));
        assertThat(where, html, containsString(PERSIAN));
        assertThat(where, html, containsString(EMOJI));
    }
}
