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
            if (!focused) {
                problems.touch(field);
            }
        });
    }

    /** A label that shows {@code text} and takes no room while it is empty (a form's refusal line, a field's problem). */
    public static void showWhenNotEmpty(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
