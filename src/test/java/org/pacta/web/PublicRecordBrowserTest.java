package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.ConfirmationStep;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Chromium;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * The public record of an agreement in a real browser, for a reader who has not signed in, in English and in
 * Persian (right to left): its progress, disputes, change history and open data, with no serious or critical
 * finding by axe-core (the rules of {@link AccessibilityBrowserTest}). Skipped when Chromium is not installed.
 */
@QuarkusTest
@Tag("browser")
class PublicRecordBrowserTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    @Inject
    MutableClock clock;

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

    @Test
    void thePublicRecordHasNoSeriousBarrierInEnglishOrPersian() {
        Chromium.assumeInstalled();
        clock.set(TestClockProducer.START);
        String tehran = Api.party("Asia/Tehran");
        String minsk = Api.party("Europe/Minsk");
        long agreement = Api.agreement(Api.agreementBody(tehran, minsk).with("public", true)
                .with("title", "نقشهٔ راه همکاری <b>rail</b> 🚆"));
        long late = Api.commitment(agreement, Api.commitmentBody(tehran).with("reference", "1.1")
                .with("owner", Map.of("name", "Ali Rezaei", "email", "ali@example.ir")));
        clock.advance(Duration.ofHours(1));
        Api.progress(late, Body.of("status", "AT_RISK", "percentComplete", 40, "note", "Rolling stock is late",
                "evidence", List.of("https://example.org/minutes.pdf")));
        Api.reviseDeadline(late, Body.of("dueAt", Api.daysAfterStart(60).toString(), "reason", "Customs code amended"));
        long done = Api.commitment(agreement, Api.commitmentBody(tehran).with("title", "Open the border post"));
        clock.advance(Duration.ofHours(1));
        Api.markDone(done, "https://example.org/report.pdf");
        QuarkusTransaction.requiringNew().run(() -> {
            Commitment c = Commitment.findById(done);
            new ConfirmationStep(c, null, Party.byCode(minsk).orElseThrow(), Confirmation.Act.DISPUTED, "someone",
                    "The post is still closed", List.of(), clock.instant()).persist();
            c.confirmation = Confirmation.DISPUTED;
        });
        // Enough history for a second page.
        for (int i = 1; i <= 26; i++) {
            Api.progress(late, Body.of("status", "IN_PROGRESS", "percentComplete", 40 + i, "note", "Step " + i));
        }
        clock.set(TestClockProducer.START);

        WebDriver driver = chromium.driver();
        driver.get(url("/static/pacta.css"));
        driver.manage().deleteAllCookies();
        List<String> findings = new ArrayList<>();
        for (String lang : List.of("en", "fa")) {
            driver.get(url("/lang/" + lang + "?back=/"));
            chromium.await().until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            for (String page : List.of("/agreements/" + agreement, "/agreements/" + agreement + "?page=1")) {
                driver.get(url(page));
                chromium.await().until(d -> "complete".equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState")) && !d.findElements(By.tagName("h1")).isEmpty());
                assertThat(driver.findElement(By.tagName("html")).getAttribute("dir"), equalTo(lang.equals("fa") ? "rtl" : "ltr"));
                assertThat("the feed is announced", driver.findElements(
                        By.cssSelector("head link[rel=alternate][type='application/atom+xml']")), hasSize(1));
                assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=history] tbody tr")).size(),
                        greaterThan(0));
                assertThat("feed, four files and the ledger with its head",
                        driver.findElements(By.cssSelector("section[aria-labelledby=open-data] a")), hasSize(7));
                assertThat("the agreement's scorecard", driver.findElements(By.cssSelector("section[aria-labelledby=scorecard] h2")),
                        hasSize(1));
                Results results = new AxeBuilder().withTags(AccessibilityBrowserTest.TAGS).analyze(driver);
                assertThat(page + ": axe ran", results.isErrored(), is(false));
                for (Rule rule : results.getViolations()) {
                    for (CheckedNode node : rule.getNodes()) {
                        String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
                        String line = page + " [" + lang + "] " + rule.getId() + " (" + impact + "): " + rule.getHelp()
                                + " at " + node.getTarget();
                        if (AccessibilityBrowserTest.BLOCKING.contains(impact)) {
                            findings.add(line);
                        } else {
                            System.out.println("axe, not blocking: " + line);
                        }
                    }
                }
                chromium.screenshot("public-record" + (page.contains("page=") ? "-2" : ""), lang);
            }
        }
        assertThat(String.join("\n", findings), findings, hasSize(0));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
