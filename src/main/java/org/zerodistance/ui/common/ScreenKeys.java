package org.zerodistance.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Keyboard shortcuts of one screen (Ctrl+N, Ctrl+F, …): put on the window's scene while the screen is shown and taken
 * off when another screen replaces it, so screens sharing a shortcut do not steal it from each other.
 */
public final class ScreenKeys {

    private ScreenKeys() {
    }

    /** Installs {@code keys} whenever {@code screenRoot} is in a scene. */
    public static void install(Node screenRoot, Map<KeyCombination, Runnable> keys) {
        Map<KeyCombination, Runnable> own = new LinkedHashMap<>(keys);
        screenRoot.sceneProperty().addListener((obs, before, now) -> {
            if (before != null) {
                remove(before, own);
            }
            if (now != null) {
                now.getAccelerators().putAll(own);
            }
        });
        if (screenRoot.getScene() != null) {
            screenRoot.getScene().getAccelerators().putAll(own);
        }
    }

    private static void remove(Scene scene, Map<KeyCombination, Runnable> own) {
        own.forEach((key, action) -> scene.getAccelerators().remove(key, action));
    }
}
