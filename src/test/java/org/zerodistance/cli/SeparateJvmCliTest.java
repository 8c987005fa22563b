package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.Launcher;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;

/** The real launcher in its own JVM: the CLI never loads JavaFX, and a second program on a folder is refused. */
class SeparateJvmCliTest {

    @TempDir
    Path data;

    private record Run(int exitCode, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void commandsRunWithoutLoadingJavaFx() throws Exception {
        Run run = launch("--data-dir", data.toString(), "communities", "add", "城东社区");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().lines().anyMatch(line -> line.startsWith("[") && line.contains(" javafx.")),
                "a JavaFX class was loaded by a CLI command");
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("[") && line.contains("picocli.CommandLine ")),
                "class loading is visible, so the check above means something");
    }

    @Test
    void aSecondProgramOnTheSameFolderIsRefusedWithOneSentence() throws Exception {
        try (AppContext gui = AppContext.lock(new AppPaths(data))) {
            Run run = launch("--data-dir", data.toString(), "communities", "list");
            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains(data.toString()), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }
}
