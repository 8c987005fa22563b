package org.zerodistance.ui.about;

import javafx.fxml.FXML;
import javafx.scene.control.TextField;

/** The About screen; folders are shown in read-only fields so they can be copied. */
public final class AboutView {

    private final AboutViewModel viewModel;

    @FXML
    private TextField versionField;
    @FXML
    private TextField dataFolderField;
    @FXML
    private TextField logFolderField;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        versionField.setText(viewModel.version());
        dataFolderField.setText(viewModel.dataFolder());
        logFolderField.setText(viewModel.logFolder());
    }
}
