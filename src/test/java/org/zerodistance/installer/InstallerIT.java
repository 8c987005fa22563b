package org.zerodistance.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the app image that {@code mvn -Pinstaller verify} built: jlink leaves out modules nobody notices until the
 * launcher runs, so the launcher itself must answer. Run by failsafe in the installer profile only.
 */
class InstallerIT {

    private static final Path IMAGE = Path.of(System.getProperty("installer.image", "target/installer/zero-distance"));

    @TempDir
    Path data;

    private Path launcher() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path launcher = IMAGE.resolve(windows ? "zero-distance.exe" : "bin/zero-distance");
        if (System.getProperty("os.name", "").toLowerCase().startsWith("mac")) {
            launcher = IMAGE.resolveSibling("zero-distance.app").resolve("Contents/MacOS/zero-distance");
        }
        assertTrue(Files.isExecutable(launcher), "the launcher exists: " + launcher);
        return launcher;
    }

    private record Result(int code, String output) {
    }

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the launcher did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherRunsTheCommandLine() throws Exception {
        Result version = run("--version");
        assertEquals(0, version.code(), version.output());
        assertTrue(version.output().strip().matches("zero-distance \\S+"), version.output());

        String folder = data.resolve("office").toString();
        Result add = run("--data-dir", folder, "communities", "add", "城东社区");
        assertEquals(0, add.code(), add.output());
        Result list = run("--data-dir", folder, "communities", "list", "--json");
        assertEquals(0, list.code(), list.output());
        assertTrue(list.output().contains("\"name\" : \"城东社区\""), list.output());
        Result backup = run("--data-dir", folder, "backup");
        assertEquals(0, backup.code(), backup.output());
        assertTrue(Files.list(data.resolve("office").resolve("backups")).anyMatch(p -> p.toString().endsWith(".zip")));
    }

    /**
     * The installed launcher imports a member list (POI, fastexcel, the zip file system and Chinese text all present in
     * the image) and loads the packaged sample community (a resource inside the jar: the installed program has no repo).
     */
    @Test
    void theLauncherImportsAMemberListAndLoadsTheSampleCommunity() throws Exception {
        Path samples = Path.of(System.getProperty("installer.samples", "sample-data"));
        String folder = data.resolve("office").toString();
        Result add = run("--data-dir", folder, "communities", "add", "城东社区");
        assertEquals(0, add.code(), add.output());
        Result imported = run("--data-dir", folder, "import-members", "--community", "城东社区", "--json",
                samples.resolve("members-tidy.xlsx").toString());
        assertEquals(0, imported.code(), imported.output());
        String json = imported.output().substring(imported.output().indexOf('{'));
        assertTrue(json.matches("(?s).*\"rowsRead\"\\s*:\\s*30\\b.*"), json);
        assertTrue(json.matches("(?s).*\"imported\"\\s*:\\s*30\\b.*"), json);
        assertTrue(json.matches("(?s).*\"rejected\"\\s*:\\s*0\\b.*"), json);
        Result members = run("--data-dir", folder, "members", "list", "--community", "城东社区", "--json");
        assertEquals(0, members.code(), members.output());
        assertEquals(30, members.output().split("\"idNumber\"", -1).length - 1, members.output());

        Result sample = run("--data-dir", folder, "sample", "load", "--json");
        assertEquals(0, sample.code(), sample.output());
        assertTrue(sample.output().contains("和平社区"), sample.output());
        assertTrue(sample.output().matches("(?s).*\"members\"\\s*:\\s*36\\b.*"), sample.output());
    }

    /** The modules named in installer/app-image.txt cover what jdeps finds in the application's jars. */
    @Test
    void theImageHasEveryModuleTheJarsNeed() throws Exception {
        Path args = Path.of(System.getProperty("installer.args", "installer/app-image.txt"));
        Matcher listed = Pattern.compile("--add-modules\\s+(\\S+)").matcher(Files.readString(args));
        assertTrue(listed.find(), "installer/app-image.txt names its modules");
        Set<String> inImage = new TreeSet<>(Arrays.asList(listed.group(1).split(",")));

        Path jar = Path.of(System.getProperty("installer.jar"));
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        Process process = new ProcessBuilder(jdeps.toString(), "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--class-path", jar.getParent().resolve("*").toString(), jar.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0, output);
        String last = output.lines().reduce((a, b) -> b).orElse("");
        Set<String> needed = new TreeSet<>(Arrays.asList(last.split(",")));
        needed.removeAll(inImage);
        assertEquals(Set.of(), needed, "add these modules to --add-modules in installer/app-image.txt (jdeps found them)");
    }

    @Test
    void theImageCarriesTheIcon() throws IOException {
        try (var files = Files.walk(IMAGE)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("zero-distance.png")));
        }
    }
}
