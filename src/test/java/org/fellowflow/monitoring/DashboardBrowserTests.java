package org.fellowflow.monitoring;

import static org.fellowflow.Browser.SCREENSHOTS;
import static org.fellowflow.Browser.TIMEOUT;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fellowflow.Browser;
import org.fellowflow.BrowserAvailable;
import org.fellowflow.FellowflowTest;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser (Debian's headless chromium), reached as an admin would: signed in once in
 * the Camunda Tasklist, then opening /admin/dashboard with the same session. The timeline shows every phase in
 * launch-date order and the tables' figures are those of GET /api/phases. A screenshot of the page goes to
 * target/browser-screenshots/dashboard.png. Skipped without /usr/bin/chromium and /usr/bin/chromedriver, and
 * failed then when CI=true, as the Tasklist browser tests are.
 */
@ExtendWith(BrowserAvailable.class)
@FellowflowTest
class DashboardBrowserTests {


    @LocalServerPort int port;
    @Autowired RecruitmentDriver driver;
    @Autowired TestRestTemplate http;

    @Test
    void anAdminSignedInToTasklistSeesTheTimelineInOrderAndTheApisFigures() {
        LocalDate today = LocalDate.now();
        String recruiting = driver.recruitingPhase(2, today.minusDays(30));
        driver.apply(recruiting);
        driver.appointable(recruiting);
        driver.plannedPhase(3, today.plusDays(60));
        driver.plannedPhase(1, today.minusDays(5));
        JsonNode api = http.withBasicAuth("admin", "admin").getForObject("/api/phases", JsonNode.class);
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        api.forEach(phase -> {
            keys.add(phase.get("key").asText());
            names.add(phase.get("name").asText());
        });

        Browser browser = Browser.start();
        web = browser.web;
        try {
            String base = "http://localhost:" + port;
            web.get(base + "/camunda/app/tasklist/");
            WebElement username = until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("input[ng-model='username']")));
            username.sendKeys("admin");
            web.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("admin", Keys.ENTER);
            until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account > a.dropdown-toggle")));

            web.get(base + "/admin/dashboard");
            until(ExpectedConditions.textToBe(By.tagName("h1"), "Progress dashboard"));

            List<WebElement> bars = web.findElements(By.cssSelector("svg#timeline g.timeline-phase"));
            assertThat(bars).extracting(bar -> bar.getDomAttribute("data-phase")).as("the timeline, top to bottom")
                    .containsExactlyElementsOf(keys);
            assertThat(bars).extracting(bar -> bar.findElement(By.cssSelector("text.timeline-label")).getText())
                    .containsExactlyElementsOf(names.stream().map(name -> Svg.shorten(name, 34)).toList());
            List<Integer> tops = bars.stream().map(bar -> bar.findElement(By.cssSelector("path")).getRect().getY())
                    .toList();
            assertThat(tops).as("drawn from the top down in that order").isSorted();
            assertThat(web.findElement(By.cssSelector("svg#timeline .timeline-today")).isDisplayed()).isTrue();

            for (JsonNode phase : api) {
                String key = phase.get("key").asText();
                WebElement row = web.findElement(By.cssSelector("#phases-table tr[data-phase='" + key + "']"));
                JsonNode posts = phase.get("posts");
                for (String figure : List.of("filled", "offered", "open")) {
                    assertThat(cell(row, figure)).as(key + " posts " + figure).isEqualTo(posts.get(figure).asText());
                }
                assertThat(cell(row, "reserve")).as(key + " reserve").isEqualTo(phase.get("reserveList").asText());
                assertThat(cell(row, "tasks-waiting")).isEqualTo(String.valueOf(phase.get("tasksWaiting").size()));
                assertThat(cell(row, "incidents")).isEqualTo(String.valueOf(phase.get("incidents").size()));
                WebElement funnel = web.findElement(By.cssSelector("#funnel-table tr[data-phase='" + key + "']"));
                phase.get("applications").fields().forEachRemaining(stage -> assertThat(funnel.findElement(
                        By.cssSelector("td[data-stage='" + stage.getKey() + "']")).getText())
                        .as(key + " " + stage.getKey()).isEqualTo(stage.getValue().asText()));
            }
            JsonNode mine = api.get(keys.indexOf(recruiting));
            assertThat(mine.get("applications").get("submitted").asLong()).isEqualTo(2);
            assertThat(mine.get("applications").get("appointable").asLong()).isEqualTo(1);

            screenshot(web, "dashboard");
        } catch (RuntimeException | AssertionError failure) {
            try {
                screenshot(web, "failure-dashboard");
                Files.writeString(SCREENSHOTS.resolve("failure-dashboard.html"), web.getPageSource(),
                        StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        } finally {
            browser.close();
        }
    }

    private static String cell(WebElement row, String figure) {
        return row.findElement(By.cssSelector("td[data-figure='" + figure + "']")).getText().trim();
    }

    private WebDriver web;

    private <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(web, TIMEOUT).until(condition);
    }

    /** Saves the whole page (the window grown to its height) as target/browser-screenshots/{name}.png. */
    private static void screenshot(WebDriver web, String name) {
        try {
            Number height = (Number) ((JavascriptExecutor) web)
                    .executeScript("return document.documentElement.scrollHeight");
            web.manage().window().setSize(new Dimension(1400, Math.min(Math.max(height.intValue() + 40, 1000), 8000)));
            Files.createDirectories(SCREENSHOTS);
            File png = ((TakesScreenshot) web).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
