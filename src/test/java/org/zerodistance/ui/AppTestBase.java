package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.app.UiShell;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;

/**
 * Starts the real window on a fresh temporary data folder (headless through Monocle) and waits until the database is open.
 * Subclasses may override {@link #beforeWindow(Services)} to put data in first.
 */
public abstract class AppTestBase extends FxRobot {

    @TempDir
    protected Path dataFolder;

    protected AppContext context;
    protected UiShell shell;
    protected Stage stage;

    @BeforeEach
    void startWindow() throws Exception {
        Messages.setLanguage(Language.CHINESE);
        stage = FxToolkit.registerPrimaryStage();
        context = AppContext.lock(new AppPaths(dataFolder));
        beforeWindow(context.openDatabase());
        FxToolkit.setupFixture(() -> {
            shell = new UiShell(context, stage);
            shell.useDailyBackupDelay(java.time.Duration.ZERO); // tests look for the daily backup at once
            shell.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs with the database open, before the window shows (seed data here). */
    protected void beforeWindow(Services services) {
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (shell != null) {
            shell.close();
        }
        Messages.setLanguage(Language.CHINESE);
    }

    protected Services services() {
        return context.services();
    }

    /** Waits until the sidebar is enabled (the database is open) and opens the section with this id. */
    protected void openSection(String id) {
        waitUntil(() -> !lookup("#nav-" + id).query().isDisabled());
        clickOn("#nav-" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits up to 10 s for {@code condition}, checked on the FX thread. */
    protected void waitUntil(Callable<Boolean> condition) {
        waitUntil(10, condition);
    }

    /** Waits up to {@code seconds} for {@code condition}: for work known to take long (loading the sample community). */
    protected void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within " + seconds + " s", e);
        }
    }

    protected <T extends Node> T find(String query) {
        T node = lookup(query).query();
        assertTrue(node != null, "no node " + query);
        return node;
    }
}
