package org.zerodistance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data folder: option first, then the environment variable, then the per-OS default. */
class AppPathsTest {

    private static final String HOME = System.getProperty("user.home");

    @Test
    void explicitFolderWinsOverEnvironment() {
        AppPaths paths = AppPaths.resolve("/tmp/a", Map.of(AppPaths.ENV_HOME, "/tmp/b"), "Linux");
        assertEquals(Path.of("/tmp/a"), paths.home());
        assertEquals(Path.of("/tmp/a/db"), paths.db());
        assertEquals(Path.of("/tmp/a/logs"), paths.logs());
        assertEquals(Path.of("/tmp/a/backups"), paths.backups());
    }

    @Test
    void environmentVariableWinsOverDefault() {
        assertEquals(Path.of("/tmp/b"), AppPaths.resolve(null, Map.of(AppPaths.ENV_HOME, "/tmp/b"), "Linux").home());
    }

    @Test
    void perOsDefaults() {
        assertEquals(Path.of(HOME, ".local", "share", "zero-distance"), AppPaths.resolve(null, Map.of(), "Linux").home());
        assertEquals(Path.of("/data/xdg/zero-distance"), AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux").home());
        assertEquals(Path.of(HOME, "Library", "Application Support", "ZeroDistance"), AppPaths.resolve(null, Map.of(), "Mac OS X").home());
        assertEquals(Path.of("/appdata", "ZeroDistance"), AppPaths.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11").home());
    }
}
