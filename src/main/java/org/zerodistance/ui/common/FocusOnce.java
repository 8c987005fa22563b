package org.zerodistance.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Gives a form's first field the focus once it is shown (ControlsFX re-parents the root later, which must not steal focus again). */
public final class FocusOnce {

    private FocusOnce() {
    }

    public static void request(Node node) {
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene before, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
