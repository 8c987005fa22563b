package org.zerodistance.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.MemberField;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.ImportLayout;
import org.zerodistance.service.ImportMonitor;
import org.zerodistance.service.ImportPlan;
import org.zerodistance.service.ImportService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The import wizard: a file → its sheet, header row and column mapping (changeable) → a preview of every row → the
 * import with progress and Cancel → a summary, and the rejected rows saved for fixing. Work runs through the TaskRunner.
 */
public final class ImportsViewModel {

    /** Where the wizard is. */
    public enum Step { CHOOSE, READING, PREVIEW, IMPORTING, DONE }

    /** One line of the preview table (ID masked). */
    public record PreviewRow(int row, String name, String maskedId, ImportPlan.Outcome outcome, String outcomeText, String reason) {
    }

    private final ImportService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final StringProperty filePath = new SimpleStringProperty("");
    private final ObjectProperty<ImportLayout> layout = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty onlyRejected = new SimpleBooleanProperty(false);
    private final IntegerProperty rejectedCount = new SimpleIntegerProperty(0);
    private final ObjectProperty<Path> savedTo = new SimpleObjectProperty<>();
    private List<PreviewRow> allRows = List.of();
    private Path file;
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    public ImportsViewModel(ImportService service, TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        onlyRejected.addListener((obs, was, now) -> applyFilter());
        scope.selectedProperty().addListener((obs, was, now) -> {
            if (file != null && layout.get() != null && (step.get() == Step.PREVIEW || step.get() == Step.CHOOSE)) {
                preview();
            }
        });
    }

    /** Opens {@code chosen}: finds the sheet, header and mapping, then previews. */
    public void open(Path chosen) {
        if (chosen == null || busy.get()) {
            return;
        }
        file = chosen;
        filePath.set(chosen.toString());
        reset();
        run(Messages.get("import.status.analysing"), p -> service.analyse(chosen), found -> {
            layout.set(found);
            preview();
        });
    }

    /** Opens the path typed into the file field. */
    public void openTyped() {
        String typed = filePath.get() == null ? "" : filePath.get().strip();
        if (!typed.isEmpty()) {
            open(Path.of(typed.replaceAll("^\"|\"$", "")));
        }
    }

    /** The clerk chose another sheet: its header is looked for again. */
    public void chooseSheet(int index) {
        ImportLayout current = layout.get();
        if (current == null || index < 0 || index == current.sheetIndex() || busy.get()) {
            return;
        }
        run(Messages.get("import.status.analysing"), p -> service.layoutForSheet(file, index), found -> {
            layout.set(found);
            preview();
        });
    }

    /** The clerk says the header is in row {@code rowNumber} (as Excel numbers it). */
    public void chooseHeaderRow(int rowNumber) {
        ImportLayout current = layout.get();
        if (current == null || rowNumber < 1 || rowNumber == current.headerRow() || busy.get()) {
            return;
        }
        int sheet = current.sheetIndex();
        run(Messages.get("import.status.analysing"), p -> service.layout(file, sheet, rowNumber), found -> {
            layout.set(found);
            preview();
        });
    }

    /** The clerk maps {@code field} to {@code column} (null: not imported). */
    public void mapColumn(MemberField field, Integer column) {
        ImportLayout current = layout.get();
        if (current == null || busy.get() || java.util.Objects.equals(current.mapping().get(field), column)) {
            return;
        }
        layout.set(current.withColumn(field, column));
        preview();
    }

    /** Reads every row and shows what importing it would do. */
    public void preview() {
        ImportLayout current = layout.get();
        Community community = scope.selected();
        if (current == null || file == null) {
            return;
        }
        if (community == null) {
            status.set(Messages.get("import.chooseCommunity"));
            step.set(Step.CHOOSE);
            return;
        }
        if (!current.mapping().containsKey(MemberField.ID_NUMBER)) {
            status.set(Messages.get("import.refused.noIdColumn", current.sheetName(), current.headerRow()));
            plan.set(null);
            rows.clear();
            counts.set("");
            step.set(Step.CHOOSE);
            return;
        }
        Path source = file;
        step.set(Step.READING);
        run(Messages.get("import.status.reading"), p -> shown(service.preview(source, current, community.id(), monitor(p, null))), this::showPlan);
    }

