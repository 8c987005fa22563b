package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppPaths;
import org.zerodistance.app.InstanceLock;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.Database;

class BackupCommandsTest {

    @TempDir
    Path home;

    private AppPaths paths;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        paths = new AppPaths(home.resolve("data"));
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(paths, args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(paths.backups())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void backupWritesAZipIntoTheBackupsFolder() throws IOException {
        assertEquals(0, run("communities", "add", "城东社区").code());

        Result result = run("backup");

        assertEquals(0, result.code(), result.err());
        assertEquals(1, backups().size());
        assertTrue(result.out().contains(backups().get(0).toString()), result.out());
    }

    @Test
    void backupOutWritesTheChosenFile() {
        run("communities", "add", "城东社区");
        Path out = home.resolve("copy.zip");

        Result result = run("backup", "--out", out.toString());

        assertEquals(0, result.code(), result.err());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void restoreReplacesTheDataAndSavesTheCurrentFirst() throws IOException {
        run("communities", "add", "城东社区");
        run("backup");
        Path backup = backups().get(0);
        run("communities", "add", "城西社区");

        Result result = run("restore", backup.toString());

        assertEquals(0, result.code(), result.err());
        assertEquals("城东社区", run("communities", "list").out().strip());
        assertEquals(2, backups().size(), "the data before the restore was saved");
        assertTrue(backups().stream().anyMatch(p -> p.getFileName().toString().endsWith("-before-restore.zip")));
    }

    @Test
    void restoreOfABrokenZipIsRefusedWithExitTwoAndOneSentence() throws IOException {
        run("communities", "add", "城东社区");
        Path broken = home.resolve("broken.zip");
        Files.writeString(broken, "garbage", StandardCharsets.UTF_8);

        Result result = run("restore", broken.toString());

        assertEquals(Cli.REFUSED, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("broken.zip"), result.err());
        assertEquals("城东社区", run("communities", "list").out().strip());
        assertTrue(backups().isEmpty(), "nothing was saved or changed");
    }

    @Test
    void backupAndRestoreAreRefusedWhileAnotherProgramHasTheFolder() throws IOException {
        run("communities", "add", "城东社区");
        run("backup");
        Path backup = backups().get(0);
        byte[] dbBefore = Files.readAllBytes(Database.fileIn(paths.db()));

        try (InstanceLock held = InstanceLock.acquire(paths.lockFile())) {
            Result restore = run("restore", backup.toString());
            Result backupNow = run("backup");

            assertEquals(Cli.REFUSED, restore.code());
            assertEquals(List.of(Messages.get("app.error.folderInUse", paths.home())), restore.errLines());
            assertEquals(Cli.REFUSED, backupNow.code());
            assertEquals(1, backupNow.errLines().size());
        }
        assertEquals(1, backups().size());
        assertTrue(java.util.Arrays.equals(dbBefore, Files.readAllBytes(Database.fileIn(paths.db()))), "database untouched");
    }

    @Test
    void aDatabaseThatDoesNotOpenNamesTheRestoreCommand() throws IOException {
        run("communities", "add", "城东社区");
        run("backup");
        Path backup = backups().get(0);
        Files.write(Database.fileIn(paths.db()), new byte[4096]);

        Result result = run("communities", "list");

        assertEquals(Cli.REFUSED, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("zero-distance restore \"" + backup + "\""), result.err());

        assertEquals(0, run("restore", backup.toString()).code());
        assertEquals("城东社区", run("communities", "list").out().strip());
    }

    @Test
    void restoreOfAMissingFileIsRefused() {
        Result result = run("restore", home.resolve("nope.zip").toString());
        assertEquals(Cli.REFUSED, result.code());
        assertEquals(1, result.errLines().size());
    }
}
