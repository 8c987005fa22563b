package org.zerodistance.ui.settings;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.BackupFile;
import org.zerodistance.service.BackupService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.RestoreAction;
import org.zerodistance.ui.common.TaskRunner;

/** The backups tab: lists the backups, takes one now, restores one after asking. */
public final class BackupsViewModel {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackupService backups;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RestoreAction restoreAction;
    private final ObservableList<BackupFile> rows = FXCollections.observableArrayList();
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);

    public BackupsViewModel(BackupService backups, TaskRunner tasks, DialogService dialogs, RestoreAction restoreAction) {
        this.backups = backups;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.restoreAction = restoreAction;
    }

    public void load() {
        tasks.run(progress -> backups.list(), rows::setAll, dialogs::showError);
    }

    /** Backs up now, then shows the new list (older backups may have been rotated away). */
    public void backupNow() {
        working.set(true);
        feedback.set("");
        tasks.run(progress -> new Outcome(backups.backupNow(), backups.list()), outcome -> {
            working.set(false);
            rows.setAll(outcome.list());
            feedback.set(Messages.get("backup.done", outcome.backup().fileName(), outcome.backup().sizeText()));
        }, error -> {
            working.set(false);
            dialogs.showError(error);
        });
    }

    /** Asks, then restores {@code backup} (a listed one) for the whole window. */
    public void restore(BackupFile backup) {
        if (backup != null) {
            restoreFile(backup.file(), Messages.get("backup.restore.confirm", backup.fileName(), TIME.format(backup.takenAt())));
        }
    }

    /** Asks, then restores a zip chosen from elsewhere (a USB stick, another computer). */
    public void restoreOther(Path zip) {
        if (zip != null) {
            restoreFile(zip, Messages.get("backup.restore.confirmOther", zip.toAbsolutePath()));
        }
    }

    private void restoreFile(Path zip, String question) {
        if (tasks.busyProperty().get()) {
            dialogs.showInfo(Messages.get("backup.restore.title"), Messages.get("backup.restore.busy"));
            return;
        }
        if (dialogs.confirm(Messages.get("backup.restore.title"), question)) {
            restoreAction.restore(zip);
        }
    }

    public String folder() {
        return backups.folder().toString();
    }

    public ObservableList<BackupFile> rows() {
        return rows;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    private record Outcome(BackupFile backup, List<BackupFile> list) {
    }
}
