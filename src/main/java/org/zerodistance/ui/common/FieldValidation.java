package org.zerodistance.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Glue between a form's view model, which works out each field's problem as text (empty when fine), and the screen:
 * a ControlsFX decoration on the control (with the text as tooltip) and the text itself in a label next to it.
 *
 * @param <F> the form's field enum
 */
public final class FieldValidation<F> {

    private final ValidationSupport support = new ValidationSupport();
    private final Function<F, ReadOnlyStringProperty> problems;

    public FieldValidation(Function<F, ReadOnlyStringProperty> problems) {
        this.problems = problems;
    }

    /** Shows {@code field}'s problem on {@code control} and in {@code label} (hidden while there is none). */
    public void register(F field, Control control, Label label) {
        ReadOnlyStringProperty problem = problems.apply(field);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(problem.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        Validator<Object> validator = (c, value) -> {
            String text = problem.get();
            return ValidationResult.fromErrorIf(c, text, text != null && !text.isEmpty());
        };
        support.registerValidator(control, false, validator);
        problem.addListener((obs, before, now) -> support.revalidate(control));
    }

    /** True while some registered field shows a problem. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return support.invalidProperty();
    }
}
