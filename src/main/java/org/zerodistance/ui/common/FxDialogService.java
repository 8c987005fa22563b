package org.zerodistance.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.zerodistance.i18n.Messages;

/** JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(error), ok());
        prepare(alert, Messages.get("dialog.error.title"));
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ok());
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(Messages.get("dialog.yes"), ButtonType.YES.getButtonData());
        ButtonType no = new ButtonType(Messages.get("dialog.no"), ButtonType.NO.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        prepare(dialog, title);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip);
    }

    /** An OK button in the UI language (JavaFX's own follows the system locale). */
    public static ButtonType ok() {
        return new ButtonType(Messages.get("dialog.ok"), ButtonType.OK.getButtonData());
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            dialog.getDialogPane().setStyle(window.getScene().getRoot().getStyle());
        }
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
