package org.zerodistance.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import net.harawata.appdirs.AppDirsFactory;

/**
 * The data folder and its parts ({@code db/}, {@code logs/}, {@code backups/}).
 * Chosen by {@code --data-dir}, else {@code ZERO_DISTANCE_HOME}, else the per-OS default.
 */
public record AppPaths(Path home) {

    public static final String ENV_HOME = "ZERO_DISTANCE_HOME";

    public AppPaths {
        home = home.toAbsolutePath().normalize();
    }

    /** Resolves the data folder: an explicit folder wins, then the environment variable, then the OS default. */
    public static AppPaths resolve(String explicitDir, Map<String, String> environment, String osName) {
        if (explicitDir != null && !explicitDir.isBlank()) {
            return new AppPaths(Path.of(explicitDir));
        }
        String fromEnv = environment.get(ENV_HOME);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AppPaths(Path.of(fromEnv));
        }
        return new AppPaths(osDefault(environment, osName));
    }

    public static AppPaths resolve(String explicitDir) {
        return resolve(explicitDir, System.getenv(), System.getProperty("os.name", ""));
    }

    /**
     * Windows {@code %APPDATA%\ZeroDistance}, macOS {@code ~/Library/Application Support/ZeroDistance},
     * elsewhere {@code $XDG_DATA_HOME/zero-distance} (default {@code ~/.local/share/zero-distance}).
     */
    static Path osDefault(Map<String, String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return Path.of(appData, "ZeroDistance");
            }
            return Path.of(AppDirsFactory.getInstance().getUserDataDir("ZeroDistance", null, null, true));
        }
        String userHome = System.getProperty("user.home");
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "ZeroDistance");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "zero-distance");
        }
        return Path.of(userHome, ".local", "share", "zero-distance");
    }

    public Path db() {
        return home.resolve("db");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path backups() {
        return home.resolve("backups");
    }

    public Path lockFile() {
        return home.resolve(".lock");
    }

    public Path preferencesFile() {
        return home.resolve("preferences.properties");
    }

    /** Creates the folder and its parts if they are missing. */
    public void createFolders() throws java.io.IOException {
        Files.createDirectories(db());
        Files.createDirectories(logs());
        Files.createDirectories(backups());
    }
}
