package org.zerodistance.ui.common;

/** A screen that reloads its data when the clerk comes back to it (other screens may have changed it meanwhile). */
public interface Refreshable {
    void refresh();
}
