package org.zerodistance.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import org.zerodistance.domain.MemberField;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.ImportLayout;
import org.zerodistance.service.ImportPlan;

/** The import wizard screen: binds controls to {@link ImportsViewModel}, forwards choices, accepts dropped files. */
public final class ImportsView {

    private final ImportsViewModel viewModel;
    private final Map<MemberField, ComboBox<String>> mappingBoxes = new EnumMap<>(MemberField.class);
    private boolean updating;

    @FXML
    private Parent root;
    @FXML
    private TextField fileField;
    @FXML
    private Button browseButton;
    @FXML
    private Pane layoutPane;
    @FXML
    private ComboBox<String> sheetBox;
    @FXML
    private Spinner<Integer> headerRowSpinner;
    @FXML
    private GridPane mappingGrid;
    @FXML
    private Label countsLabel;
    @FXML
    private CheckBox onlyRejectedBox;
    @FXML
    private TableView<ImportsViewModel.PreviewRow> previewTable;
    @FXML
    private TableColumn<ImportsViewModel.PreviewRow, Integer> rowColumn;
    @FXML
    private TableColumn<ImportsViewModel.PreviewRow, String> nameColumn;
    @FXML
    private TableColumn<ImportsViewModel.PreviewRow, String> idColumn;
    @FXML
    private TableColumn<ImportsViewModel.PreviewRow, String> outcomeColumn;
    @FXML
    private TableColumn<ImportsViewModel.PreviewRow, String> reasonColumn;
    @FXML
    private Button importButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label statusLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private Button saveRejectedButton;

    public ImportsView(ImportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fileField.textProperty().bindBidirectional(viewModel.filePathProperty());
        fileField.setOnAction(e -> viewModel.openTyped());
        browseButton.disableProperty().bind(viewModel.busyProperty());
        setUpDrop();
        setUpLayout();
        setUpTable();
        countsLabel.textProperty().bind(viewModel.countsProperty());
        onlyRejectedBox.selectedProperty().bindBidirectional(viewModel.onlyRejectedProperty());
        importButton.disableProperty().bind(viewModel.canImport().not());
        var importing = viewModel.stepProperty().isEqualTo(ImportsViewModel.Step.IMPORTING);
        cancelButton.visibleProperty().bind(importing);
        cancelButton.managedProperty().bind(importing);
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        saveRejectedButton.disableProperty().bind(viewModel.rejectedCountProperty().isEqualTo(0).or(viewModel.busyProperty()));
    }

    private void setUpDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !viewModel.busyProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean done = files != null && !files.isEmpty();
            if (done) {
                viewModel.open(files.get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void setUpLayout() {
        layoutPane.disableProperty().bind(viewModel.layoutProperty().isNull().or(viewModel.busyProperty()));
        headerRowSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 65_536, 1));
        headerRowSpinner.setEditable(true);
        headerRowSpinner.valueProperty().addListener((obs, was, now) -> {
            if (!updating && now != null) {
                viewModel.chooseHeaderRow(now);
            }
        });
        sheetBox.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (!updating && now != null && now.intValue() >= 0) {
                viewModel.chooseSheet(now.intValue());
            }
        });
        int row = 0;
        for (MemberField field : MemberField.values()) {
            Label label = new Label(Messages.get("import.field." + field.name()));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<String> box = new ComboBox<>();
            label.setLabelFor(box);
            box.setId("import-map-" + field.name());
            box.setPrefWidth(190);
            box.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
                if (!updating && now != null && now.intValue() >= 0) {
                    viewModel.mapColumn(field, now.intValue() == 0 ? null : now.intValue() - 1);
                }
            });
            mappingBoxes.put(field, box);
            mappingGrid.add(label, (row % 4) * 2, row / 4);
            mappingGrid.add(box, (row % 4) * 2 + 1, row / 4);
            row++;
        }
        viewModel.layoutProperty().addListener((obs, was, now) -> showLayout(now));
    }

    private void showLayout(ImportLayout layout) {
        updating = true;
        try {
            if (layout == null) {
                sheetBox.getItems().clear();
                mappingBoxes.values().forEach(b -> b.getItems().clear());
                return;
            }
            sheetBox.getSelectionModel().clearSelection();
            sheetBox.getItems().setAll(layout.sheetNames());
            sheetBox.getSelectionModel().select(layout.sheetIndex());
            headerRowSpinner.getValueFactory().setValue(layout.headerRow());
            List<String> choices = viewModel.columnChoices();
            for (Map.Entry<MemberField, ComboBox<String>> e : mappingBoxes.entrySet()) {
                ComboBox<String> box = e.getValue();
                box.getSelectionModel().clearSelection();
                List<String> items = new java.util.ArrayList<>(choices.size() + 1);
                items.add(Messages.get("import.column.none"));
                items.addAll(choices);
                box.getItems().setAll(items);
                Integer column = layout.mapping().get(e.getKey());
                box.getSelectionModel().select(column == null ? 0 : column + 1);
            }
        } finally {
            updating = false;
        }
    }

    private void setUpTable() {
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().maskedId()));
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().outcomeText()));
        outcomeColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("outcome-rejected", "outcome-new", "outcome-update");
                setText(empty ? null : text);
                var item = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (item != null) {
                    getStyleClass().add(item.outcome() == ImportPlan.Outcome.REJECTED ? "outcome-rejected"
                            : item.outcome() == ImportPlan.Outcome.NEW ? "outcome-new" : "outcome-update");
                }
            }
        });
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reasonColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        previewTable.setItems(viewModel.rows());
        previewTable.setPlaceholder(new Label(Messages.get("import.empty")));
        countsLabel.visibleProperty().bind(Bindings.isNotEmpty(viewModel.countsProperty()));
    }

    @FXML
    private void onBrowse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.choose.filter"), "*.xlsx", "*.xls", "*.csv", "*.XLSX", "*.XLS", "*.CSV"),
                new FileChooser.ExtensionFilter(Messages.get("import.choose.all"), "*"));
        String current = viewModel.filePathProperty().get();
        if (current != null && !current.isBlank()) {
            File parent = Path.of(current).toAbsolutePath().getParent().toFile();
            if (parent.isDirectory()) {
                chooser.setInitialDirectory(parent);
            }
        }
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    @FXML
    private void onImport() {
        viewModel.startImport();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onSaveRejected() {
        viewModel.saveRejected();
    }
}
