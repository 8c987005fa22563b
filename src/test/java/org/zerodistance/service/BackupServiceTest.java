package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.persistence.Database;

class BackupServiceTest {

    @TempDir
    Path home;

    private AppPaths paths;
    private AppContext context;

    @BeforeEach
    void openFolder() throws IOException {
        paths = new AppPaths(home.resolve("data"));
        context = AppContext.lock(paths);
        context.openDatabase();
    }

    @AfterEach
    void closeFolder() {
        context.close();
    }

    private Services services() {
        return context.services();
    }

    @Test
    void restoreBringsBackExactlyTheDataOfTheBackup() {
        CommunityService communities = services().communities();
        Community east = communities.add("城东社区");
        communities.add("城西社区");
        communities.rename(east.id(), "城东新社区");
        communities.archive(east.id());
        String atBackup = TableDump.of(services().database());

        BackupFile backup = context.backups().backupNow();
        communities.add("南山社区");
        communities.restore(east.id());
        assertFalse(atBackup.equals(TableDump.of(services().database())), "the data changed after the backup");

        BackupService.Restored restored = context.backups().restore(backup.file());

        assertEquals(atBackup, TableDump.withoutRestoreEntries(context.services().database()));
        List<AuditEntry> latest = context.services().database().read(ctx ->
                new org.zerodistance.persistence.AuditRepository().latest(ctx, 1));
        assertEquals(AuditEntry.Action.RESTORE, latest.get(0).action());
        assertTrue(latest.get(0).summary().contains(backup.fileName()));
        // the data before the restore was kept, and it is a backup that itself restores
        assertNotNull(restored.savedBefore());
        assertEquals(BackupFile.Kind.BEFORE_RESTORE, restored.savedBefore().kind());
        context.backups().restore(restored.savedBefore().file());
        assertTrue(context.services().communities().list(true).stream().anyMatch(c -> c.name().equals("南山社区")));
    }

    @Test
    void aBrokenZipIsRefusedWithNothingChanged() throws IOException {
        services().communities().add("城东社区");
        context.backups().backupNow();
        Path broken = home.resolve("broken.zip");
        Files.write(broken, "this is not a zip at all".getBytes(StandardCharsets.UTF_8));

        assertRefusedUnchanged(broken, "backup.error.damaged");
    }

    @Test
    void aTruncatedBackupIsRefusedWithNothingChanged() throws IOException {
        services().communities().add("城东社区");
        BackupFile good = context.backups().backupNow();
        byte[] bytes = Files.readAllBytes(good.file());
        Path truncated = home.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRefusedUnchanged(truncated, "backup.error.damaged");
    }

    @Test
    void aForeignZipIsRefusedWithNothingChanged() throws IOException {
        services().communities().add("城东社区");
        Path foreign = home.resolve("photos.zip");
        try (OutputStream out = Files.newOutputStream(foreign); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("holiday photos".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefusedUnchanged(foreign, "backup.error.foreign");
    }

    @Test
    void anotherProgramsH2DatabaseIsRefusedWithNothingChanged() throws Exception {
        services().communities().add("城东社区");
        Path otherFolder = home.resolve("other");
        Files.createDirectories(otherFolder);
        String url = "jdbc:h2:file:" + otherFolder.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE invoice (id INT PRIMARY KEY, total DECIMAL(10,2))");
            connection.createStatement().execute("SHUTDOWN");
        }
        Path foreign = home.resolve("other-app-backup.zip");
        try (OutputStream out = Files.newOutputStream(foreign); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(Database.FILE_NAME + Database.FILE_SUFFIX));
            Files.copy(Database.fileIn(otherFolder), zip);
            zip.closeEntry();
        }
        assertRefusedUnchanged(foreign, "backup.error.foreign");
    }

