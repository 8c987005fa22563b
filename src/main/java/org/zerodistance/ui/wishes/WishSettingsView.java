package org.zerodistance.ui.wishes;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.zerodistance.ui.common.Refreshable;

/** The wishes tab of Settings. */
public final class WishSettingsView implements Refreshable {

    private final WishSettingsViewModel viewModel;

    @FXML
    private TextField overdueDaysField;
    @FXML
    private ListView<String> categoryList;
    @FXML
    private TextField newCategoryField;
    @FXML
    private Button addCategoryButton;
    @FXML
    private Button removeCategoryButton;
    @FXML
    private Label feedbackLabel;

    public WishSettingsView(WishSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        overdueDaysField.textProperty().bindBidirectional(viewModel.overdueDaysProperty());
        overdueDaysField.setOnAction(e -> viewModel.saveOverdueDays());
        categoryList.setItems(viewModel.categories());
        newCategoryField.textProperty().bindBidirectional(viewModel.newCategoryProperty());
        newCategoryField.setOnAction(e -> onAddCategory());
        addCategoryButton.disableProperty().bind(viewModel.newCategoryProperty().isEmpty());
        removeCategoryButton.disableProperty().bind(categoryList.getSelectionModel().selectedItemProperty().isNull());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onSaveOverdueDays() {
        viewModel.saveOverdueDays();
    }

    @FXML
    private void onAddCategory() {
        if (!addCategoryButton.isDisabled()) {
            viewModel.addCategory();
        }
    }

    @FXML
    private void onRemoveCategory() {
        viewModel.removeCategory(categoryList.getSelectionModel().getSelectedItem());
    }
}
