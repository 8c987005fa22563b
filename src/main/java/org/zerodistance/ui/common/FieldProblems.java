package org.zerodistance.ui.common;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.zerodistance.domain.DomainException;
import org.zerodistance.i18n.Messages;

/**
 * What is wrong with each field of a form, as text for the screen. A field's problem is shown once the clerk has left
 * the field, and every problem after a save attempt, so a half-typed ID number is not scolded at the first digit.
 *
 * @param <F> the form's field enum
 */
public final class FieldProblems<F extends Enum<F>> {

    private final Supplier<Map<F, DomainException>> check;
    private final Map<F, ReadOnlyStringWrapper> texts;
    private final Set<F> touched;
    private boolean showAll;

    /** {@code check} works out the current problems per field (from the form's values). */
    public FieldProblems(Class<F> fields, Supplier<Map<F, DomainException>> check) {
        this.check = check;
        this.texts = new EnumMap<>(fields);
        this.touched = EnumSet.noneOf(fields);
        for (F field : fields.getEnumConstants()) {
            texts.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** The field was left: from now on its problem is shown. */
    public void touch(F field) {
        if (touched.add(field)) {
            update();
        }
    }

    /** After a save attempt: every problem is shown. */
    public void showAll() {
        showAll = true;
        update();
    }

    /** Works the problems out again (call on every change of a value). */
    public void update() {
        Map<F, DomainException> problems = check.get();
        texts.forEach((field, text) -> {
            DomainException problem = problems.get(field);
            boolean visible = showAll || touched.contains(field);
            text.set(problem != null && visible ? Messages.get(problem.messageKey(), problem.args()) : "");
        });
    }

    /** Whether any field has a problem, shown or not yet. */
    public boolean any() {
        return !check.get().isEmpty();
    }

    /** The text of {@code field}'s problem; empty when there is none or it is not shown yet. */
    public ReadOnlyStringProperty text(F field) {
        return texts.get(field).getReadOnlyProperty();
    }
}
