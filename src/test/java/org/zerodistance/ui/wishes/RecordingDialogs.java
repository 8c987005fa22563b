package org.zerodistance.ui.wishes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zerodistance.domain.DomainException;
import org.zerodistance.ui.common.DialogService;

/** Remembers the message keys of the errors a view model would have shown; answers questions with {@link #answer}. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    boolean answer = true;

    @Override
    public void showError(Throwable error) {
        errors.add(error instanceof DomainException refused ? refused.messageKey() : String.valueOf(error));
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return answer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }
}
