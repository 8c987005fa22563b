package org.zerodistance.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.ErrorMessages;
import org.zerodistance.ui.common.FxDialogService;

/** The JavaFX application: refuses a data folder in use, then hands over to {@link UiShell}. */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static volatile AppPaths paths;

    private UiShell shell;

    /** Starts the window on {@code dataFolder}; returns when the window closes. */
    public static void launchWith(AppPaths dataFolder) {
        paths = dataFolder;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught exception on {}", thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(error), FxDialogService.ok()).show();
            }
        });
        AppContext context;
        try {
            context = AppContext.lock(paths);
        } catch (InstanceLock.FolderInUseException e) {
            LOG.warn("Data folder already in use: {}", e.folder());
            refuse(Messages.get("app.error.folderInUse", e.folder()));
            return;
        } catch (Exception e) {
            LOG.error("Could not prepare the data folder {}", paths.home(), e);
            refuse(Messages.get("app.error.folderUnusable", paths.home()));
            return;
        }
        var host = getHostServices();
        shell = new UiShell(context, stage, folder -> host.showDocument(folder.toUri().toString()));
        // A logout or kill (SIGTERM) skips stop(): still close the database cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "close-database"));
        shell.show();
    }

    private static void refuse(String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, FxDialogService.ok());
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("app.title"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