    /** Imports the previewed file, all rows or none. */
    public void startImport() {
        ImportPlan previewed = plan.get();
        if (previewed == null || busy.get() || step.get() != Step.PREVIEW) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        step.set(Step.IMPORTING);
        progress.set(0);
        run(Messages.get("import.status.writing"), p -> shown(service.apply(previewed, monitor(p, cancel))), shown -> {
            showPlan(shown);
            ImportPlan done = shown.plan();
            step.set(Step.DONE);
            summary.set(Messages.get("import.summary", done.communityName(), done.count(ImportPlan.Outcome.NEW),
                    done.count(ImportPlan.Outcome.UPDATE), done.count(ImportPlan.Outcome.UNCHANGED), done.count(ImportPlan.Outcome.REJECTED)));
            status.set("");
        });
    }

    /** Asks the running import to stop; it rolls back and the preview stays. */
    public void cancel() {
        cancelRequested.set(true);
    }

    /** Saves the rejected rows beside the imported file as {@code <name>-未导入.xlsx} and remembers where. */
    public void saveRejected() {
        ImportPlan current = plan.get();
        if (current == null || current.rejectedRows().isEmpty() || busy.get()) {
            return;
        }
        Path target = rejectedFileFor(file);
        run(Messages.get("import.status.saving"), p -> {
            service.saveRejected(current, target, Messages.get("import.column.reason"), ImportsViewModel::reasonText);
            return target;
        }, saved -> {
            savedTo.set(saved);
            status.set(Messages.get("import.rejectedSaved", saved));
        });
    }

    /** {@code 名单.xlsx} → {@code 名单-未导入.xlsx} in the same folder. */
    static Path rejectedFileFor(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return source.resolveSibling(stem + Messages.get("import.rejectedSuffix") + ".xlsx");
    }

    public static String reasonText(ImportPlan.Row row) {
        return row.reasonKey() == null ? "" : Messages.get(row.reasonKey(), row.reasonArgs());
    }

    private ImportMonitor monitor(TaskRunner.Progress p, AtomicBoolean cancel) {
        return new ImportMonitor() {
            @Override
            public void read(int count) {
                p.message(Messages.get("import.status.readRows", count));
            }

            @Override
            public void written(int done, int total) {
                p.update(done, Math.max(total, 1));
                p.message(Messages.get("import.status.wroteRows", done, total));
            }

            @Override
            public boolean isCancelled() {
                return cancel != null && cancel.get() || p.isCancelled();
            }
        };
    }

    /** A plan with its preview lines, built off the FX thread (100,000 lines take a while to word). */
    private record Shown(ImportPlan plan, List<PreviewRow> rows) {
    }

    private static Shown shown(ImportPlan done) {
        List<PreviewRow> built = new ArrayList<>(done.rows().size());
        Integer idColumn = done.layout().mapping().get(MemberField.ID_NUMBER);
        Integer nameColumn = done.layout().mapping().get(MemberField.NAME);
        Map<ImportPlan.Outcome, String> outcomeText = new EnumMap<>(ImportPlan.Outcome.class);
        for (ImportPlan.Outcome outcome : ImportPlan.Outcome.values()) {
            outcomeText.put(outcome, Messages.get("import.outcome." + outcome.name().toLowerCase(java.util.Locale.ROOT)));
        }
        for (ImportPlan.Row row : done.rows()) {
            String name = row.member() != null ? row.member().name() : cell(row, nameColumn);
            String id = row.member() != null ? row.member().idNumber().masked() : IdNumber.mask(IdNumber.normalize(cell(row, idColumn)));
            built.add(new PreviewRow(row.number(), name, id, row.outcome(), outcomeText.get(row.outcome()), reasonText(row)));
        }
        return new Shown(done, built);
    }

