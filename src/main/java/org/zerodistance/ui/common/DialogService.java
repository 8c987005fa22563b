package org.zerodistance.ui.common;

import java.util.Optional;

/** Dialogs a view model may ask for; an interface so view-model tests can answer them. */
public interface DialogService {

    /** Shows what went wrong and what to do, in the clerk's words. */
    void showError(Throwable error);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /** Asks for one line of text, offering {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);
}
