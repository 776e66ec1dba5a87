package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.TestClockProducer;

/**
 * What every page is made of: a stylesheet and htmx served from the jar, nothing fetched from another host, a
 * size that loads on a slow line, and forms that refuse a post without the page's CSRF token.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBasicsTest {

    static final int MAX_PAGE_BYTES = 200 * 1024;
    static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    private static final Pattern ASSET = Pattern.compile(
            "<(script|link|img|iframe|source|video|audio|embed|object)\\b[^>]*?\\b(src|href|data)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @Inject
    MutableClock clock;

    private Scene scene;
    private PageSession admin;

    @BeforeEach
    void aWorld() {
        clock.set(TestClockProducer.START);
        if (scene == null) {
            scene = Scene.create();
            admin = Personas.admin().session();
        }
    }

    @Test
    void theStylesheetsAndHtmxComeFromTheJar() {
        for (String css : List.of("/static/pacta.css", "/static/print.css")) {
            Response r = PageSession.anonymous().get(css);
            assertThat(css, r.statusCode(), equalTo(200));
            assertThat(css, r.contentType(), startsWith("text/css"));
            assertThat(css + " loads nothing from elsewhere", r.asString(), not(containsString("http")));
            assertThat(css, r.asString(), not(containsString("@import")));
        }
        Response htmx = PageSession.anonymous().get(HTMX);
        assertThat(htmx.statusCode(), equalTo(200));
        assertThat(htmx.contentType(), containsString("javascript"));
        assertThat(htmx.asByteArray().length, greaterThan(10_000));
        assertThat(htmx.asString(), containsString("htmx"));
        String layout = PageSession.anonymous().page("/");
        assertThat(layout, containsString("<link rel=\"stylesheet\" href=\"/static/pacta.css\">"));
        assertThat(layout, containsString("<script src=\"" + HTMX + "\" defer></script>"));
    }

    @Test
    void theFaviconComesFromTheJarToAnyoneWhoAsks() {
        String layout = PageSession.anonymous().page("/");
        assertThat(layout, containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
        Response svg = PageSession.anonymous().get("/favicon.svg");
        assertThat(svg.statusCode(), equalTo(200));
        assertThat(svg.contentType(), startsWith("image/svg+xml"));
        assertThat(svg.asString(), startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertThat("it loads nothing from elsewhere", svg.asString(), not(containsString("href")));
        // Browsers and feed readers still ask for /favicon.ico by name, whatever the page links.
        Response ico = PageSession.anonymous().get("/favicon.ico");
        assertThat(ico.statusCode(), equalTo(200));
        assertThat(ico.contentType(), org.hamcrest.Matchers.oneOf("image/x-icon", "image/vnd.microsoft.icon"));
        byte[] icon = ico.asByteArray();
        assertThat("an icon resource", List.of(icon[0], icon[1], icon[2], icon[3]), equalTo(List.<Byte>of((byte) 0, (byte) 0, (byte) 1, (byte) 0)));
    }

    @Test
    void everyPageIsSmallAndLoadsNothingFromAnotherHost() {
        long a = scene.publicAgreement();
        long c = scene.commitment();
        Map<String, PageSession> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/agreements", "/agreements/" + a, "/agreements/new", "/agreements/" + a + "/edit",
                "/agreements/" + a + "/commitments/new", "/agreements/" + a + "/import", "/agreements/" + a + "/reviews",
                "/commitments/" + c, "/commitments/" + c + "/edit", "/reports/overdue", "/reports/scorecard", "/calendar", "/calendar?month=2026-03",
                "/subscriptions", "/parties", "/accounts", "/account", "/account/password", "/import")) {
            pages.put(path, admin);
        }
        pages.put("/login", PageSession.anonymous());
        pages.put("/login/error", PageSession.anonymous());
        List<Executable> checks = new ArrayList<>();
        pages.forEach((path, who) -> checks.add(() -> {
            String html = who.page(path);
            isSmallAndLocal(path, html);
        }));
        checks.add(() -> {
            Response forbidden = scene.monitor().session().get("/accounts");
            assertThat(forbidden.statusCode(), equalTo(403));
            isSmallAndLocal("the 403 page", forbidden.asString());
        });
        checks.add(() -> {
            Response missing = admin.get("/commitments/999999999");
            assertThat(missing.statusCode(), equalTo(404));
            isSmallAndLocal("the 404 page", missing.asString());
        });
        assertAll(checks);
    }

    @Test
    void aFormPostedWithoutThePagesCsrfTokenIsRefusedAndChangesNothing() {
        long c = scene.commitment();
        PageSession official = scene.officialOfTehran().session();
        official.page("/commitments/" + c);
        long updatesBefore = Api.total("/api/commitments/" + c + "/updates");
        Map<String, Object> progress = Map.of("status", "IN_PROGRESS", "percentComplete", "50", "note", "Forged");

        // No token at all: refused, with a page that says what to do (not an empty answer).
        Response refused = official.submitWithout("/commitments/" + c + "/progress", progress);
        assertThat(refused.statusCode(), equalTo(400));
        assertThat(refused.contentType(), startsWith("text/html"));
        assertThat(refused.asString(), containsString("Nothing was saved. Reload the page and send the form again."));
        // A token that is not this browser's: another session's page.
        PageSession other = scene.officialOfTehran().session();
        other.page("/commitments/" + c);
        Map<String, Object> withOthersToken = new LinkedHashMap<>(progress);
        withOthersToken.put(PageSession.CSRF_FIELD, other.csrfToken());
        assertThat(official.submitWithout("/commitments/" + c + "/progress", withOthersToken).statusCode(), equalTo(400));
        // The right token without its cookie, as a cross-site form would send it.
        Map<String, Object> withToken = new LinkedHashMap<>(progress);
        withToken.put(PageSession.CSRF_FIELD, official.csrfToken());
        Response noCookie = PageSession.anonymous().cookie(PageSession.SESSION_COOKIE, official.cookie(PageSession.SESSION_COOKIE))
                .submitWithout("/commitments/" + c + "/progress", withToken);
        assertThat(noCookie.statusCode(), equalTo(400));
        assertThat(Api.total("/api/commitments/" + c + "/updates"), equalTo(updatesBefore));

        // The page's own form, as the page sent it, goes through.
        Response ok = official.submit("/commitments/" + c + "/progress", progress);
        assertThat(ok.statusCode(), equalTo(303));
        assertThat(ok.header("Location"), endsWith("/commitments/" + c + "#progress"));
        assertThat(Api.total("/api/commitments/" + c + "/updates"), equalTo(updatesBefore + 1));
    }

    @Test
    void aRefusedFormIsExplainedInTheReadersLanguage() {
        PageSession official = scene.officialOfTehran().session().acceptLanguage("ru");
        official.page("/commitments/" + scene.commitment());
        Response refused = official.submitWithout("/commitments/" + scene.commitment() + "/milestones",
                Map.of("title", "Checkpoint", "dueDate", "2026-03-10"));
        assertThat(refused.statusCode(), equalTo(400));
        assertThat(refused.asString(), containsString("<html lang=\"ru\" dir=\"ltr\">"));
        assertThat(refused.asString(), containsString("Обновите страницу и отправьте форму снова."));
        // The API keeps its own answers.
        Response api = Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/api/commitments/" + scene.commitment() + "/updates");
        assertThat(api.contentType(), not(startsWith("text/html")));
    }

    @Test
    void everyFormOfEveryPageCarriesTheCsrfToken() {
        long a = scene.publicAgreement();
        long c = scene.commitment();
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of("/agreements/" + a, "/agreements/new", "/agreements/" + a + "/edit",
                "/agreements/" + a + "/commitments/new", "/agreements/" + a + "/import", "/agreements/" + a + "/reviews",
                "/commitments/" + c, "/commitments/" + c + "/edit", "/subscriptions", "/parties", "/accounts", "/account",
                "/account/password", "/import")) {
            checks.add(() -> {
                String html = admin.page(path);
                Matcher form = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
                int forms = 0;
                while (form.find()) {
                    forms++;
                    assertThat(path + ": " + form.group(0).substring(0, Math.min(120, form.group(0).length())), form.group(1),
                            containsString("name=\"" + PageSession.CSRF_FIELD + "\" value=\""));
                }
                assertThat(path + " has a form", forms, greaterThan(0));
            });
        }
        assertAll(checks);
    }

    @Test
    void signingOutEndsTheSessionAndNeedsThePagesToken() {
        PageSession monitor = scene.monitor().session();
        monitor.page("/subscriptions");
        assertThat(monitor.submitWithout("/logout", Map.of()).statusCode(), equalTo(400));
        assertThat(monitor.get("/subscriptions").statusCode(), equalTo(200));
        Response out = monitor.submit("/logout", Map.of());
        assertThat(out.statusCode(), equalTo(303));
        assertThat(out.header("Location"), endsWith("/login"));
        assertThat(monitor.get("/subscriptions").statusCode(), equalTo(302));
    }

    static void isSmallAndLocal(String where, String html) {
        assertThat(where + " size", html.getBytes(StandardCharsets.UTF_8).length, lessThan(MAX_PAGE_BYTES));
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            String url = m.group(3);
            if (m.group(1).equalsIgnoreCase("link") && !m.group(0).contains("stylesheet") && !m.group(0).contains("icon")) {
                continue;
            }
            assertThat(where + ": " + m.group(0), url, startsWith("/"));
            assertThat(where + ": " + m.group(0), url, not(startsWith("//")));
        }
        assertThat(where, html, not(containsString("src=\"http")));
        assertThat(where, html, not(containsString("src=\"//")));
        assertThat(where, html, not(containsString("url(http")));
    }
}
