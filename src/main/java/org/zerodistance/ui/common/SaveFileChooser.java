package org.zerodistance.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a document; an interface so tests and automation can answer without a native dialog. */
@FunctionalInterface
public interface SaveFileChooser {

    /**
     * The file the clerk chose, or empty when cancelled. {@code suggestedName} is offered as the file name and
     * {@code extension} (such as {@code docx}) limits the files shown, described by {@code filterDescription}.
     */
    Optional<Path> choose(String title, String suggestedName, String filterDescription, String extension);
}
