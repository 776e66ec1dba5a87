package org.pacta.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: the browser of the design's third test tier. Both
 * paths are given explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver. The profile
 * is a fresh temporary directory, removed on close. A suite that needs it calls {@link #assumeInstalled()} first, so
 * it is skipped, with the reason, on a machine without Chromium.
 */
public final class Chromium implements AutoCloseable {

    /** Debian's paths; -Dbrowser.chromium=… and -Dbrowser.chromedriver=… name others. */
    public static final Path BINARY = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile, Path downloads) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    static final String MISSING = "Browser tests skipped: they need Debian's Chromium at " + BINARY + " and its driver at "
            + DRIVER + " (apt-get install chromium chromium-driver).";

    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test (with the reason) unless Debian's chromium and chromedriver are installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), MISSING);
    }

    /** The browser, or null (and the reason on stderr) when it is not installed: tests then skip themselves. */
    public static Chromium startIfInstalled() {
        if (!installed()) {
            System.err.println(MISSING);
            return null;
        }
        return start();
    }

    public static Chromium start() {
        assumeInstalled();
        // No usage statistics, and no Selenium Manager: the driver path below is explicit.
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile;
        Path downloads;
        try {
            profile = Files.createTempDirectory("pacta-chromium-");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1280,1000", "--lang=en-US",
                "--user-data-dir=" + profile.resolve("profile").toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe on a long page took more than the default 30 s when the machine ran two other builds beside it.
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        return new Chromium(service, driver, profile, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /**
     * Waits until the browser has finished downloading a file whose name ends with {@code suffix} (and that was not
     * there before: tests {@link #clearDownloads()} first), and answers its text.
     */
    public String awaitDownload(String suffix) {
        Path file = await().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clearDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows as target/screenshots/{page}-{language}.png. */
    public Path screenshot(String page, String language) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve((page + "-" + language).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-") + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
