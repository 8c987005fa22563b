package org.zerodistance.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.zerodistance.i18n.Messages;

/**
 * Loads the FXML of a dialog's content ({@code Xxx.fxml} beside {@code XxxView}, without {@code fx:controller}) with a
 * controller the caller built, for forms whose view model depends on the record being edited.
 */
public final class FxmlForms {

    private FxmlForms() {
    }

    public static Parent load(Class<?> viewClass, Object controller) {
        String name = viewClass.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL location = viewClass.getResource(name);
        if (location == null) {
            throw new IllegalStateException("No FXML " + name + " beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, Messages.bundle());
        loader.setController(controller);
        try {
            Parent root = loader.load();
            root.setUserData(controller);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + location, e);
        }
    }
}
