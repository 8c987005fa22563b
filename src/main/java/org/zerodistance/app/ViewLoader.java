package org.zerodistance.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;
import org.zerodistance.i18n.Messages;

/** Loads {@code Xxx.fxml} beside {@code XxxView}, with the current bundle and controllers built by the composition root. */
public final class ViewLoader {

    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Callback<Class<?>, Object> controllerFactory) {
        this.controllerFactory = controllerFactory;
    }

    public Parent load(Class<?> viewClass) {
        String name = viewClass.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL location = viewClass.getResource(name);
        if (location == null) {
            throw new IllegalStateException("No FXML " + name + " beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, Messages.bundle());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            root.setUserData(loader.getController());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + location, e);
        }
    }
}