    private void showPlan(Shown shown) {
        ImportPlan done = shown.plan();
        plan.set(done);
        allRows = shown.rows();
        rejectedCount.set((int) done.count(ImportPlan.Outcome.REJECTED));
        applyFilter();
        counts.set(Messages.get("import.counts", done.rowsRead(), done.count(ImportPlan.Outcome.NEW), done.count(ImportPlan.Outcome.UPDATE),
                done.count(ImportPlan.Outcome.UNCHANGED), done.count(ImportPlan.Outcome.REJECTED), done.communityName()));
        step.set(Step.PREVIEW);
    }

    private static String cell(ImportPlan.Row row, Integer column) {
        return column == null || column >= row.cells().size() ? "" : row.cells().get(column);
    }

    private void applyFilter() {
        rows.setAll(onlyRejected.get() ? allRows.stream().filter(r -> r.outcome() == ImportPlan.Outcome.REJECTED).toList() : allRows);
    }

    private void reset() {
        layout.set(null);
        plan.set(null);
        rows.clear();
        allRows = List.of();
        counts.set("");
        summary.set("");
        savedTo.set(null);
        rejectedCount.set(0);
        step.set(Step.CHOOSE);
    }

    private <T> void run(String message, TaskRunner.Work<T> work, java.util.function.Consumer<T> after) {
        busy.set(true);
        status.set(message);
        progress.set(-1);
        TaskRunner.Job job = tasks.run(work, result -> {
            busy.set(false);
            progress.set(1);
            status.set("");
            after.accept(result);
        }, error -> {
            busy.set(false);
            progress.set(0);
            if (error instanceof ImportService.ImportCancelledException) {
                status.set(Messages.get("import.cancelled"));
                step.set(plan.get() == null ? Step.CHOOSE : Step.PREVIEW);
                return;
            }
            status.set(org.zerodistance.ui.common.ErrorMessages.describe(error));
            if (step.get() == Step.IMPORTING) {
                step.set(Step.PREVIEW);
            } else if (step.get() == Step.READING) {
                step.set(Step.CHOOSE);
            }
            dialogs.showError(error);
        });
        job.progressProperty().addListener((obs, was, now) -> {
            if (step.get() == Step.IMPORTING && now.doubleValue() >= 0) {
                progress.set(now.doubleValue());
            }
        });
        job.messageProperty().addListener((obs, was, now) -> {
            if (busy.get() && now != null && !now.isEmpty()) {
                status.set(now);
            }
        });
    }

    /** Columns of the layout as the mapping choices show them: {@code A 姓名}. */
    public List<String> columnChoices() {
        ImportLayout current = layout.get();
        List<String> choices = new ArrayList<>();
        if (current != null) {
            for (int i = 0; i < current.titles().size(); i++) {
                choices.add(columnLetter(i) + "  " + current.titles().get(i));
            }
        }
        return choices;
    }

    /** The current mapping, field to column. */
    public Map<MemberField, Integer> mapping() {
        ImportLayout current = layout.get();
        Map<MemberField, Integer> map = new EnumMap<>(MemberField.class);
        if (current != null) {
            map.putAll(current.mapping());
        }
        return map;
    }

    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEW && plan.get() != null && !busy.get()
                && plan.get().count(ImportPlan.Outcome.NEW) + plan.get().count(ImportPlan.Outcome.UPDATE) > 0, step, plan, busy);
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public ObjectProperty<ImportLayout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<ImportPlan> planProperty() {
        return plan;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty onlyRejectedProperty() {
        return onlyRejected;
    }

    public IntegerProperty rejectedCountProperty() {
        return rejectedCount;
    }

    public ObjectProperty<Path> savedToProperty() {
        return savedTo;
    }
}
