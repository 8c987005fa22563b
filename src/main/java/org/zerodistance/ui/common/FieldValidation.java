package org.zerodistance.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Glue between a form's {@link FieldProblems} and the screen: a ControlsFX decoration on the control (with the text as
 * tooltip), the text itself in a label next to it, and leaving the control marks the field as touched.
 *
 * @param <F> the form's field enum
 */
public final class FieldValidation<F extends Enum<F>> {

    private final ValidationSupport support = new ValidationSupport();
    private final FieldProblems<F> problems;

    public FieldValidation(FieldProblems<F> problems) {
        this.problems = problems;
    }

    /** Shows {@code field}'s problem on {@code control} and in {@code label} (hidden while there is none). */
    public void register(F field, Control control, Label label) {
        ReadOnlyStringProperty problem = problems.text(field);
        showWhenNotEmpty(label, problem);
        Validator<Object> validator = (c, value) -> {
            String text = problem.get();
            return ValidationResult.fromErrorIf(c, text, text != null && !text.isEmpty());
        };
        support.registerValidator(control, false, validator);
        problem.addListener((obs, before, now) -> support.revalidate(control));
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !movingToAButton(control)) {
                problems.touch(field);
            }
        });
    }

    /**
     * Focus that leaves a field for a button (Save, Cancel) is a click in progress: showing the field's problem now would
     * grow the dialog and move the button away between press and release, and the click would be lost. Save shows
     * every problem anyway; Cancel needs none.
     */
    private static boolean movingToAButton(Control control) {
        return control.getScene() != null && control.getScene().getFocusOwner() instanceof javafx.scene.control.ButtonBase;
    }

    /** A label that shows {@code text} and takes no room while it is empty (a form's refusal line, a field's problem). */
    public static void showWhenNotEmpty(Label label, ReadOnlyStringProperty text) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap onto more lines instead of cutting the text
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        text.addListener((obs, before, now) -> growWindowToFit(label));
    }

    /** A dialog is sized once when shown; lines of explanation that appear later would push its buttons out of sight. */
    private static void growWindowToFit(javafx.scene.Node node) {
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Scene scene = node.getScene();
            if (scene == null || scene.getWindow() == null) {
                return;
            }
            if (scene.getRoot().prefHeight(scene.getWidth()) > scene.getHeight() + 1) {
                scene.getWindow().sizeToScene();
            }
        });
    }
}
