package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pacta.sheet.TestFiles;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Chromium;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;

/**
 * The spreadsheet import in a real browser: an official brings the four plans officials bring (an XLSX action plan,
 * a Russian windows-1251 CSV, a Persian CSV with a byte order mark, an English CSV with revised deadlines) through
 * upload, mapping, dry run and import, each in the language its authors read. Screenshots of the mapping step and
 * the dry run go to target/screenshots/import-*. Skipped when Chromium is not installed.
 */
@QuarkusTest
@Tag("browser")
class ImportBrowserTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    @TempDir
    Path files;

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
    void aFreshVisit() {
        Chromium.assumeInstalled();
        driver = chromium.driver();
        driver.get(url("/static/pacta.css"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void anActionPlanWorkbookBecomesANewAgreement() {
        String party = Api.party("America/New_York");
        signIn(Personas.official(party));
        click(By.linkText("Agreements"));
        heading("Agreements");
        click(By.linkText("Import a spreadsheet"));
        heading("Import a spreadsheet");

        upload("action-plan.xlsx", TestFiles.actionPlanXlsx());
        assertThat("the title row above the header is skipped", text(By.cssSelector("main > p")),
                containsString("action-plan.xlsx: 4 rows, 5 columns"));
        assertThat(columns(), equalTo(List.of("No.", "Action", "Lead agency", "Deadline", "Status")));
        assertThat(chosen(), equalTo(fields("reference", "title", "responsibleBody", "dueDate", "status")));
        assertThat(text(By.cssSelector("table.preview tbody")), containsString("Publish the open data strategy"));
        String title = Api.unique("Open data action plan");
        type(By.id("title"), title);
        click(By.cssSelector("input[name=parties][value='" + party + "']"));
        shot("import-mapping-xlsx", "en");

        String summary = check();
        assertThat(summary, containsString("Nothing stops this import."));
        assertThat("two commitments and their two milestones", summary, containsString("4 to create, 0 to update, 0 unchanged."));
        assertThat("what was typed stays", driver.findElement(By.id("title")).getAttribute("value"), equalTo(title));
        assertThat(driver.findElement(By.cssSelector("input[name=parties][value='" + party + "']")).isSelected(), equalTo(true));
        assertThat(Api.total("/api/agreements?q=" + title.replace(' ', '+') + "&size=1"), equalTo(0L));
        shot("import-dry-run-xlsx", "en");

        importNow("Import: 4 new, 0 changed");
        heading(title);
        assertThat(driver.getCurrentUrl(), matchesPattern(".*/agreements/\\d+$"));
        assertThat(commitmentTitles(), containsInAnyOrder("Publish the open data strategy", "Open the spending data"));
    }

    @Test
    void aRussianPlanSavedInWindows1251IsImportedIntoAnAgreementWithThePagesInRussian() {
        String moscow = Api.party("Europe/Moscow");
        long agreement = Api.agreement(moscow);
        String agreementTitle = Api.get("/api/agreements/" + agreement).getString("title");
        signIn(Personas.official(moscow));
        open("/agreements/" + agreement);
        heading(agreementTitle);
        click(By.linkText("Русский"));
        chromium.await().until(d -> "ru".equals(htmlAttribute("lang")));
        heading(agreementTitle);
        click(By.linkText("Импорт таблицы"));
        heading("Импорт таблицы");
        assertThat(text(By.tagName("main")), containsString("В соглашение «" + agreementTitle + "»."));
        assertThat("the encoding is left to be detected",
                new Select(driver.findElement(By.id("encoding"))).getFirstSelectedOption().getAttribute("value"), equalTo(""));

        upload("план.csv", TestFiles.text(TestFiles.RUSSIAN_PLAN, Charset.forName("windows-1251"), false));
        String read = text(By.cssSelector("main > p"));
        assertThat(read, containsString("план.csv: строк — 4, столбцов — 5"));
        assertThat("the encoding and separator were found", read, containsString("windows-1251, разделитель: ;"));
        assertThat("the Cyrillic headers are read as Cyrillic", columns(),
                equalTo(List.of("№", "Мероприятие", "Ответственный исполнитель", "Срок исполнения", "Статус")));
        assertThat(chosen(), equalTo(fields("reference", "title", "responsibleBody", "dueDate", "status")));
        assertThat(text(By.cssSelector("table.preview tbody")), containsString("Провести заседание рабочей группы; подготовить протокол"));
        shot("import-mapping-csv", "ru");

        String summary = check();
        assertThat(summary, containsString("Ничто не мешает импорту."));
        assertThat(summary, containsString("Создать: 4, изменить: 0, без изменений: 0."));
        shot("import-dry-run-csv", "ru");

        importNow("Импортировать: новых — 4, изменённых — 0");
        heading(agreementTitle);
        assertThat(commitmentTitles(), containsInAnyOrder("Подготовить проект соглашения о сотрудничестве",
                "Провести заседание рабочей группы; подготовить протокол", "Увеличить товарооборот до 2,5 млрд долл."));
    }

    @Test
    void aPersianPlanWithABomIsImportedRightToLeft() {
        String tehran = Api.party("Asia/Tehran");
        long agreement = Api.agreement(tehran);
        String agreementTitle = Api.get("/api/agreements/" + agreement).getString("title");
        signIn(Personas.official(tehran));
        driver.manage().addCookie(new Cookie(Page.LANGUAGE_COOKIE, "fa", "/"));
        open("/imports/new?agreement=" + agreement);
        heading("ورود از صفحه‌گسترده");
        assertThat(htmlAttribute("dir"), equalTo("rtl"));

        upload("برنامه.csv", TestFiles.text(TestFiles.PERSIAN_PLAN, StandardCharsets.UTF_8, true));
        assertThat(htmlAttribute("dir"), equalTo("rtl"));
        assertThat("the byte order mark is not part of the first header", columns(),
                equalTo(List.of("ردیف", "عنوان", "دستگاه مسئول", "مهلت", "وضعیت")));
        assertThat(chosen(), equalTo(fields("reference", "title", "responsibleBody", "dueDate", "status")));
        assertThat(text(By.cssSelector("table.preview tbody")), containsString("امضای یادداشت تفاهم گمرکی"));
        shot("import-mapping-csv", "fa");

        String summary = check();
        assertThat(summary, containsString("هیچ مانعی برای این ورود نیست."));
        assertThat("counted in Persian digits", summary, containsString("۲ ایجاد، ۰ به‌روزرسانی، ۰ بدون تغییر."));
        assertThat(htmlAttribute("dir"), equalTo("rtl"));
        shot("import-dry-run-csv", "fa");

        importNow("ورود: ۲ تازه، ۰ تغییرکرده");
        heading(agreementTitle);
        assertThat(commitmentTitles(), containsInAnyOrder("برگزاری نشست کمیسیون مشترک", "امضای یادداشت تفاهم گمرکی"));
    }

    @Test
    void anEnglishPlanWithRevisedDeadlinesIsImportedAndTheSameFileAgainChangesNothing() {
        String party = Api.party("America/New_York");
        long agreement = Api.agreement(party);
        String agreementTitle = Api.get("/api/agreements/" + agreement).getString("title");
        byte[] plan = TestFiles.ENGLISH_PLAN.getBytes(StandardCharsets.UTF_8);
        signIn(Personas.official(party));
        open("/agreements/" + agreement);
        heading(agreementTitle);
        click(By.linkText("Import a spreadsheet"));
        heading("Import a spreadsheet");

        upload("national-action-plan.csv", plan);
        assertThat(columns(), equalTo(List.of("Ref", "Commitment", "Lead agency", "Original deadline", "Revised deadline",
                "Reason for revision", "Status", "Completed on", "Evidence")));
        Map<String, String> suggested = chosen();
        assertThat(suggested.get("Ref"), equalTo("reference"));
        assertThat(suggested.get("Commitment"), equalTo("title"));
        // The revised deadline is the one that counts now; the original becomes the baseline the slippage is measured from.
        choose("Original deadline", "originalDueDate");
        choose("Revised deadline", "dueDate");
        assertThat(chosen(), equalTo(fields("reference", "title", "responsibleBody", "originalDueDate", "dueDate",
                "revisionReason", "status", "completedOn", "evidence")));
        shot("import-mapping-revisions", "en");

        String summary = check();
        assertThat(summary, containsString("Nothing stops this import."));
        assertThat(summary, containsString("6 to create, 0 to update, 0 unchanged."));
        assertThat("the choices made stay chosen", chosen().get("Original deadline"), equalTo("originalDueDate"));
        shot("import-dry-run-revisions", "en");

        importNow("Import: 6 new, 0 changed");
        heading(agreementTitle);
        assertThat(commitmentTitles(), containsInAnyOrder("Launch the open contracting portal", "Review the FOIA regulations",
                "Train agency staff in plain language", "Issue guidance on beneficial ownership"));

        // The same file once more: the dry run finds nothing to do.
        click(By.linkText("Import a spreadsheet"));
        heading("Import a spreadsheet");
        upload("national-action-plan.csv", plan);
        choose("Original deadline", "originalDueDate");
        choose("Revised deadline", "dueDate");
        String again = check();
        assertThat(again, containsString("Nothing stops this import."));
        assertThat(again, containsString("0 to create, 0 to update, 6 unchanged."));
        shot("import-dry-run-unchanged", "en");
        assertThat(Api.commitmentCount(agreement), equalTo(4L));
    }

    @Test
    void anImpossibleDateIsShownWithItsRowAndColumnAndNothingIsImported() {
        String minsk = Api.party("Europe/Minsk");
        long agreement = Api.agreement(minsk);
        signIn(Personas.official(minsk));
        open("/imports/new?agreement=" + agreement);
        heading("Import a spreadsheet");
        upload("plan.csv", ("Ref;Action;Lead agency;Deadline;Status\r\n"
                + "1;Publish the budget;Ministry of Finance;31.12.2026;In progress\r\n"
                + "1.1;Consult the regions;;31.02.2026;Not started\r\n"
                + "2;Open the procurement data;Treasury;30.09.2026;Not started\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(chosen().get("Deadline"), equalTo("dueDate"));
        new Select(driver.findElement(By.id("party"))).selectByValue(minsk);

        String summary = check();
        assertThat(summary, containsString("Nothing was imported: 1 problem."));
        assertThat(text(By.cssSelector("#outcome [role=alert] li")), matchesPattern("Row 3, Deadline: .*31\\.02\\.2026.*"));
        assertThat("no Import button after a failed dry run", driver.findElements(By.cssSelector("button[value=import]")), empty());
        assertThat("the default party chosen stays", new Select(driver.findElement(By.id("party"))).getFirstSelectedOption()
                .getAttribute("value"), equalTo(minsk));
        shot("import-dry-run-problem", "en");
        assertThat(Api.commitmentCount(agreement), equalTo(0L));

        // Leaving the deadlines out is a way past the problem: what the select says is what is checked.
        choose("Deadline", "");
        String without = check();
        assertThat(without, containsString("Nothing stops this import."));
        assertThat(without, containsString("3 to create, 0 to update, 0 unchanged."));
        assertThat(text(By.cssSelector("button[name=action][value=import]")), equalTo("Import: 3 new, 0 changed"));
        assertThat("a dry run writes nothing", Api.commitmentCount(agreement), equalTo(0L));
    }

    // --- steps

    private void signIn(Persona who) {
        open("/login");
        heading("Sign in");
        type(By.id("j_username"), who.email());
        type(By.id("j_password"), who.password());
        submitAndWait(By.cssSelector("main form.stack button[type=submit]"));
        heading("Dashboard");
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .account"), who.email()));
    }

    /** Chooses the file on the upload form, as a person picking it in the file dialog would, and reads it. */
    private void upload(String name, byte[] content) {
        Path file = files.resolve(name);
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submitAndWait(By.cssSelector("main form.stack button[type=submit]"));
        chromium.await().withMessage("the mapping step").until(ExpectedConditions.presenceOfElementLocated(By.id("col0")));
        assertThat(driver.getCurrentUrl(), matchesPattern(".*/imports/[^/?]+$"));
    }

    /** The dry run; answers the text of its summary. */
    private String check() {
        submitAndWait(By.cssSelector("button[name=action][value=check]"));
        return text(By.id("outcome"));
    }

    private void importNow(String label) {
        By button = By.cssSelector("button[name=action][value=import]");
        assertThat(text(button), equalTo(label));
        submitAndWait(button);
    }

    /** Clicks a submit button and waits until the page it leads to has replaced this one (htmx swaps the body). */
    private void submitAndWait(By button) {
        WebElement main = driver.findElement(By.tagName("main"));
        click(button);
        chromium.await().until(ExpectedConditions.stalenessOf(main));
    }

    /** The file's columns, by their headers in the mapping table. */
    private List<String> columns() {
        return driver.findElements(By.cssSelector("table.preview thead span[id$=-name]")).stream().map(this::seen).toList();
    }

    /** The text of an element once scrolled to: the preview table scrolls sideways in a box narrower than the file. */
    private String seen(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});", e);
        return e.getText();
    }

    /** Each column's header and the field its select shows now ("" for not imported). */
    private Map<String, String> chosen() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = columns();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), new Select(driver.findElement(By.id("col" + i))).getFirstSelectedOption().getAttribute("value"));
        }
        return out;
    }

    /** The expected fields of the columns, in order, keyed by the headers on the page. */
    private Map<String, String> fields(String... keys) {
        List<String> names = columns();
        assertThat(names.size(), equalTo(keys.length));
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            out.put(names.get(i), keys[i]);
        }
        return out;
    }

    private void choose(String column, String field) {
        int index = columns().indexOf(column);
        assertThat("a column headed " + column, index >= 0, equalTo(true));
        Select select = new Select(driver.findElement(By.id("col" + index)));
        select.selectByValue(field);
        assertThat(select.getFirstSelectedOption().getAttribute("value"), equalTo(field));
    }

    private List<String> commitmentTitles() {
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table tbody")));
        return driver.findElements(By.cssSelector("main table tbody td:first-child a")).stream().map(WebElement::getText).toList();
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

    private String text(By by) {
        return chromium.await().until(ExpectedConditions.presenceOfElementLocated(by)).getText();
    }

    private String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getAttribute(name);
    }

    private void shot(String page, String language) {
        chromium.screenshot(page, language);
    }
}
