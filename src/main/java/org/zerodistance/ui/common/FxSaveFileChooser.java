package org.zerodistance.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog, opening in the folder used last (else Documents, else the home folder). */
public final class FxSaveFileChooser implements SaveFileChooser {

    private final Supplier<Window> owner;
    private Path lastFolder;

    public FxSaveFileChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(String title, String suggestedName, String filterDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        Path folder = startFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            path = path.resolveSibling(path.getFileName() + "." + extension);
        }
        lastFolder = path.getParent();
        return Optional.of(path);
    }

    private Path startFolder() {
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            return lastFolder;
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : Files.isDirectory(home) ? home : null;
    }
}
