package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.TestClockProducer;

/**
 * Every page, for every persona: 200 for those it is for; a visitor who must sign in is sent to the login page;
 * someone signed in without the right role or party gets the 403 page (HTML, in the layout), and what they may
 * not see is answered as missing (the 404 page).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessTest {

    /** What a persona gets: a status, or LOGIN for a redirect to the login page. */
    static final int LOGIN = -1;
    static final int HOME = -2;

    @Inject
    MutableClock clock;

    private Scene scene;
    private final Map<String, PageSession> sessions = new LinkedHashMap<>();

    @BeforeEach
    void aWorldAndItsPeople() {
        clock.set(TestClockProducer.START);
        if (scene != null) {
            return;
        }
        // Made once for the class, in the first @BeforeEach: RestAssured knows the test port only from then on.
        scene = Scene.create();
        sessions.put("anonymous", PageSession.anonymous());
        sessions.put("monitor", scene.monitor().session());
        sessions.put("official of a party", scene.officialOfTehran().session());
        sessions.put("official of another party", scene.outsider().session());
        sessions.put("admin", Personas.admin().session());
    }

    /** One page and what each persona gets, in the order of {@link #sessions}. */
    record Row(String path, int... expected) {
    }

    @Test
    void everyPageAnswersEachPersonaAsItShould() {
        long open = scene.publicAgreement();
        long closed = scene.privateAgreement();
        long c = scene.commitment();
        long hidden = org.pacta.testsupport.Api.commitment(closed, scene.tehran());
        List<Row> rows = List.of(
                //                                                        anonymous monitor official outsider admin
                new Row("/", 200, 200, 200, 200, 200),
                new Row("/agreements", 200, 200, 200, 200, 200),
                new Row("/agreements?status=ACTIVE&party=" + scene.tehran() + "&q=Roadmap", 200, 200, 200, 200, 200),
                new Row("/agreements/" + open, 200, 200, 200, 200, 200),
                new Row("/agreements/" + closed, LOGIN, 200, 200, 200, 200),
                new Row("/agreements/new", LOGIN, 403, 200, 200, 200),
                new Row("/agreements/" + open + "/edit", LOGIN, 403, 200, 403, 200),
                new Row("/agreements/" + open + "/commitments/new", LOGIN, 403, 200, 403, 200),
                new Row("/agreements/" + open + "/import", LOGIN, 403, 200, 403, 200),
                new Row("/agreements/" + open + "/reviews", LOGIN, 200, 200, 200, 200),
                new Row("/agreements/" + closed + "/reviews", LOGIN, 200, 200, 200, 200),
                new Row("/commitments/" + c, 200, 200, 200, 200, 200),
                new Row("/commitments/" + hidden, LOGIN, 200, 200, 200, 200),
                new Row("/commitments/" + c + "/edit", LOGIN, 403, 200, 403, 200),
                new Row("/reports/overdue", 200, 200, 200, 200, 200),
                new Row("/reports/scorecard", 200, 200, 200, 200, 200),
                new Row("/reports/overdue?party=" + scene.tehran() + "&minDaysOverdue=1", 200, 200, 200, 200, 200),
                new Row("/calendar", 200, 200, 200, 200, 200),
                new Row("/calendar?month=2026-03", 200, 200, 200, 200, 200),
                new Row("/subscriptions", LOGIN, 200, 200, 200, 200),
                new Row("/subscriptions?agreement=" + open, LOGIN, 200, 200, 200, 200),
                new Row("/parties", LOGIN, 403, 403, 403, 200),
                new Row("/accounts", LOGIN, 403, 403, 403, 200),
                new Row("/account", LOGIN, 200, 200, 200, 200),
                new Row("/account/password", LOGIN, 200, 200, 200, 200),
                new Row("/import", LOGIN, 403, 200, 200, 200),
                new Row("/login", 200, HOME, HOME, HOME, HOME),
                new Row("/login/error", 200, 200, 200, 200, 200),
                // A visitor is asked to sign in whether a commitment or agreement is hidden or missing: existence does
                // not leak, and a link in an email to a hidden one still leads there.
                new Row("/commitments/999999999", LOGIN, 404, 404, 404, 404),
                new Row("/commitments/not-a-number", 404, 404, 404, 404, 404),
                new Row("/agreements/999999999", LOGIN, 404, 404, 404, 404),
                new Row("/calendar?month=March", 422, 422, 422, 422, 422));
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            int i = 0;
            for (Map.Entry<String, PageSession> persona : sessions.entrySet()) {
                int expected = row.expected()[i++];
                checks.add(() -> answers(persona.getKey(), persona.getValue(), row.path(), expected));
            }
        }
        assertAll(checks);
    }

    @Test
    void theOverdueCsvIsForEveryoneAndHoldsOnlyWhatTheyMaySee() {
        for (PageSession who : sessions.values()) {
            Response r = who.get("/reports/overdue.csv");
            assertThat(r.statusCode(), equalTo(200));
            assertThat(r.contentType(), startsWith("text/csv"));
        }
    }

    @Test
    void aForbiddenPageSaysSoInTheLayoutAndKeepsTheReaderSignedIn() {
        Response r = sessions.get("monitor").get("/parties");
        assertThat(r.statusCode(), equalTo(403));
        assertThat(r.contentType(), startsWith("text/html"));
        String html = r.asString();
        assertThat(html, containsString("<h1>Not allowed</h1>"));
        assertThat(html, containsString("<title>Not allowed — Pacta</title>"));
        assertThat(html, containsString(scene.monitor().email()));
        assertThat(html, containsString("<nav aria-label=\"Main\""));
        assertThat(html, not(containsString("Internal Server Error")));
    }

    @Test
    void aVisitorSentToSignInComesBackSignedInToTheDashboard() {
        Response r = PageSession.anonymous().get("/subscriptions");
        assertThat(r.statusCode(), equalTo(302));
        assertThat(r.header("Location"), endsWith("/login"));
        Response login = PageSession.anonymous().request().redirects().follow(false)
                .formParam("j_username", scene.monitor().email()).formParam("j_password", "not the password")
                .post("/j_security_check");
        assertThat(login.statusCode(), equalTo(302));
        assertThat(login.header("Location"), endsWith("/login/error"));
        String error = PageSession.anonymous().page("/login/error");
        assertThat(error, containsString("The email or password is not right"));
    }

    private static void answers(String who, PageSession session, String path, int expected) {
        Response r = session.get(path);
        String what = who + " on " + path;
        switch (expected) {
            case LOGIN -> {
                assertThat(what, r.statusCode(), equalTo(302));
                assertThat(what, r.header("Location"), endsWith("/login"));
            }
            case HOME -> {
                assertThat(what, r.statusCode(), equalTo(303));
                assertThat(what, r.header("Location"), endsWith("/"));
            }
            default -> {
                assertThat(what + ": " + abbreviate(r.asString()), r.statusCode(), equalTo(expected));
                assertThat(what, r.contentType(), startsWith("text/html"));
                assertThat(what, r.asString(), startsWith("<!DOCTYPE html>"));
                assertThat(what, r.asString(), containsString("</html>"));
            }
        }
    }

    private static String abbreviate(String s) {
        int main = s.indexOf("<main");
        String part = main < 0 ? s : s.substring(main);
        return part.length() <= 600 ? part : part.substring(0, 600) + "…";
    }
}
