package org.zerodistance.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.zerodistance.i18n.Messages;

/**
 * A modal form: content, a save button and a cancel button. Saving is asynchronous (background work through a
 * {@link TaskRunner}), so the save button does not close the dialog by itself: the action closes it when the work
 * succeeded and leaves it open, with the form as typed, when it was refused.
 */
public final class FormDialog {

    private static final String STYLESHEET = "/org/zerodistance/ui/main/main.css";

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType save;
    private final Button saveButton;

    public FormDialog(Window owner, String title, Node content, String saveTextKey) {
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
            }
        }
        var stylesheet = FormDialog.class.getResource(STYLESHEET);
        if (stylesheet != null) {
            dialog.getDialogPane().getStylesheets().add(stylesheet.toExternalForm());
        }
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        save = new ButtonType(Messages.get(saveTextKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(content);
        saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("form-save");
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setId("form-cancel");
    }

    /** {@code action} runs when save is pressed; it gets a runnable that closes the dialog (call it on success). */
    public FormDialog onSave(Consumer<Runnable> action) {
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.accept(this::close);
        });
        return this;
    }

    /** Greys out the save button while {@code condition} holds (e.g. while saving). */
    public FormDialog disableSaveWhen(ObservableBooleanValue condition) {
        saveButton.disableProperty().bind(condition);
        return this;
    }

    /** Shows the dialog and returns when it is closed (saved or cancelled); true when saved. */
    public boolean showAndWait() {
        return dialog.showAndWait().filter(save::equals).isPresent();
    }

    private void close() {
        dialog.setResult(save);
        dialog.close();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
