package org.zerodistance.ui.common;

import java.nio.file.Path;

/** Shows a folder in the system's file manager (so the clerk finds the file just written). */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder);
}
