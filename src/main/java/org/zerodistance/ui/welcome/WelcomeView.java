package org.zerodistance.ui.welcome;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.zerodistance.i18n.Messages;

/** The welcome screen of the first run: binds {@link WelcomeViewModel} and forwards clicks and Enter. */
public final class WelcomeView {

    private final WelcomeViewModel viewModel;
    private final String dataFolder;

    @FXML
    private TextField nameField;
    @FXML
    private Button createButton;
    @FXML
    private Label nameProblemLabel;
    @FXML
    private Button sampleButton;
    @FXML
    private HBox sampleProgressBox;
    @FXML
    private ProgressBar sampleProgressBar;
    @FXML
    private Label sampleStatusLabel;
    @FXML
    private Label sampleProblemLabel;
    @FXML
    private Label folderLabel;

    /** {@code dataFolder} is shown so the clerk knows where the data lives. */
    public WelcomeView(WelcomeViewModel viewModel, String dataFolder) {
        this.viewModel = viewModel;
        this.dataFolder = dataFolder;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameField.setOnAction(e -> viewModel.create());
        nameField.disableProperty().bind(viewModel.workingProperty());
        createButton.disableProperty().bind(viewModel.workingProperty());
        sampleButton.disableProperty().bind(viewModel.workingProperty());
        nameProblemLabel.textProperty().bind(viewModel.nameProblemProperty());
        showOnlyWithText(nameProblemLabel);
        sampleProgressBox.visibleProperty().bind(viewModel.loadingSampleProperty());
        sampleProgressBox.managedProperty().bind(viewModel.loadingSampleProperty());
        sampleProgressBar.progressProperty().bind(viewModel.sampleProgressProperty());
        sampleStatusLabel.textProperty().bind(viewModel.sampleStatusProperty());
        sampleProblemLabel.textProperty().bind(viewModel.sampleProblemProperty());
        showOnlyWithText(sampleProblemLabel);
        folderLabel.setText(Messages.get("welcome.folder", dataFolder));
        nameField.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                nameField.requestFocus();
            }
        });
    }

    private static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onCreate() {
        viewModel.create();
    }

    @FXML
    private void onLoadSample() {
        viewModel.loadSample();
    }
}
