package org.zerodistance.ui.common;

import java.nio.file.Path;

/**
 * Restores a backup for the whole window (the composition root implements it): it closes the data, puts the backup in
 * place through the backup service, and redraws every screen over the restored data, so no screen keeps the old one.
 */
@FunctionalInterface
public interface RestoreAction {
    void restore(Path backup);
}
