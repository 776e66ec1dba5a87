package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pacta.notify.UnsubscribeLinks;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Chromium;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;
import org.pacta.testsupport.TestClockProducer;

/**
 * Every page that a reader can open, checked by axe-core (Deque's rules, run inside Debian's Chromium) against
 * WCAG 2.1 A and AA and Deque's best practices: anonymously, as an official and as an administrator, in English and
 * in Persian, on a desktop and on a phone, with data in every table and chart and every folded form unfolded. A
 * serious or critical violation fails the test with the page, language, persona, rule and the element at fault;
 * lesser ones are printed. One browser serves the whole class. Skipped when Chromium is not installed.
 */
@QuarkusTest
@Tag("browser")
class AccessibilityBrowserTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final List<String> LANGUAGES = List.of("en", "fa");
    static final Dimension DESKTOP = new Dimension(1280, 1000);
    /** A small phone, the width at which WCAG 2.1 asks pages to reflow (1.4.10): wide tables and charts scroll. */
    static final Dimension PHONE = new Dimension(360, 740);

    private static Chromium chromium;
    private static World world;

    @TestHTTPResource("/")
    URL root;

    @Inject
    MutableClock clock;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    @TempDir
    Path files;

    private WebDriver driver;
    private final List<String> findings = new ArrayList<>();
    private int pagesChecked;

    /** What the pages show: a public agreement of two parties with commitments in every state, a review, a file to map. */
    record World(String tehran, String minsk, long agreement, long overdue, long revised, long done, Persona official,
            Persona admin) {

        static World create() {
            String tehran = Api.party("Asia/Tehran");
            String minsk = Api.party("Europe/Minsk");
            long agreement = Api.agreement(Api.agreementBody(tehran, minsk).with("public", true)
                    .with("reviewSchedule", "FREQ=MONTHLY").with("signedOn", "2025-11-20").with("place", "Tehran")
                    .with("summary", "Rail, customs and energy cooperation").with("sourceUrl", "https://example.org/roadmap"));
            long overdue = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "2026-02-20")
                    .with("reference", "1.1").with("responsibleBody", "Ministry of Roads")
                    .with("owner", Map.of("name", "Ali Rezaei", "email", "ali@example.ir")).with("tags", List.of("transport")));
            Api.milestone(overdue, Body.of("title", "Draft timetable exchanged", "dueDate", "2026-02-10"));
            Api.milestone(overdue, Body.of("title", "Timetable signed", "dueDate", "2026-03-15"));
            Api.progress(overdue, Body.of("status", "AT_RISK", "percentComplete", 40, "note", "Rolling stock is late",
                    "evidence", List.of("https://example.org/minutes.pdf")));
            long revised = Api.commitment(agreement, Api.commitmentBody(minsk).without("dueAt").with("dueDate", "2026-03-10")
                    .with("startOn", "2026-01-15").with("tags", List.of("customs")));
            Api.reviseDeadline(revised, Body.of("dueDate", "2026-03-20", "reason", "The customs code is being amended"));
            long done = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "2026-02-25"));
            Api.markDone(done, "https://example.org/report.pdf");
            Api.commitment(agreement, Api.commitmentBody(minsk).without("dueAt").with("dueDate", "2026-03-31")
                    .with("duePrecision", "MONTH"));
            Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt").with("undated", "Ongoing"));
            Api.json().body(Map.of("notes", "The working group meets monthly")).post("/api/agreements/" + agreement + "/reviews")
                    .then().statusCode(201);
            Persona official = Personas.official(tehran, minsk);
            Api.token(official.email(), official.password(), "Spreadsheet sync");
            // Its own administrator: the language chosen on the pages is kept on the account.
            Persona admin = Personas.create("admin", "Administrator " + Api.uniqueCode(), List.of());
            return new World(tehran, minsk, agreement, overdue, revised, done, official, admin);
        }
    }

    @BeforeAll
    static void startTheBrowser() {
        chromium = Chromium.startIfInstalled();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void aFreshVisit() {
        Chromium.assumeInstalled();
        clock.set(TestClockProducer.START);
        if (world == null) {
            world = World.create();
        }
        driver = chromium.driver();
        driver.manage().window().setSize(DESKTOP);
        driver.get(url("/static/pacta.css"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void theOpenPagesHaveNoSeriousBarrierForAnAnonymousReader() {
        for (String lang : LANGUAGES) {
            language(lang);
            String who = "anonymous";
            audit("/", lang, who);
            audit("/agreements", lang, who);
            audit("/agreements/" + world.agreement(), lang, who);
            audit("/commitments/" + world.overdue(), lang, who);
            audit("/commitments/" + world.revised(), lang, who);
            audit("/reports/overdue", lang, who);
            audit("/reports/scorecard", lang, who);
            audit("/calendar", lang, who);
            audit("/login", lang, who);
            audit("/login/error", lang, who);
            audit("/agreements/999999999", lang, who);
        }
        // Reached from an email, in English only: the confirmation and a link that is no longer valid.
        audit(URI.create(unsubscribeLinks.forOwner(world.overdue())).getPath(), "en", "anonymous");
        audit("/unsubscribe/no-longer-valid", "en", "anonymous");
        verdict(24);
    }

    @Test
    void anOfficialsPagesHaveNoSeriousBarrier() {
        Persona official = world.official();
        signIn(official);
        // The subscriptions page with a subscription in its table.
        open("/subscriptions?agreement=" + world.agreement());
        click(By.cssSelector("main form.stack button[type=submit]"));
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table input.copy")));
        for (String lang : LANGUAGES) {
            language(lang);
            String who = "official";
            long a = world.agreement();
            audit("/", lang, who);
            audit("/agreements", lang, who);
            audit("/agreements/" + a, lang, who);
            audit("/agreements/new", lang, who);
            audit("/agreements/" + a + "/edit", lang, who);
            audit("/agreements/" + a + "/commitments/new", lang, who);
            audit("/commitments/" + world.overdue(), lang, who);
            audit("/commitments/" + world.revised(), lang, who);
            audit("/commitments/" + world.done(), lang, who);
            audit("/commitments/" + world.overdue() + "/edit", lang, who);
            audit("/agreements/" + a + "/reviews", lang, who);
            audit("/reports/overdue", lang, who);
            audit("/reports/scorecard", lang, who);
            audit("/reports/overdue?confirmation=pending", lang, who);
            audit("/calendar", lang, who);
            audit("/subscriptions", lang, who);
            audit("/account", lang, who);
            audit("/account/password", lang, who);
            audit("/import", lang, who);
            audit("/agreements/" + a + "/import", lang, who);
            audit("/imports/new", lang, who);
            audit("/imports/new?agreement=" + a, lang, who);
            audit("/agreements/999999999", lang, who);

            // A form sent back with its mistakes marked.
            open("/agreements/" + a + "/commitments/new");
            submitAndWait(By.cssSelector("main form.stack button[type=submit]"));
            chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("title-error")));
            analyze("/agreements/" + a + "/commitments/new (refused)", lang, who);

            // The mapping step of a spreadsheet import, then its dry run.
            open("/imports/new?agreement=" + a);
            upload();
            analyze(path(driver.getCurrentUrl()) + " (mapping)", lang, who);
            submitAndWait(By.cssSelector("button[name=action][value=check]"));
            chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
            analyze(path(driver.getCurrentUrl()) + " (dry run)", lang, who);
        }
        verdict(52);
    }

    @Test
    void anAdministratorsPagesHaveNoSeriousBarrier() {
        signIn(world.admin());
        for (String lang : LANGUAGES) {
            language(lang);
            String who = "admin";
            audit("/", lang, who);
            audit("/accounts", lang, who);
            audit("/parties", lang, who);
            audit("/parties/" + world.tehran(), lang, who);
            audit("/agreements/" + world.agreement(), lang, who);
            audit("/commitments/" + world.overdue(), lang, who);
            audit("/subscriptions", lang, who);
            audit("/account", lang, who);
            audit("/imports/new", lang, who);
        }
        verdict(18);
    }

    @Test
    void onAPhoneTheWideTablesAndChartsStayWithinReachOfTheKeyboard() {
        signIn(world.official());
        driver.manage().window().setSize(PHONE);
        for (String lang : LANGUAGES) {
            language(lang);
            String who = "official, phone";
            audit("/", lang, who);
            audit("/agreements", lang, who);
            audit("/agreements/" + world.agreement(), lang, who);
            audit("/commitments/" + world.overdue(), lang, who);
            audit("/commitments/" + world.revised(), lang, who);
            audit("/reports/overdue", lang, who);
            audit("/reports/scorecard", lang, who);
            audit("/calendar", lang, who);
            audit("/agreements/" + world.agreement() + "/reviews", lang, who);
            audit("/account", lang, who);
            open("/imports/new?agreement=" + world.agreement());
            upload();
            analyze(path(driver.getCurrentUrl()) + " (mapping)", lang, who);
        }
        verdict(22);
    }

    @Test
    void everyChartCanBeReadAsATableOfTheSameFiguresAndLinks() {
        open("/");
        for (String chart : List.of("by-party", "by-agreement")) {
            WebElement section = driver.findElement(By.cssSelector("section[aria-labelledby=" + chart + "]"));
            List<String> bars = section.findElements(By.cssSelector("svg a")).stream().map(a -> a.getDomAttribute("href")).toList();
            List<String> totals = section.findElements(By.cssSelector("svg .chart-total")).stream().map(WebElement::getText).toList();
            assertThat(chart + " has bars", bars.size(), greaterThan(0));
            WebElement table = section.findElement(By.cssSelector("details table"));
            assertThat("the table stays folded until asked for", table.isDisplayed(), is(false));
            section.findElement(By.tagName("summary")).click();
            chromium.await().until(ExpectedConditions.visibilityOf(table));
            assertThat(chart + ": a row for each bar, with its link", table.findElements(By.cssSelector("tbody th a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList(), equalTo(bars));
            assertThat(chart + ": the totals drawn", table.findElements(By.cssSelector("tbody td:last-child")).stream()
                    .map(WebElement::getText).toList(), equalTo(totals));
        }
        chromium.screenshot("dashboard-chart-tables", "en");
        open("/agreements/" + world.agreement());
        WebElement section = driver.findElement(By.cssSelector("section[aria-labelledby=timeline]"));
        List<String> bars = section.findElements(By.cssSelector("svg a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat("every dated commitment is drawn", bars.size(), equalTo(4));
        section.findElement(By.tagName("summary")).click();
        WebElement table = chromium.await().until(ExpectedConditions.visibilityOf(section.findElement(By.tagName("table"))));
        assertThat(table.findElements(By.cssSelector("tbody th a")).stream().map(a -> a.getDomAttribute("href")).toList(),
                equalTo(bars));
        WebElement overdue = table.findElement(By.xpath(".//tr[th/a[@href='/commitments/" + world.overdue() + "']]"));
        assertThat("its deadline and both milestones", overdue.getText(), org.hamcrest.Matchers.stringContainsInOrder(
                "Feb 20, 2026", "Feb 10, 2026", "Mar 15, 2026"));
        chromium.screenshot("agreement-timeline-table", "en");
        // The drawing is still there for the mouse: a bar leads to its commitment.
        section.findElement(By.cssSelector("svg a[href='/commitments/" + world.overdue() + "'] rect")).click();
        chromium.await().until(ExpectedConditions.urlMatches("/commitments/" + world.overdue() + "$"));
    }

    // --- axe

    /** Opens the page, unfolds its folded parts and runs axe on it. */
    private void audit(String path, String lang, String who) {
        open(path);
        analyze(path, lang, who);
    }

    private void analyze(String page, String lang, String who) {
        chromium.await().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(page + " is in " + lang, driver.findElement(By.tagName("html")).getAttribute("lang"), equalTo(lang));
        // Folded forms are read by axe only when open: a reader who unfolds them meets them too.
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        assertThat(page + ": axe ran (" + results.getErrorMessage() + ")", results.isErrored(), is(false));
        assertThat(page + ": axe checked something", results.getPasses().size(), greaterThan(10));
        pagesChecked++;
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
                String line = page + " [" + lang + ", " + who + "] " + rule.getId() + " (" + impact + "): " + rule.getHelp()
                        + "\n    at " + node.getTarget() + "\n    " + abbreviate(node.getHtml())
                        + (node.getFailureSummary() == null ? "" : "\n    " + node.getFailureSummary().replace("\n", "\n    "));
                if (BLOCKING.contains(impact)) {
                    findings.add(line);
                } else {
                    System.out.println("axe, not blocking: " + line);
                }
            }
        }
    }

    private void verdict(int expectedPages) {
        assertThat("pages checked", pagesChecked, equalTo(expectedPages));
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " serious or critical accessibility violations:\n\n"
                    + String.join("\n\n", findings));
        }
    }

    private static String abbreviate(String html) {
        String one = html == null ? "" : html.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    // --- steps

    private void language(String lang) {
        open("/lang/" + lang + "?back=/");
        chromium.await().until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private void signIn(Persona who) {
        open("/login");
        chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(who.email());
        driver.findElement(By.id("j_password")).sendKeys(who.password());
        submitAndWait(By.cssSelector("main form.stack button[type=submit]"));
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .account"), who.email()));
    }

    /** A small plan chosen on the upload form, as a person picks a file; waits for the mapping step. */
    private void upload() {
        Path file = files.resolve("plan.csv");
        try {
            Files.writeString(file, "Ref;Action;Lead agency;Deadline;Status\r\n"
                    + "1;Publish the budget;Ministry of Finance;31.12.2026;In progress\r\n"
                    + "2;Open the procurement data;Treasury;30.09.2026;Not started\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submitAndWait(By.cssSelector("main form.stack button[type=submit]"));
        chromium.await().withMessage("the mapping step").until(ExpectedConditions.presenceOfElementLocated(By.id("col0")));
    }

    /** Clicks a submit button and waits until the page it leads to has replaced this one (htmx swaps the body). */
    private void submitAndWait(By button) {
        WebElement main = driver.findElement(By.tagName("main"));
        click(button);
        chromium.await().until(ExpectedConditions.stalenessOf(main));
    }

    private void click(By by) {
        chromium.await().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
