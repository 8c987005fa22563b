package org.zerodistance.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.ReportService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.FolderOpener;
import org.zerodistance.ui.common.SaveFileChooser;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The reports screen: choose a quarter and communities, keep ID numbers and phones masked (the default) or not,
 * export with a progress bar and a way to cancel, then open the folder the file went to.
 */
public final class ReportsViewModel {

    static final int QUARTERS_OFFERED = 8;

    private final ReportService reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    private final FolderOpener folders;
    private final SaveFileChooser saveFiles;
    private final Path defaultFolder;
    private final ObservableList<Quarter> quarters = FXCollections.observableArrayList();
    private final ObjectProperty<Quarter> quarter = new SimpleObjectProperty<>();
    private final ObservableList<Community> chosen = FXCollections.observableArrayList();
    private final BooleanProperty mask = new SimpleBooleanProperty(true);
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private AtomicBoolean cancelRequested = new AtomicBoolean();
    private String suggestedFile;

    public ReportsViewModel(ReportService reports, TaskRunner tasks, DialogService dialogs, CommunityScope scope,
                            FolderOpener folders, SaveFileChooser saveFiles, Path defaultFolder, LocalDate today) {
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        this.folders = folders;
        this.saveFiles = saveFiles;
        this.defaultFolder = defaultFolder;
        // Reports are made for a quarter that has ended: the previous one comes first.
        Quarter q = Quarter.of(today).previous();
        quarters.add(Quarter.of(today));
        for (int i = 1; i < QUARTERS_OFFERED; i++) {
            quarters.add(q);
            q = q.previous();
        }
        quarter.addListener((obs, was, now) -> suggestFile());
        quarter.set(quarters.get(1));
        chooseScope();
        scope.selectedProperty().addListener((obs, was, now) -> chooseScope());
    }

    /** The communities of the toolbar's choice are ticked: the one chosen, or all. */
    public void chooseScope() {
        Community selected = scope.selected();
        chosen.setAll(selected == null ? scope.communities() : List.of(selected));
    }

    private void suggestFile() {
        String current = file.get();
        if (current == null || current.isBlank() || current.equals(suggestedFile)) {
            suggestedFile = defaultFolder.resolve(Messages.get("reports.defaultFileName", quarter.get().code())).toString();
            file.set(suggestedFile);
        }
    }

    /** Asks where to save (the system's save dialog) and takes the answer as the file. */
    public void browse() {
        String current = file.get() == null ? "" : file.get().strip();
        String suggested = current.isEmpty() ? Messages.get("reports.defaultFileName", quarter.get().code())
                : Path.of(current).getFileName().toString();
        saveFiles.choose(Messages.get("reports.browse.title"), suggested, Messages.get("reports.browse.filter"), "xlsx")
                .ifPresent(chosen -> file.set(chosen.toString()));
    }

    /** Starts the export; with masking off, asks first (the file will hold ID numbers and phones in clear). */
    public void export() {
        if (running.get()) {
            return;
        }
        if (chosen.isEmpty()) {
            status.set(Messages.get("reports.error.noCommunity"));
            return;
        }
        String target = file.get() == null ? "" : file.get().strip();
        if (target.isEmpty()) {
            status.set(Messages.get("report.error.fileRequired"));
            return;
        }
        if (!mask.get() && !dialogs.confirm(Messages.get("reports.unmask.title"), Messages.get("reports.unmask.confirm"))) {
            return;
        }
        boolean all = chosen.size() == scope.communities().size() && scope.communities().containsAll(chosen);
        ReportService.Request request = new ReportService.Request(quarter.get(),
                all ? List.of() : chosen.stream().map(Community::id).toList(), Path.of(target), !mask.get());
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        running.set(true);
        progress.set(0);
        written.set(null);
        status.set(Messages.get("reports.running"));
        tasks.run(work -> reports.write(request, Messages::get, new ReportService.Monitor() {
                    @Override
                    public void progress(long done, long total) {
                        work.update(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get() || work.isCancelled();
                    }
                }),
                result -> {
                    running.set(false);
                    progress.set(1);
                    written.set(result.file());
                    status.set(Messages.get("reports.done", result.file().toAbsolutePath(),
                            String.format("%.1f", result.elapsed().toMillis() / 1000.0)));
                },
                error -> {
                    running.set(false);
                    progress.set(0);
                    if (error instanceof ReportService.ReportCancelledException) {
                        status.set(Messages.get("report.cancelled"));
                    } else {
                        status.set("");
                        dialogs.showError(error);
                    }
                })
                .progressProperty().addListener((obs, was, now) -> progress.set(Math.max(0, now.doubleValue())));
    }

    /** Asks the running export to stop; it stops at the next community and writes no file. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            status.set(Messages.get("reports.cancelling"));
        }
    }

    /** Shows the folder of the file just written. */
    public void openFolder() {
        Path file = written.get();
        if (file != null) {
            folders.open(file.toAbsolutePath().getParent());
        }
    }

    public ObservableList<Quarter> quarters() {
        return quarters;
    }

    public ObjectProperty<Quarter> quarterProperty() {
        return quarter;
    }

    /** All communities to choose from (those not archived). */
    public ObservableList<Community> communities() {
        return scope.communities();
    }

    /** The communities ticked for the report. */
    public ObservableList<Community> chosen() {
        return chosen;
    }

    public BooleanProperty maskProperty() {
        return mask;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The file of the last successful export (null before, and while running). */
    public ObjectProperty<Path> writtenProperty() {
        return written;
    }
}
