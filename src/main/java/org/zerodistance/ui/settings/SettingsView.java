package org.zerodistance.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.zerodistance.i18n.Language;

/** The settings screen. */
public final class SettingsView implements org.zerodistance.ui.common.Refreshable {

    private final SettingsViewModel viewModel;

    @FXML
    private ChoiceBox<Language> languageChoice;
    @FXML
    private TextField operatorField;
    @FXML
    private Button saveOperatorButton;
    @FXML
    private Label feedbackLabel;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(Language.values());
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        operatorField.textProperty().bindBidirectional(viewModel.operatorProperty());
        operatorField.setOnAction(e -> viewModel.saveOperator());
        saveOperatorButton.disableProperty().bind(viewModel.operatorProperty().isEmpty());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onSaveOperator() {
        viewModel.saveOperator();
    }
}
