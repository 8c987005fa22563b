package org.zerodistance.ui.communities;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.Refreshable;

/** The communities screen: binds controls to {@link CommunitiesViewModel} and forwards clicks and keys. */
public final class CommunitiesView implements Refreshable {

    private final CommunitiesViewModel viewModel;

    @FXML
    private TextField newNameField;
    @FXML
    private Button addButton;
    @FXML
    private TableView<Community> table;
    @FXML
    private TableColumn<Community, String> nameColumn;
    @FXML
    private TableColumn<Community, String> statusColumn;
    @FXML
    private Button renameButton;
    @FXML
    private Button archiveButton;
    @FXML
    private Button restoreButton;
    @FXML
    private CheckBox showArchivedBox;
    @FXML
    private Label feedbackLabel;
    @FXML
    private Label countLabel;

    public CommunitiesView(CommunitiesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        newNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        addButton.disableProperty().bind(viewModel.newNameProperty().isEmpty().or(viewModel.workingProperty()));
        newNameField.setOnAction(e -> {
            if (!addButton.isDisabled()) {
                viewModel.add();
            }
        });
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.get(c.getValue().archived() ? "community.status.archived" : "community.status.active")));
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("community.empty")));
        var selected = table.getSelectionModel().selectedItemProperty();
        renameButton.disableProperty().bind(selected.isNull());
        archiveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().archived(), selected));
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().archived(), selected));
        showArchivedBox.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("list.count", viewModel.rows().size()), viewModel.rows()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                onRename();
            } else if (e.getCode() == KeyCode.DELETE) {
                onArchive();
            }
        });
        newNameField.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), newNameField::requestFocus);
            }
        });
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onAdd() {
        viewModel.add();
    }

    @FXML
    private void onRename() {
        viewModel.rename(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onArchive() {
        viewModel.archive(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRestore() {
        viewModel.restore(table.getSelectionModel().getSelectedItem());
    }
}
