package org.zerodistance.ui.reports;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.Refreshable;

/** The reports screen: binds the form to {@link ReportsViewModel}; the file chooser is the only thing it does itself. */
public final class ReportsView implements Refreshable {

    private final ReportsViewModel viewModel;
    private boolean syncing;

    @FXML
    private ComboBox<Quarter> quarterPicker;
    @FXML
    private CheckListView<Community> communityList;
    @FXML
    private Label chosenLabel;
    @FXML
    private TextField fileField;
    @FXML
    private Button browseButton;
    @FXML
    private CheckBox maskBox;
    @FXML
    private Button exportButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button openFolderButton;
    @FXML
    private Label statusLabel;

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        quarterPicker.setItems(viewModel.quarters());
        quarterPicker.setConverter(DisplayConverters.of(DisplayConverters::quarter));
        quarterPicker.valueProperty().bindBidirectional(viewModel.quarterProperty());
        communityList.setItems(viewModel.communities());
        communityList.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(
                communityList::getItemBooleanProperty, new StringConverter<>() {
                    @Override
                    public String toString(Community c) {
                        return c == null ? "" : c.name();
                    }

                    @Override
                    public Community fromString(String text) {
                        return null;
                    }
                }));
        communityList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Community>) change -> {
            if (!syncing) {
                syncing = true;
                viewModel.chosen().setAll(communityList.getCheckModel().getCheckedItems());
                syncing = false;
            }
        });
        viewModel.chosen().addListener((ListChangeListener<Community>) change -> checkChosen());
        viewModel.communities().addListener((ListChangeListener<Community>) change -> viewModel.chooseScope());
        checkChosen();
        chosenLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("reports.chosen", viewModel.chosen().size(), viewModel.communities().size()),
                viewModel.chosen(), viewModel.communities()));
        fileField.textProperty().bindBidirectional(viewModel.fileProperty());
        maskBox.selectedProperty().bindBidirectional(viewModel.maskProperty());
        var running = viewModel.runningProperty();
        exportButton.disableProperty().bind(running);
        quarterPicker.disableProperty().bind(running);
        communityList.disableProperty().bind(running);
        fileField.disableProperty().bind(running);
        browseButton.disableProperty().bind(running);
        maskBox.disableProperty().bind(running);
        cancelButton.visibleProperty().bind(running);
        cancelButton.managedProperty().bind(running);
        progressBar.progressProperty().bind(viewModel.progressProperty());
        openFolderButton.disableProperty().bind(viewModel.writtenProperty().isNull());
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    private void checkChosen() {
        if (syncing) {
            return;
        }
        syncing = true;
        communityList.getCheckModel().clearChecks();
        for (Community c : viewModel.chosen()) {
            communityList.getCheckModel().check(c);
        }
        syncing = false;
    }

    @Override
    public void refresh() {
        checkChosen();
    }

    @FXML
    private void onCheckAll() {
        viewModel.chosen().setAll(viewModel.communities());
    }

    @FXML
    private void onCheckNone() {
        viewModel.chosen().clear();
    }

    @FXML
    private void onBrowse() {
        viewModel.browse();
    }

    @FXML
    private void onExport() {
        viewModel.export();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onOpenFolder() {
        viewModel.openFolder();
    }
}
