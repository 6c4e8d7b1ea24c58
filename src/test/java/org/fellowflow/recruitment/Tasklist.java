package org.fellowflow.recruitment;

import org.fellowflow.Browser;
import org.fellowflow.BrowserAvailable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Camunda 7 Tasklist (AngularJS) and the Camunda Forms it renders with form-js, used as a person would:
 * sign in, choose a filter, open a task, claim it, fill in its form, complete it, sign out. Selectors rest on
 * Tasklist's own template markup (ng-model, ng-click and its CSS classes) and on the ids form-js gives a form
 * component's elements: "fjs-form-{random}-{componentId}", the component id being the one in the .form file.
 * Every wait is explicit and bounded by {@link Browser#TIMEOUT}.
 */
final class Tasklist {

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    private static final By FILTERS = By.cssSelector(".task-filters .task-filter");
    private static final By ACCOUNT_MENU = By.cssSelector("li.account > a.dropdown-toggle");
    private static final By LOG_OUT = By.cssSelector("li.account li.logout > a");
    private static final By TASK_LINKS = By.cssSelector("ol.tasks-list > li.task h4.task > a");
    private static final By FORM = By.cssSelector("[cam-tasklist-form-camunda] .fjs-container form.fjs-form");
    private static final By FORM_TEXT = By.cssSelector("[cam-tasklist-form-camunda] .fjs-form-field-text p");
    private static final By CLAIM = By.cssSelector(".task-details button.claim");
    private static final By ASSIGNEE = By.cssSelector(".task-details li.assignee");
    private static final By COMPLETE = By.cssSelector(".task-details .form-actions button[ng-click='complete()']");
    private static final By ERRORS = By.cssSelector(".notifications .alert.alert-danger, "
            + ".notifications .alert.alert-error");

    private final Browser browser;
    private final WebDriver web;
    private final String url;

    Tasklist(Browser browser, int port) {
        this.browser = browser;
        this.web = browser.web;
        this.url = "http://localhost:" + port + "/camunda/app/tasklist/";
    }

    /** Signs in on Tasklist's sign-in form (opening Tasklist unless the form is shown) and waits for the filters. */
    void logIn(String user, String password) {
        if (web.findElements(USERNAME).stream().noneMatch(WebElement::isDisplayed)) {
            web.get(url);
        }
        WebElement username = until("the sign-in form", ExpectedConditions.elementToBeClickable(USERNAME));
        username.clear();
        username.sendKeys(user);
        WebElement secret = web.findElement(PASSWORD);
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
        until("signed in as " + user + ", with Tasklist filters", ExpectedConditions.visibilityOfElementLocated(FILTERS));
    }

    /** Signs out through the account menu and waits for the sign-in form. */
    void logOut() {
        until("the account menu", ExpectedConditions.elementToBeClickable(ACCOUNT_MENU)).click();
        until("Log out in the account menu", ExpectedConditions.elementToBeClickable(LOG_OUT)).click();
        until("the sign-in form after logging out", ExpectedConditions.visibilityOfElementLocated(USERNAME));
    }

    /** Chooses a filter by its name and waits until it is the active one. */
    void openFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][h4[contains(@class,'name')]/a["
                + "starts-with(normalize-space(.), " + literal(name) + ")]]");
        until("the filter '" + name + "'", ExpectedConditions.elementToBeClickable(filter)).click();
        until("the filter '" + name + "' active", ExpectedConditions.attributeContains(filter, "class", "active"));
    }

    /**
     * Opens the task of the given name for the application and waits until its form shows that application.
     * Tasklist shows the filter's variables (Application, Proposal) under each task when the person may read
     * them, and the task is found by its Application there. Where the list shows no variables (see
     * TasklistBrowserTests), the tasks of that name are opened in list order (newest first) and the form's
     * own header, "Application: REF", identifies the application instead.
     */
    void openTask(String taskName, String reference) {
        String named = "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "[.//h4[contains(@class,'task')]/a[normalize-space(.)=" + literal(taskName) + "]]";
        until("a task '" + taskName + "' in the list", ExpectedConditions.visibilityOfElementLocated(By.xpath(named)));
        By listed = By.xpath(named + "[.//*[contains(@class,'variable-value')][normalize-space(.)="
                + literal(reference) + "]]//h4[contains(@class,'task')]/a");
        if (!web.findElements(listed).isEmpty()) {
            clickNth(listed, 0, "the task '" + taskName + "' listed for " + reference);
            String shown = formHeaderAfter(null);
            if (!reference.equals(shown)) {
                throw new AssertionError("The task listed for " + reference + " opened a form for " + shown);
            }
            return;
        }
        By links = By.xpath(named + "//h4[contains(@class,'task')]/a");
        int count = web.findElements(links).size();
        String shown = null;
        for (int i = 0; i < count; i++) {
            clickNth(links, i, "task " + (i + 1) + " named '" + taskName + "'");
            shown = formHeaderAfter(shown);
            if (reference.equals(shown)) {
                return;
            }
        }
        throw new AssertionError("No task '" + taskName + "' for application " + reference + " among the "
                + count + " listed: " + web.findElements(TASK_LINKS).stream().map(WebElement::getText)
                        .collect(Collectors.joining(", ")));
    }

    /**
     * Clicks the n-th element found, finding it again if Tasklist re-renders its list in between (it refreshes
     * the list and fills in the variables after showing it, which leaves an element found a moment ago stale).
     */
    private void clickNth(By elements, int n, String what) {
        until(what + " clicked", d -> {
            try {
                List<WebElement> found = d.findElements(elements);
                if (found.size() <= n) {
                    return null;
                }
                found.get(n).click();
                return true;
            } catch (StaleElementReferenceException rerendered) {
                return null;
            }
        });
    }

    /** Waits for the opened task's form and returns the application its header names, once not previous. */
    private String formHeaderAfter(String previous) {
        until("the task's Camunda Form", ExpectedConditions.visibilityOfElementLocated(FORM));
        return until("the form's header naming an application" + (previous == null ? "" : " other than " + previous),
                d -> {
                    String shown = formHeader();
                    return shown != null && !shown.equals(previous) ? shown : null;
                });
    }

    /** The application reference the form's header shows ("Application: REF"), or null while it renders. */
    private String formHeader() {
        try {
            for (WebElement paragraph : web.findElements(FORM_TEXT)) {
                String text = paragraph.getText().trim();
                if (text.startsWith("Application:")) {
                    String value = text.substring("Application:".length()).trim();
                    return value.isEmpty() ? null : value;
                }
            }
        } catch (StaleElementReferenceException rerendered) {
            return null;
        }
        return null;
    }

    /** Claims the open task, which has no assignee yet, and waits until the person is its assignee. */
    void claim() {
        until("the Claim button", ExpectedConditions.elementToBeClickable(CLAIM)).click();
        until("the task claimed", ExpectedConditions.and(ExpectedConditions.invisibilityOfElementLocated(CLAIM),
                ExpectedConditions.visibilityOfElementLocated(ASSIGNEE)));
    }

    /** The form-js element of a form component, found by the component's id (plus any suffix form-js adds). */
    WebElement field(String componentId) {
        return until("the form field " + componentId, ExpectedConditions.elementToBeClickable(
                By.cssSelector("[cam-tasklist-form-camunda] [id$='-" + componentId + "']")));
    }

    /** Types into a text, text area or number field and leaves it (form-js commits a value on leaving). */
    void type(String componentId, String text) {
        WebElement input = field(componentId);
        input.clear();
        input.sendKeys(text, Keys.TAB);
        until(componentId + " holding '" + text + "'", d -> text.equals(input.getDomProperty("value")));
    }

    /**
     * Types a date into a form-js date field and leaves the field, in the US format its date picker reads and
     * shows: month and day without leading zeros, so that 12/04/2026 would come back as 12/4/2026.
     */
    void typeDate(String componentId, LocalDate date) {
        type(componentId + "-date", date.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT)));
    }

    /** Types a 24-hour time (hh:mm) into a form-js time field and leaves the field. */
    void typeTime(String componentId, String time) {
        type(componentId + "-time", time);
    }

    /** Chooses an option of a form-js radio group by the option's label. */
    void chooseRadio(String componentId, String label) {
        By option = By.xpath("//*[@cam-tasklist-form-camunda]//label[starts-with(@for,'fjs-form-')]"
                + "[contains(@for,'-" + componentId + "-')][normalize-space(.)=" + literal(label) + "]/input");
        WebElement radio = until("the option '" + label + "' of " + componentId,
                ExpectedConditions.elementToBeClickable(option));
        radio.click();
        until("'" + label + "' chosen", ExpectedConditions.elementSelectionStateToBe(radio, true));
    }

    /** Whether a form-js checkbox is ticked. */
    boolean ticked(String componentId) {
        return field(componentId).isSelected();
    }

    /** The ids of the form components shown whose id starts with the prefix, e.g. every score field. */
    List<String> shownComponents(String prefix) {
        return web.findElements(By.cssSelector("[cam-tasklist-form-camunda] input[id*='-" + prefix + "']"))
                .stream().filter(WebElement::isDisplayed)
                .map(input -> input.getDomAttribute("id").replaceFirst("^fjs-form-[^-]+-", ""))
                .collect(Collectors.toList());
    }

    /** Chooses an option of a form-js select by its label and waits until the select shows it. */
    void select(String componentId, String label) {
        WebElement display = field(componentId + "-display");
        By option = By.xpath("//*[@cam-tasklist-form-camunda]//*[contains(@class,'fjs-dropdownlist-item')]"
                + "[normalize-space(.)=" + literal(label) + "]");
        // form-js opens the list when the select gets the focus (e.g. by Tab); a click would then close it.
        if (web.findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
            display.click();
        }
        until("the option '" + label + "' of " + componentId, ExpectedConditions.elementToBeClickable(option))
                .click();
        until(componentId + " showing '" + label + "'", ExpectedConditions.textToBe(
                By.cssSelector("[cam-tasklist-form-camunda] [id$='-" + componentId + "-display']"), label));
    }

    /**
     * Saves a screenshot of the filled-in form, completes the task and waits until Tasklist has closed it. Fails
     * with Tasklist's error notification when the engine refuses the completion.
     */
    void complete(String screenshot) {
        browser.screenshot(screenshot);
        String taskUrl = web.getCurrentUrl();
        WebElement complete = until("the Complete button enabled", ExpectedConditions.elementToBeClickable(COMPLETE));
        ((JavascriptExecutor) web).executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
        complete.click();
        until("the task completed (its form closed) or an error shown", d -> error() != null
                || (!Objects.equals(d.getCurrentUrl(), taskUrl) && d.findElements(FORM).isEmpty()));
        String error = error();
        if (error != null) {
            throw new AssertionError("Tasklist could not complete the task: " + error);
        }
    }

    /** The text of a shown error notification, or null. */
    private String error() {
        try {
            return web.findElements(ERRORS).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                    .findFirst().orElse(null);
        } catch (StaleElementReferenceException gone) {
            return null;
        }
    }

    private <T> T until(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(web, Browser.TIMEOUT).withMessage("waiting for " + what).until(condition);
    }

    /** An XPath string literal for any text (concat() when it holds both kinds of quote). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
