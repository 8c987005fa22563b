package org.zerodistance.ui.welcome;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.LanguageSwitcher;

/** The welcome screen of the first run: binds {@link WelcomeViewModel} and forwards clicks and Enter. */
public final class WelcomeView {

    private final WelcomeViewModel viewModel;
    private final String dataFolder;
    private final LanguageSwitcher languages;

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
    @FXML
    private Hyperlink languageLink;

    /**
     * {@code dataFolder} is shown so the clerk knows where the data lives; {@code languages} switches the UI language
     * from here, before any community (and so the Settings screen) exists.
     */
    public WelcomeView(WelcomeViewModel viewModel, String dataFolder, LanguageSwitcher languages) {
        this.viewModel = viewModel;
        this.dataFolder = dataFolder;
        this.languages = languages;
    }

    /** The language this screen is not in: the one the link offers. */
    private static Language otherLanguage() {
        return Messages.language() == Language.CHINESE ? Language.ENGLISH : Language.CHINESE;
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
        languageLink.setText(otherLanguage().nativeName());
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
    private void onSwitchLanguage() {
        languages.switchTo(otherLanguage());
    }

    @FXML
    private void onLoadSample() {
        viewModel.loadSample();
    }
}
