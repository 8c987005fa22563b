package org.zerodistance.ui.settings;

import java.io.File;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.Refreshable;

/** The audit log tab of Settings. */
public final class AuditLogView implements Refreshable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLogViewModel viewModel;

    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private ComboBox<String> operatorPicker;
    @FXML
    private ComboBox<String> entityPicker;
    @FXML
    private TableView<AuditEntry> table;
    @FXML
    private TableColumn<AuditEntry, String> timeColumn;
    @FXML
    private TableColumn<AuditEntry, String> operatorColumn;
    @FXML
    private TableColumn<AuditEntry, String> actionColumn;
    @FXML
    private TableColumn<AuditEntry, String> entityColumn;
    @FXML
    private TableColumn<AuditEntry, Long> entityIdColumn;
    @FXML
    private TableColumn<AuditEntry, String> summaryColumn;
    @FXML
    private Label countLabel;
    @FXML
    private Label feedbackLabel;

    public AuditLogView(AuditLogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        operatorPicker.setItems(viewModel.operators());
        operatorPicker.setConverter(anyOr(s -> s));
        operatorPicker.valueProperty().bindBidirectional(viewModel.operatorProperty());
        entityPicker.setItems(viewModel.entities());
        entityPicker.setConverter(anyOr(AuditLogViewModel::entityText));
        entityPicker.valueProperty().bindBidirectional(viewModel.entityProperty());
        ZoneId zone = ZoneId.systemDefault();
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(LocalDateTime.ofInstant(c.getValue().occurredAt(), zone))));
        operatorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().operator()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AuditLogViewModel.actionText(c.getValue().action())));
        entityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AuditLogViewModel.entityText(c.getValue().entity())));
        entityIdColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entityId()));
        summaryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("audit.empty")));
        countLabel.textProperty().bind(viewModel.countTextProperty());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    private static StringConverter<String> anyOr(java.util.function.UnaryOperator<String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? Messages.get("audit.any") : text.apply(value);
            }

            @Override
            public String fromString(String shown) {
                return shown;
            }
        };
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onSearch() {
        viewModel.search();
    }

    @FXML
    private void onClear() {
        viewModel.clearFilter();
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("audit.export.title"));
        chooser.setInitialFileName(Messages.get("audit.export.fileName", LocalDate.now()) + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("audit.export.xlsx"), "*.xlsx"));
        File chosen = chooser.showSaveDialog(table.getScene().getWindow());
        if (chosen != null) {
            viewModel.export(chosen.toPath());
        }
    }
}
