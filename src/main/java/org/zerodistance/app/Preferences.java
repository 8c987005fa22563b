package org.zerodistance.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.zerodistance.i18n.Language;

/**
 * Workstation preferences kept beside the database (a small properties file), read before the database opens,
 * so the window can appear in the right language at once.
 */
public final class Preferences {

    private static final String LANGUAGE = "language";

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    /** Reads the file; a missing or unreadable file gives the defaults. */
    public static Preferences load(Path file) {
        Preferences preferences = new Preferences(file);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                preferences.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                org.slf4j.LoggerFactory.getLogger(Preferences.class).warn("Preferences could not be read; using defaults", e);
            }
        }
        return preferences;
    }

    public Language language() {
        return Language.fromCode(values.getProperty(LANGUAGE, Language.CHINESE.code()));
    }

    public void setLanguage(Language language) throws IOException {
        values.setProperty(LANGUAGE, language.code());
        save();
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(writer, "Zero Distance preferences");
        }
    }
}
