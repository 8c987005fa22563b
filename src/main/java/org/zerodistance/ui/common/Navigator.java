package org.zerodistance.ui.common;

/** Opens another section of the main window, for screens that link to each other (the dashboard's figures). */
public interface Navigator {

    /** Whether this build has a screen for {@code sectionId}. */
    boolean has(String sectionId);

    /** Shows section {@code sectionId}; a {@link Filterable} screen is handed {@code filter} (which may be null). */
    void open(String sectionId, ListFilter filter);
}