    @Test
    void aBackupFromANewerVersionIsRefusedWithNothingChanged() throws IOException {
        services().communities().add("城东社区");
        services().database().inTransactionDo(ctx -> ctx.execute(
                "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                        + " \"installed_by\", \"execution_time\", \"success\") VALUES (999, '999', 'from the future', 'SQL',"
                        + " 'V999__future.sql', 'sa', 1, TRUE)"));
        BackupFile fromTheFuture = context.backups().backupNow();
        services().database().inTransactionDo(ctx -> ctx.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '999'"));

        assertRefusedUnchanged(fromTheFuture.file(), "backup.error.newerVersion");
    }

    @Test
    void aMissingFileIsRefused() {
        ServiceException refused = assertThrows(ServiceException.class,
                () -> context.backups().restore(home.resolve("nowhere.zip")));
        assertEquals("backup.error.notFound", refused.messageKey());
    }

    private void assertRefusedUnchanged(Path zip, String expectedKey) throws IOException {
        String before = TableDump.of(services().database());
        List<Path> backupsBefore = filesIn(paths.backups());

        ServiceException refused = assertThrows(ServiceException.class, () -> context.backups().restore(zip));

        assertEquals(expectedKey, refused.messageKey());
        assertNotNull(context.current(), "the database stays open");
        assertEquals(before, TableDump.of(context.services().database()));
        assertEquals(backupsBefore, filesIn(paths.backups()), "no backup was added or removed");
        assertEquals(List.of("backups", "data-folder-files"), leftoversBesideDb());
        assertThrows(ServiceException.class, () -> context.backups().verify(zip));
    }

    /** The data folder holds only its usual parts: no staging folder left behind. */
    private List<String> leftoversBesideDb() throws IOException {
        try (Stream<Path> files = Files.list(paths.home())) {
            boolean onlyUsual = files.map(p -> p.getFileName().toString())
                    .allMatch(n -> List.of("db", "logs", "backups", ".lock", "preferences.properties").contains(n));
            return onlyUsual ? List.of("backups", "data-folder-files") : List.of("unexpected files");
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void backupToAChosenFileWritesAVerifiableZip() {
        services().communities().add("城东社区");
        Path out = home.resolve("U盘").resolve("备份.zip");

        Path written = context.backups().backupTo(out);

        assertEquals(out.toAbsolutePath(), written);
        context.backups().verify(written);
        assertTrue(context.backups().list().isEmpty(), "a chosen file is not one of the rotated backups");
    }

    @Test
    void backupsRotateAndTheDailyOneIsDueAfterADay() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-20T10:00:00Z"));
        BackupService backups = new BackupService(paths.db(), paths.backups(), clock, context);
        assertTrue(backups.dailyDue(), "no backup yet");
        Files.writeString(paths.backups().resolve("zero-distance-2026-05-19_08-00-00.zip.part"), "killed half-way");
        Files.writeString(paths.backups().resolve("notes.txt"), "the clerk's own file");

        for (int i = 0; i < 12; i++) {
            backups.backupNow();
            clock.advance(Duration.ofMinutes(5));
        }

        assertEquals(10, backups.list().size());
        assertFalse(Files.exists(paths.backups().resolve("zero-distance-2026-05-19_08-00-00.zip.part")));
        assertTrue(Files.exists(paths.backups().resolve("notes.txt")), "other files are left alone");
        assertFalse(backups.dailyDue());
        assertTrue(backups.backupIfDue().isEmpty());
        clock.advance(Duration.ofHours(25));
        assertTrue(backups.dailyDue());
        assertTrue(backups.backupIfDue().isPresent());
        assertEquals(10, backups.list().size());
    }

    @Test
    void twoBackupsInOneSecondGetDistinctNames() {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-20T10:00:00Z"));
        BackupService backups = new BackupService(paths.db(), paths.backups(), clock, context);
        BackupFile first = backups.backupNow();
        BackupFile second = backups.backupNow();
        assertFalse(first.file().equals(second.file()));
        assertEquals(2, backups.list().size());
    }

    @Test
    void aDatabaseThatDoesNotOpenIsReportedWithTheLatestBackupAndRestores() throws IOException {
        services().communities().add("城东社区");
        BackupFile backup = context.backups().backupNow();
        context.close();
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(Database.fileIn(paths.db()), garbage);

        context = AppContext.lock(paths);
        RuntimeException failure = assertThrows(RuntimeException.class, context::openDatabase);
        DatabaseUnavailableException unavailable = assertInstanceOf(DatabaseUnavailableException.class, failure);
        assertEquals("database.error.cannotOpen", unavailable.messageKey());
        assertEquals(backup.file(), unavailable.latestBackup().orElseThrow().file());

        BackupService.Restored restored = context.backups().restore(backup.file());

        assertEquals(List.of("城东社区"), context.services().communities().list(true).stream().map(Community::name).toList());
        byte[] saved = readEntry(restored.savedBefore().file());
        assertArrayEquals(garbage, saved, "the damaged file was kept as it was, for support");
    }

    @Test
    void aDatabaseThatDoesNotOpenWithoutBackupsSaysSo() throws IOException {
        context.close();
        Files.write(Database.fileIn(paths.db()), new byte[] {1, 2, 3, 4, 5});
        context = AppContext.lock(paths);
        DatabaseUnavailableException unavailable = assertThrows(DatabaseUnavailableException.class, context::openDatabase);
        assertEquals("database.error.cannotOpenNoBackup", unavailable.messageKey());
        assertTrue(unavailable.latestBackup().isEmpty());
    }

    @Test
    void aFirstStartKilledWhileCreatingTheDatabaseLeavesNothingThatBlocksTheNext() throws IOException {
        context.close();
        Path fresh = home.resolve("fresh");
        Files.createDirectories(fresh);
        Files.write(fresh.resolve(Database.FILE_NAME + "-new" + Database.FILE_SUFFIX), new byte[] {9, 9, 9});
        try (Database database = Database.open(fresh)) {
            // a migrated schema version (any: features add migrations), not the leftover file
            assertTrue(Database.inspect(fresh).matches("\\d+(\\.\\d+)*"), Database.inspect(fresh));
        }
        context = AppContext.lock(paths);
    }

    @Test
    void aDatabaseWithMigrationsToApplyIsBackedUpBeforeTheyRun() throws Exception {
        context.close();
        Path folder = home.resolve("older");
        Files.createDirectories(folder.resolve("db"));
        // a database from before the current schema: here the oldest possible, one with no migration applied yet
        String url = "jdbc:h2:file:" + folder.resolve("db").resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
        AppPaths older = new AppPaths(folder);
        context = AppContext.lock(older);
        context.openDatabase();

        assertEquals(1, context.backups().list().size(), "a backup was taken before migrating");
        context.services().communities().add("城东社区");
        context.close();
        context = AppContext.lock(older);
        context.openDatabase();
        assertEquals(1, context.backups().list().size(), "nothing to migrate the second time: no new backup");
    }

    private static byte[] readEntry(Path zip) throws IOException {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(Database.FILE_NAME + Database.FILE_SUFFIX)).readAllBytes();
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
