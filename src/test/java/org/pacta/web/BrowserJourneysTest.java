package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Chromium;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;
import org.pacta.testsupport.TestClockProducer;

/**
 * The pages in a real browser (Debian's Chromium, headless): what officials and monitors do every day, in English
 * and in Persian, with a screenshot of every page visited (target/screenshots/{page}-{language}.png). One browser
 * serves the whole class; each test starts without cookies. Skipped when Chromium is not installed.
 */
@QuarkusTest
@Tag("browser")
class BrowserJourneysTest {

    private static Chromium chromium;

    /** How many boxes of the text after an element are drawn within that element's own horizontal extent. */
    private static final String INTERLEAVED_TEXT = """
            const el = arguments[0];
            const own = Array.from(el.getClientRects());
            const left = Math.min(...own.map(r => r.left)), right = Math.max(...own.map(r => r.right));
            const after = document.createRange();
            after.setStartAfter(el);
            after.setEndAfter(el.parentNode.lastChild);
            return Array.from(after.getClientRects())
                .filter(r => r.width > 0 && r.left < right - 1 && r.right > left + 1).length;
            """;

    @TestHTTPResource("/")
    URL root;

    @Inject
    MutableClock clock;

    private WebDriver driver;

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
    void aFreshVisitOnTheFirstOfMarch() {
        Chromium.assumeInstalled();
        clock.set(TestClockProducer.START);
        driver = chromium.driver();
        driver.get(url("/static/pacta.css"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void anOfficialRecordsAnOverdueCommitmentFollowsItUpAndDeliversIt() {
        String tehran = Api.party("Asia/Tehran");
        String minsk = Api.party("Europe/Minsk");
        Persona official = Personas.official(tehran);
        signIn(official);
        int overdueBefore = overdueOnDashboard();

        // A new agreement through the form, with both parties.
        click(By.linkText("Agreements"));
        heading("Agreements");
        shot("agreements", "en");
        click(By.linkText("New agreement"));
        heading("New agreement");
        String agreementTitle = Api.unique("Rail cooperation roadmap");
        type(By.id("title"), agreementTitle);
        click(By.cssSelector("input[name=parties][value='" + tehran + "']"));
        click(By.cssSelector("input[name=parties][value='" + minsk + "']"));
        shot("agreement-new", "en");
        submitMainForm();
        heading(agreementTitle);
        long agreementId = idIn(driver.getCurrentUrl(), "/agreements/(\\d+)");
        shot("agreement", "en");

        // A commitment whose deadline has already passed.
        click(By.linkText("Add a commitment"));
        heading("Add a commitment");
        String title = Api.unique("Publish the joint rail timetable");
        type(By.id("title"), title);
        new Select(driver.findElement(By.id("responsibleParty"))).selectByValue(tehran);
        setDate(By.id("dueDate"), "2026-02-20");
        type(By.id("ownerName"), "Ali Rezaei");
        shot("commitment-new", "en");
        submitMainForm();
        heading(title);
        long commitmentId = idIn(driver.getCurrentUrl(), "/commitments/(\\d+)");
        assertThat(text(By.cssSelector("main .chip-overdue")), startsWith("9 days overdue"));
        shot("commitment-overdue", "en");

        // The dashboard counts it; the overdue report lists it.
        click(By.linkText("Dashboard"));
        heading("Dashboard");
        chromium.await().until(d -> overdueOnDashboard() == overdueBefore + 1);
        shot("dashboard", "en");
        click(By.cssSelector("a.stat-overdue"));
        heading("Overdue report");
        type(By.id("o-agreement"), Long.toString(agreementId));
        click(By.cssSelector("form.filters button[type=submit]"));
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
        shot("overdue-report", "en");
        // The CSV download is a file, not a page: the report stays on screen.
        chromium.clearDownloads();
        click(By.linkText("Download CSV"));
        assertThat(chromium.awaitDownload(".csv"), containsString(title));
        heading("Overdue report");
        click(By.linkText(title));
        heading(title);

        // A progress update from the working group.
        click(By.cssSelector("#progress summary"));
        new Select(driver.findElement(By.id("pr-status"))).selectByValue("IN_PROGRESS");
        replace(By.id("pr-percent"), "40");
        type(By.id("pr-note"), "Working group met in Minsk");
        shot("commitment-progress-form", "en");
        click(By.cssSelector("#progress form button[type=submit]"));
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress .timeline"),
                "Working group met in Minsk"));
        assertThat(driver.findElement(By.cssSelector("main dd progress")).getAttribute("value"), equalTo("40"));

        // The deadline moves, with its reason; it is still in the past.
        click(By.cssSelector("#deadlines summary"));
        setDate(By.id("dl-date"), "2026-02-27");
        type(By.id("dl-reason"), "Rolling stock delivery slipped");
        click(By.cssSelector("#deadlines form button[type=submit]"));
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#deadlines table"),
                "Rolling stock delivery slipped"));
        assertThat(text(By.cssSelector("main .chip-slipped")), equalTo("+7 days"));
        assertThat(text(By.cssSelector("main .chip-overdue")), startsWith("2 days overdue"));
        shot("commitment-deadline-moved", "en");

