package org.zerodistance.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key exists in both languages, every %key of an FXML file exists (a missing one makes the screen fail to load),
 * and every literal key the code asks for exists.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = RESOURCES.resolve("org/zerodistance/i18n");

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> chinese = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(chinese);
        missingInEnglish.removeAll(english);
        Set<String> missingInChinese = new TreeSet<>(english);
        missingInChinese.removeAll(chinese);
        assertEquals(Set.of(), missingInEnglish, "keys missing from messages_en.properties");
        assertEquals(Set.of(), missingInChinese, "keys missing from messages.properties");
    }

    @Test
    void everyFxmlKeyExists() throws IOException {
        Set<String> chinese = keys("messages.properties");
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path fxml : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = key.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!chinese.contains(m.group(1))) {
                        missing.add(fxml.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Set<String> chinese = keys("messages.properties");
        Pattern call = Pattern.compile("(?:Messages\\.get|Exception|Messages\\.has)\\(\\s*\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(java, StandardCharsets.UTF_8));
                while (m.find()) {
                    found++;
                    if (!chinese.contains(m.group(1))) {
                        missing.add(java.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(found > 20, "the scan finds the code's keys");
        assertEquals(List.of(), missing);
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsAvailable() {
        assertEquals("零距离社区服务台", Messages.get(Language.CHINESE, "app.title"));
        assertEquals("Zero Distance Community Service Desk", Messages.get(Language.ENGLISH, "app.title"));
        assertEquals("共 3 条", Messages.get(Language.CHINESE, "list.count", 3));
    }
}
