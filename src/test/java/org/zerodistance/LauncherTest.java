package org.zerodistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher reads --data-dir before anything else and starts the window only when no command is left. */
class LauncherTest {

    @Test
    void findsTheDataFolderInEitherForm() {
        assertEquals("/x", Launcher.dataDirOption(new String[] {"--data-dir", "/x", "communities", "list"}));
        assertEquals("/y", Launcher.dataDirOption(new String[] {"communities", "list", "--data-dir=/y"}));
        assertNull(Launcher.dataDirOption(new String[] {"communities", "list"}));
    }

    @Test
    void onlyTheDataFolderMeansTheWindow() {
        assertEquals(List.of(), Launcher.withoutDataDir(new String[] {"--data-dir", "/x"}));
        assertEquals(List.of("--version"), Launcher.withoutDataDir(new String[] {"--data-dir=/x", "--version"}));
    }
}
