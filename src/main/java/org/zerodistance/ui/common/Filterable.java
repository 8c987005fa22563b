package org.zerodistance.ui.common;

/**
 * A list screen that can be opened already filtered (from the dashboard). Screens that do not implement it are still
 * opened, unfiltered.
 */
public interface Filterable {

    /** Shows the records {@code filter} describes (and says so on the screen, with a way to clear it). */
    void applyFilter(ListFilter filter);
}
