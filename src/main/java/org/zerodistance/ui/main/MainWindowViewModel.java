package org.zerodistance.ui.main;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.BackupFile;
import org.zerodistance.service.DatabaseUnavailableException;
import org.zerodistance.service.Services;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.RestoreAction;
import org.zerodistance.ui.common.TaskRunner;

/** State of the main window: whether the database is open, the community scope, the status line. */
public final class MainWindowViewModel {

    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    private final BooleanProperty databaseReady = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final RestoreAction restoreAction;
    private Services services;

    public MainWindowViewModel(TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this(tasks, dialogs, scope, null);
    }

    /** With {@code restoreAction}, a database that does not open leads to an offer to restore the latest backup. */
    public MainWindowViewModel(TaskRunner tasks, DialogService dialogs, CommunityScope scope, RestoreAction restoreAction) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        this.restoreAction = restoreAction;
        status.set(Messages.get("main.status.opening"));
    }

    /** Called once the database is open: loads the communities into the picker. */
    public void databaseOpened(Services opened) {
        this.services = opened;
        databaseReady.set(true);
        status.set(Messages.get("main.status.ready"));
        refresh();
    }

    /** Reloads the community list and the operator's name. */
    public void refresh() {
        if (services == null) {
            return;
        }
        tasks.run(progress -> new Snapshot(services.communities().list(true), services.settings().operator()),
                snapshot -> {
                    scope.replaceAll(snapshot.communities());
                    operator.set(snapshot.operator());
                },
                dialogs::showError);
    }

    /**
     * The database did not open: when it is damaged and a backup exists, offers to restore the latest one (instead of
     * a stack trace); otherwise, or when the clerk declines, says what happened and what to do.
     */
    public void databaseFailed(Throwable error) {
        status.set(Messages.get("main.status.failed"));
        if (error instanceof DatabaseUnavailableException unavailable && restoreAction != null) {
            Optional<BackupFile> latest = unavailable.latestBackup();
            if (latest.isPresent() && dialogs.confirm(Messages.get("database.recover.title"), Messages.get("database.recover.confirm",
                    latest.get().fileName(), BACKUP_TIME.format(latest.get().takenAt())))) {
                restoreAction.restore(latest.get().file());
                return;
            }
        }
        dialogs.showError(error);
    }

    public CommunityScope scope() {
        return scope;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public BooleanProperty databaseReadyProperty() {
        return databaseReady;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    private record Snapshot(java.util.List<org.zerodistance.domain.Community> communities, String operator) {
    }
}
