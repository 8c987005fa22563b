package org.zerodistance.ui.settings;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.BackupFile;
import org.zerodistance.ui.common.Refreshable;

/** The backups tab of Settings. */
public final class BackupsView implements Refreshable {

    private final BackupsViewModel viewModel;

    @FXML
    private Label folderLabel;
    @FXML
    private TableView<BackupFile> table;
    @FXML
    private TableColumn<BackupFile, String> timeColumn;
    @FXML
    private TableColumn<BackupFile, String> sizeColumn;
    @FXML
    private TableColumn<BackupFile, String> kindColumn;
    @FXML
    private TableColumn<BackupFile, String> nameColumn;
    @FXML
    private Button backupNowButton;
    @FXML
    private Button restoreButton;
    @FXML
    private Label feedbackLabel;
    @FXML
    private Label countLabel;

    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(Messages.get("backup.folder", viewModel.folder()));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(BackupsViewModel.TIME.format(c.getValue().takenAt())));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sizeText()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get(
                c.getValue().kind() == BackupFile.Kind.BEFORE_RESTORE ? "backup.kind.beforeRestore" : "backup.kind.regular")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fileName()));
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("backup.empty")));
        backupNowButton.disableProperty().bind(viewModel.workingProperty());
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("list.count", viewModel.rows().size()), viewModel.rows()));
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onBackupNow() {
        viewModel.backupNow();
    }

    @FXML
    private void onRestore() {
        viewModel.restore(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRestoreOther() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backup.restoreOther.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("backup.zipFiles"), "*.zip"));
        File chosen = chooser.showOpenDialog(table.getScene().getWindow());
        if (chosen != null) {
            viewModel.restoreOther(chosen.toPath());
        }
    }
}
