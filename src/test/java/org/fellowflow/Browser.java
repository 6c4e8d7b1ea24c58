package org.fellowflow;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian chromium driven through the Debian chromedriver, both at fixed paths so that Selenium
 * Manager never tries to download a browser or driver. Each Browser has its own fresh profile folder, so no
 * session, cookie or local storage carries over from another Browser. Screenshots and page sources go under
 * target/browser-screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String INSTALL_HINT = "install them with: apt-get install chromium chromium-driver";
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    /**
     * The zone of the programme's people (fellowflow.programme.time-zone). Tasklist's form-js date field shifts
     * a typed date back one day in a browser west of UTC (form-js #1223), so the browser must not take the zone
     * of whichever machine runs the tests.
     */
    public static final String TIME_ZONE = "Europe/London";

    public final WebDriver web;
    private final Path profile;

    private Browser(WebDriver web, Path profile) {
        this.web = web;
        this.profile = profile;
    }

    /** Null when chromium and chromedriver are both installed; otherwise what is missing and how to install. */
    public static String missing() {
        StringBuilder missing = new StringBuilder();
        for (Path executable : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(executable)) {
                missing.append(missing.length() == 0 ? "" : " and ").append(executable);
            }
        }
        return missing.length() == 0 ? null : missing + " missing: " + INSTALL_HINT;
    }

    public static Browser start() {
        String missing = missing();
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        // Both paths explicit: with them Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("fellowflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", TIME_ZONE)).build();
        try {
            ChromeDriver web = new ChromeDriver(service, options);
            web.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
            return new Browser(web, profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    /** Saves a PNG of the visible page as target/browser-screenshots/{name}.png; returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = ((TakesScreenshot) web).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(safe(name) + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page's current DOM as target/browser-screenshots/{name}.html, to see what went wrong. */
    public Path pageSource(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(safe(name) + ".html");
            Files.writeString(target, web.getPageSource(), StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the page as it was when a step failed: a screenshot and the page source, both named after the
     * step. Never hides the failure: a problem taking them is added to it as a suppressed exception.
     */
    public void captureFailure(String step, Throwable failure) {
        try {
            screenshot("failure-" + step);
            pageSource("failure-" + step);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public void close() {
        try {
            web.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temp folder left behind is harmless.
        }
    }
}
