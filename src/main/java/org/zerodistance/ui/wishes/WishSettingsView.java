package org.zerodistance.ui.wishes;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.wordlists.WordListView;

/** The wishes tab of Settings. */
public final class WishSettingsView implements Refreshable {

    private final WishSettingsViewModel viewModel;

    @FXML
    private TextField overdueDaysField;
    @FXML
    private WordListView categoriesController;
    @FXML
    private Label feedbackLabel;

    public WishSettingsView(WishSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        overdueDaysField.textProperty().bindBidirectional(viewModel.overdueDaysProperty());
        overdueDaysField.setOnAction(e -> viewModel.saveOverdueDays());
        categoriesController.show(viewModel.categories());
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
}
