package org.zerodistance.ui.common;

import javafx.scene.Parent;

/** Loads a screen by its view class (FXML found by name beside it), with its view model built by the composition root. */
@FunctionalInterface
public interface ViewSource {

    /** The loaded root; its {@code userData} is the view (controller), so a {@link Refreshable} one can be refreshed. */
    Parent load(Class<?> viewClass);
}
