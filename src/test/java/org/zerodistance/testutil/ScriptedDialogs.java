package org.zerodistance.testutil;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.zerodistance.domain.DomainException;
import org.zerodistance.ui.common.DialogService;

/** A DialogService for view-model tests: records errors and answers questions from a script. */
public final class ScriptedDialogs implements DialogService {

    private final List<Throwable> errors = new ArrayList<>();
    private final Deque<String> textAnswers = new ArrayDeque<>();
    private boolean confirmAnswer = true;

    @Override
    public void showError(Throwable error) {
        errors.add(error);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    public ScriptedDialogs answerText(String text) {
        textAnswers.add(text);
        return this;
    }

    public ScriptedDialogs answerConfirm(boolean yes) {
        confirmAnswer = yes;
        return this;
    }

    public List<Throwable> errors() {
        return errors;
    }

    /** The message keys of the errors shown, in order. */
    public List<String> errorKeys() {
        return errors.stream().map(e -> e instanceof DomainException d ? d.messageKey() : e.toString()).toList();
    }
}