        // Delivered, with evidence: no longer overdue anywhere.
        click(By.cssSelector("#progress summary"));
        new Select(driver.findElement(By.id("pr-status"))).selectByValue("DONE");
        replace(By.id("pr-percent"), "100");
        type(By.id("pr-note"), "Timetable published");
        type(By.id("pr-evidence"), "https://example.org/timetable.pdf");
        click(By.cssSelector("#progress form button[type=submit]"));
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main > p .chip-DONE")));
        assertThat(driver.findElements(By.cssSelector("main .chip-overdue")).size(), equalTo(0));
        assertThat(driver.findElement(By.linkText("https://example.org/timetable.pdf")).getAttribute("href"),
                equalTo("https://example.org/timetable.pdf"));
        shot("commitment-done", "en");
        assertThat(Api.getCommitment(commitmentId).getBoolean("overdue"), is(false));

        click(By.linkText("Overdue"));
        heading("Overdue report");
        type(By.id("o-agreement"), Long.toString(agreementId));
        click(By.cssSelector("form.filters button[type=submit]"));
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Nothing is overdue."));
        click(By.linkText("Dashboard"));
        heading("Dashboard");
        assertThat(overdueOnDashboard(), equalTo(overdueBefore));
    }

    @Test
    void aMonitorSubscribesToAnAgreementAndReadsItsCalendarFeed() {
        String party = Api.party("Europe/Minsk");
        long agreement = Api.agreement(party);
        String agreementTitle = Api.get("/api/agreements/" + agreement).getString("title");
        long commitment = Api.commitment(agreement, Api.commitmentBody(party).without("dueAt").with("dueDate", "2026-03-20"));
        Persona monitor = Personas.monitor();
        signIn(monitor);

        open("/agreements/" + agreement);
        heading(agreementTitle);
        shot("agreement-monitor", "en");
        // The agreement's own feed downloads as a file; the page stays.
        chromium.clearDownloads();
        click(By.linkText("Calendar feed (ICS)"));
        assertThat(uids(chromium.awaitDownload(".ics")).contains("commitment-" + commitment + "@pacta"), is(true));
        heading(agreementTitle);

        click(By.linkText("Subscribe"));
        heading("Your subscriptions");
        assertThat(driver.findElement(By.cssSelector("input[name=scope][value=agreement]")).isSelected(), is(true));
        assertThat(driver.findElement(By.id("s-agreement")).getAttribute("value"), equalTo(Long.toString(agreement)));
        assertThat(driver.findElement(By.id("s-email")).getAttribute("value"), equalTo(monitor.email()));
        shot("subscription-new", "en");
        submitMainForm();
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table input.copy")));
        WebElement row = driver.findElement(By.xpath("//main//tr[td[contains(., '" + agreementTitle + "')]]"));
        String calendarUrl = row.findElement(By.cssSelector("input.copy")).getAttribute("value");
        shot("subscriptions", "en");

        // The feed works without the session: a calendar application fetches it by its secret address.
        String path = URI.create(calendarUrl).getPath();
        assertThat(path, startsWith("/api/calendar/"));
        String ics = RestAssured.given().get(path).then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertThat(uids(ics).contains("commitment-" + commitment + "@pacta"), is(true));
    }

    @Test
    void aPersianReaderGetsRightToLeftPagesWithTheNavigationOnTheRight() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(Api.agreementBody(tehran).with("title", "نقشه راه همکاری ریلی " + Api.uniqueCode()));
        String agreementTitle = Api.get("/api/agreements/" + agreement).getString("title");
        String title = "انتشار جدول زمانی مشترک قطار 🚆 " + Api.uniqueCode();
        long commitment = Api.commitment(agreement, Api.commitmentBody(tehran).without("dueAt")
                .with("title", title).with("dueDate", "2026-02-25"));
        Persona official = Personas.official(tehran);
        signIn(official);

        click(By.linkText("فارسی"));
        heading("داشبورد");
        chromium.await().until(d -> "fa".equals(htmlAttribute("lang")));
        assertThat(htmlAttribute("dir"), equalTo("rtl"));
        WebElement brand = driver.findElement(By.cssSelector("header .brand"));
        WebElement firstLink = driver.findElement(By.cssSelector("nav.nav a:first-child"));
        WebElement lastLink = driver.findElement(By.cssSelector("nav.nav a:last-child"));
        int width = driver.manage().window().getSize().getWidth();
        assertThat("the brand starts the header on the right", brand.getRect().getX(), greaterThan(width / 2));
        assertThat("the first menu item is right of the last", firstLink.getRect().getX(), greaterThan(lastLink.getRect().getX()));
        assertThat("the menu is right of the account links", firstLink.getRect().getX(),
                greaterThan(driver.findElement(By.cssSelector("header .account")).getRect().getX()));
        assertThat(text(By.cssSelector("nav.nav a:first-child")), equalTo("داشبورد"));
        assertThat(text(By.cssSelector("nav.nav a[href='/agreements']")), equalTo("توافق‌نامه‌ها"));
        shot("dashboard", "fa");

        click(By.cssSelector("nav.nav a[href='/agreements']"));
        heading("توافق‌نامه‌ها");
        shot("agreements", "fa");
        open("/agreements/" + agreement);
        heading(agreementTitle);
        shot("agreement", "fa");
        click(By.linkText(title));
        heading(title);
        assertThat(htmlAttribute("dir"), equalTo("rtl"));
        WebElement h1 = driver.findElement(By.tagName("h1"));
        WebElement main = driver.findElement(By.tagName("main"));
        assertThat("the heading hugs the right edge of the content",
                main.getRect().getX() + main.getRect().getWidth() - (h1.getRect().getX() + h1.getRect().getWidth()), lessThan(40));
        // "25 Feb 2026, 23:59 Tehran — 25 Feb 2026, 20:29 your time": Latin digits and zone names must not let the
        // two readings run into each other, so the deadline is laid out as one piece.
        Object interleaved = ((JavascriptExecutor) driver).executeScript(INTERLEAVED_TEXT,
                driver.findElement(By.cssSelector("dl.facts time")));
        assertThat("the reader's time does not run into the party's deadline", interleaved, equalTo(0L));

        click(By.cssSelector("#progress summary"));
        new Select(driver.findElement(By.id("pr-status"))).selectByValue("AT_RISK");
        replace(By.id("pr-percent"), "60");
        type(By.id("pr-note"), "واگن‌ها با تأخیر می‌رسند 🚃");
        shot("commitment-progress-form", "fa");
        click(By.cssSelector("#progress form button[type=submit]"));
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress .timeline"),
                "واگن‌ها با تأخیر می‌رسند 🚃"));
        assertThat(htmlAttribute("dir"), equalTo("rtl"));
        shot("commitment", "fa");

        click(By.cssSelector("nav.nav a[href='/reports/overdue']"));
        heading("گزارش موارد معوق");
        shot("overdue-report", "fa");
        open("/calendar?month=2026-02");
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.linkText(title + " (" + tehran + ")")));
        shot("calendar", "fa");
        assertThat(Api.getCommitment(commitment).getString("status"), equalTo("AT_RISK"));
    }

    @Test
    void aPersianOfficialRecordsACommitmentWithASolarHijriDateAndFindsItOnTheTimeline() {
        String tehran = Api.party("Asia/Tehran");
        String agreementTitle = "نقشه راه همکاری گمرکی " + Api.uniqueCode();
        long agreement = Api.agreement(Api.agreementBody(tehran).with("title", agreementTitle));
        signIn(Personas.official(tehran));
        click(By.linkText("فارسی"));
        heading("داشبورد");
        assertThat("the dashboard counts in Persian digits", text(By.cssSelector("a.stat-overdue .num")).matches("[۰-۹]+"), is(true));
        shot("dashboard-journey", "fa");

        open("/agreements/" + agreement);
        heading(agreementTitle);
        click(By.linkText("افزودن تعهد"));
        heading("افزودن تعهد");
        String title = "راه‌اندازی پنجره واحد گمرکی " + Api.uniqueCode();
        type(By.id("title"), title);
        new Select(driver.findElement(By.id("responsibleParty"))).selectByValue(tehran);
        WebElement due = driver.findElement(By.id("dueDate"));
        assertThat("a Solar Hijri reader types the date, not a Gregorian picker", due.getAttribute("type"), equalTo("text"));
        type(By.id("dueDate"), "۱۴۰۵/۰۷/۲۳");
        shot("commitment-new-solar-hijri", "fa");
        submitMainForm();
        heading(title);
        long commitment = idIn(driver.getCurrentUrl(), "/commitments/(\\d+)");
        assertThat(text(By.cssSelector("dl.facts time")), containsString("۲۳ مهر ۱۴۰۵"));
        assertThat("stored as the same day in ISO", Api.getCommitment(commitment).getString("dueDate"), equalTo("2026-10-15"));
        shot("commitment-solar-hijri", "fa");

        click(By.cssSelector("nav.crumbs a[href='/agreements/" + agreement + "']"));
        heading(agreementTitle);
        WebElement timeline = chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline ~ .chart-wrap svg")));
        assertThat("the timeline draws the commitment", timeline.getAttribute("innerHTML"), containsString(title));
        assertThat("its axis is in Solar Hijri months", timeline.getAttribute("innerHTML"), containsString("مهر ۱۴۰۵"));
        click(By.cssSelector("details.chart-data summary"));
        assertThat(text(By.cssSelector("details.chart-data table")), containsString("۲۳ مهر ۱۴۰۵"));
        shot("agreement-timeline-solar-hijri", "fa");
    }

    @Test
    void aPersianPageLaysOutLatinTitlesLinksAndDatesInTheirOwnOrder() {
        String tehran = Api.party("Asia/Tehran");
        String title = "Open the border crossing " + Api.uniqueCode() + ".";
        String source = "https://example.org/roadmap/";
        long agreement = Api.agreement(Api.agreementBody(tehran).with("title", title).with("sourceUrl", source));
        signIn(Personas.official(tehran));
        click(By.linkText("فارسی"));
        heading("داشبورد");

        open("/agreements/" + agreement);
        heading(title);
        assertThat(htmlAttribute("dir"), equalTo("rtl"));
        assertThat("the full stop ends the English title", order(By.tagName("h1"), "Open", "."), equalTo("ltr"));
        assertThat("the source address reads from its scheme to its final slash",
                order(By.cssSelector("dl.facts a[href='" + source + "']"), "https", "p/"), equalTo("ltr"));
        shot("agreement-latin-title", "fa");

        open("/reports/scorecard?from=2026-02-30");
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "2026-02-30"));
        assertThat("a date the reader typed keeps its year first", order(By.tagName("main"), "2026-", "-30"), equalTo("ltr"));
        shot("scorecard-bad-date", "fa");
    }

    /**
     * Where the browser drew two pieces of one text fragment inside the element: "ltr" when the first is left of the
     * second (the fragment reads left to right as written), "rtl" when right of it, "missing" when not found.
     */
    private String order(By by, String first, String second) {
        WebElement element = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(by));
        Object result = ((JavascriptExecutor) driver).executeScript("""
                const [el, a, b] = arguments;
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                let text = '', nodes = [];
                for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
                const i = text.indexOf(a), j = text.indexOf(b, i + a.length);
                if (i < 0 || j < 0) return 'missing';
                const box = at => {
                  const [node, start] = nodes.filter(([, s]) => s <= at).pop();
                  const r = document.createRange();
                  r.setStart(node, at - start); r.setEnd(node, at - start + 1);
                  return r.getBoundingClientRect();
                };
                const x = box(i), y = box(j + b.length - 1);
                if (Math.abs(x.top - y.top) > x.height) return 'other lines';
                return x.left < y.left ? 'ltr' : 'rtl';
                """, element, first, second);
        return String.valueOf(result);
    }

    @Test
    void aFormWithAMistakeComesBackWithTheMessageBesideTheFieldAndWhatWasTyped() {
        String party = Api.party("Asia/Tehran");
        long agreement = Api.agreement(party);
        signIn(Personas.official(party));
        open("/agreements/" + agreement + "/commitments/new");
        heading("Add a commitment");
        setDate(By.id("dueDate"), "2026-04-30");
        type(By.id("ownerName"), "Ali Rezaei");
        type(By.id("tags"), "transport, rail");
        submitMainForm();

        chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("title-error")));
        assertThat(driver.findElement(By.id("title")).getAttribute("aria-invalid"), equalTo("true"));
        assertThat(driver.findElement(By.id("title")).getAttribute("aria-describedby"), equalTo("title-error"));
        assertThat(text(By.id("title-error")), equalTo("must not be blank"));
        assertThat(driver.findElement(By.id("dueDate")).getAttribute("value"), equalTo("2026-04-30"));
        assertThat(driver.findElement(By.id("ownerName")).getAttribute("value"), equalTo("Ali Rezaei"));
        assertThat(driver.findElement(By.id("tags")).getAttribute("value"), equalTo("transport, rail"));
        shot("commitment-new-invalid", "en");
    }

    @Test
    void aFormLeftOpenWhileAnotherTabWasUsedStillGoesThrough() {
        String party = Api.party("Asia/Tehran");
        long agreement = Api.agreement(party);
        long c = Api.commitment(agreement, party);
        signIn(Personas.official(party));
        open("/commitments/" + c);
        click(By.cssSelector("#progress summary"));
        type(By.id("pr-note"), "Typed before looking something up");
        String form = driver.getWindowHandle();

        // Another tab of the same browser opens pages with forms of their own.
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open("/reports/overdue");
        heading("Overdue report");
        open("/commitments/" + c);
        driver.close();
        driver.switchTo().window(form);

        click(By.cssSelector("#progress form button[type=submit]"));
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress .timeline"),
                "Typed before looking something up"));
        assertThat(Api.total("/api/commitments/" + c + "/updates"), equalTo(1L));
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        open("/");
        heading("Dashboard");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class"), equalTo("skip"));
        assertThat(focused.getText(), equalTo("Skip to content"));
        assertThat("the skip link shows itself when focused", focused.getRect().getX(), equalTo(0));
        shot("skip-link", "en");
        focused.sendKeys(Keys.ENTER);
        chromium.await().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    // --- steps

    private void signIn(Persona who) {
        open("/login");
        heading("Sign in");
        shot("login", "en");
        type(By.id("j_username"), who.email());
        type(By.id("j_password"), who.password());
        submitMainForm();
        heading("Dashboard");
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .account"), who.email()));
    }

    private int overdueOnDashboard() {
        return Integer.parseInt(text(By.cssSelector("a.stat-overdue .num")));
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private void heading(String text) {
        chromium.await().withMessage("the page's heading to be \"" + text + "\"")
                .until(d -> text.equals(textOrNull(d, By.tagName("h1"))));
    }

    /** The element's text, or null while it is missing or being replaced (htmx swaps the page's body). */
    private static String textOrNull(WebDriver d, By by) {
        try {
            return d.findElement(by).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return null;
        }
    }

    private void click(By by) {
        chromium.await().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(By by, String text) {
        chromium.await().until(ExpectedConditions.visibilityOfElementLocated(by)).sendKeys(text);
    }

    private void replace(By by, String text) {
        WebElement e = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(by));
        e.clear();
        e.sendKeys(text);
    }

    /** Date inputs read typed keys in the browser's locale; their value is ISO whatever the locale. */
    private void setDate(By by, String isoDate) {
        WebElement e = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", e, isoDate);
        assertThat(e.getAttribute("value"), equalTo(isoDate));
    }

    private void submitMainForm() {
        click(By.cssSelector("main form.stack button[type=submit]"));
    }

    private String text(By by) {
        return chromium.await().until(ExpectedConditions.presenceOfElementLocated(by)).getText();
    }

    private String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getAttribute(name);
    }

    private void shot(String page, String language) {
        chromium.screenshot(page, language);
    }

    /** The UIDs of the events of an iCalendar document, which must parse as one. */
    private static List<String> uids(String ics) {
        assertThat(ics, startsWith("BEGIN:VCALENDAR"));
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("Not iCalendar: " + e + "\n" + ics, e);
        }
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().map(u -> u.getValue()).orElse("")).toList();
    }

    private static long idIn(String url, String regex) {
        Matcher m = Pattern.compile(regex).matcher(url);
        if (!m.find()) {
            throw new AssertionError(url + " does not match " + regex);
        }
        return Long.parseLong(m.group(1));
    }
}
