package org.fellowflow;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test only where Debian's chromium and chromedriver are installed. Without them the test is
 * skipped (a failed assumption, reported as skipped with the message saying what to install) on a developer's
 * machine, and fails on CI (environment variable CI=true), so that a build image that lost its browser cannot
 * pass silently. Checked before each test rather than once per class, so that build tools report the skip.
 */
public class BrowserAvailable implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        String missing = Browser.missing();
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true, so the browser test must run, but " + missing);
        }
        Assumptions.abort("Browser test skipped: " + missing);
    }
}
