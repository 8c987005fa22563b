package org.zerodistance.ui.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.AuditQuery;
import org.zerodistance.service.AuditService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/** The audit log tab: filters by date range, operator and entity; lists the newest matches; exports all matches. */
public final class AuditLogViewModel {

    /** How many entries the screen shows at most (the export has them all). */
    public static final int LIMIT = 500;
    /** Stands for "any" in the operator and entity pickers. */
    public static final String ANY = "";

    private final AuditService audit;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty operator = new SimpleStringProperty(ANY);
    private final StringProperty entity = new SimpleStringProperty(ANY);
    private final ObservableList<String> operators = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> entities = FXCollections.observableArrayList(ANY);
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");

    public AuditLogViewModel(AuditService audit, TaskRunner tasks, DialogService dialogs) {
        this.audit = audit;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reloads the pickers' choices and the list with the current filter. */
    public void load() {
        AuditQuery query = query();
        tasks.run(progress -> new Snapshot(audit.operators(), audit.entities(), audit.search(query, LIMIT)), snapshot -> {
            String keptOperator = operator.get();
            String keptEntity = entity.get();
            operators.setAll(withAny(snapshot.operators()));
            entities.setAll(withAny(snapshot.entities()));
            operator.set(operators.contains(keptOperator) ? keptOperator : ANY);
            entity.set(entities.contains(keptEntity) ? keptEntity : ANY);
            show(snapshot.page());
        }, dialogs::showError);
    }

    /** Applies the filter. */
    public void search() {
        AuditQuery query = query();
        tasks.run(progress -> audit.search(query, LIMIT), this::show, dialogs::showError);
    }

    /** Clears the filter and shows the newest entries. */
    public void clearFilter() {
        from.set(null);
        to.set(null);
        operator.set(ANY);
        entity.set(ANY);
        search();
    }

    /** Writes every entry matching the filter to {@code file}. */
    public void export(Path file) {
        if (file == null) {
            return;
        }
        AuditQuery query = query();
        AuditService.Labels labels = labels();
        feedback.set("");
        tasks.run(progress -> audit.export(query, file, labels),
                count -> feedback.set(Messages.get("audit.exported", count, file.toAbsolutePath())),
                dialogs::showError);
    }

    /** The action in the clerk's words. */
    public static String actionText(AuditEntry.Action action) {
        return Messages.get("audit.action." + action.name());
    }

    /** The kind of record in the clerk's words ({@code audit.entity.<name>}), or its code when no words exist yet. */
    public static String entityText(String entity) {
        if (entity == null || entity.isEmpty()) {
            return Messages.get("audit.any");
        }
        String key = "audit.entity." + entity;
        return Messages.has(key) ? Messages.get(key) : entity;
    }

    private static AuditService.Labels labels() {
        return new AuditService.Labels(Messages.get("audit.sheet"),
                List.of(Messages.get("audit.column.time"), Messages.get("audit.column.operator"), Messages.get("audit.column.action"),
                        Messages.get("audit.column.entity"), Messages.get("audit.column.entityId"), Messages.get("audit.column.summary")),
                AuditLogViewModel::actionText, AuditLogViewModel::entityText);
    }

    private void show(AuditService.Page page) {
        rows.setAll(page.entries());
        countText.set(page.total() > page.entries().size()
                ? Messages.get("audit.count.limited", page.total(), page.entries().size())
                : Messages.get("list.count", page.total()));
    }

    private AuditQuery query() {
        return new AuditQuery(from.get(), to.get(), blankToNull(operator.get()), blankToNull(entity.get()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> withAny(List<String> values) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY), values.stream()).toList();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public ObservableList<String> operators() {
        return operators;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    private record Snapshot(List<String> operators, List<String> entities, AuditService.Page page) {
    }
}
