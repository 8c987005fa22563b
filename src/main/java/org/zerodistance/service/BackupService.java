package org.zerodistance.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.BackupRetention;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;

/**
 * Backups of one data folder: consistent online copies of the open database into {@code backups/}, rotated by
 * {@link BackupRetention}; and restores that verify the backup opens before anything is replaced, and save the
 * current data first. A restore needs the folder's lock (the composition root holds it) and closes and reopens the
 * database through {@link DatabaseHost}.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    static final String PREFIX = "zero-distance-";
    static final String BEFORE_RESTORE = "-before-restore";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final Pattern NAME = Pattern.compile(
            "zero-distance-(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(-\\d+)?(" + BEFORE_RESTORE + ")?\\.zip");
    private static final String ENTRY = Database.FILE_NAME + Database.FILE_SUFFIX;
    /** The entity name of restore entries in the audit log. */
    public static final String AUDIT_ENTITY = "database";

    private final Path dbFolder;
    private final Path backupFolder;
    private final Clock clock;
    private final DatabaseHost host;
    private final Object lock = new Object();

    public BackupService(Path dbFolder, Path backupFolder, Clock clock, DatabaseHost host) {
        this.dbFolder = dbFolder.toAbsolutePath();
        this.backupFolder = backupFolder.toAbsolutePath();
        this.clock = clock;
        this.host = host;
    }

    public Path folder() {
        return backupFolder;
    }

    /** The backups in the folder, newest first (files with other names are left alone and not listed). */
    public List<BackupFile> list() {
        if (!Files.isDirectory(backupFolder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(backupFolder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                parse(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw failure("backup.error.folderUnreadable", e, backupFolder);
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).thenComparing(BackupFile::fileName).reversed());
        return found;
    }

    /** The newest regular backup (one saved before a restore may hold the data that was given up), if any. */
    public Optional<BackupFile> latest() {
        return list().stream().filter(b -> b.kind() == BackupFile.Kind.REGULAR).findFirst();
    }

    /** True when there is no backup yet or the newest is more than a day old. */
    public boolean dailyDue() {
        LocalDateTime dayAgo = now().minusDays(1);
        return list().stream().findFirst().map(b -> b.takenAt().isBefore(dayAgo)).orElse(true);
    }

    /** Takes the daily backup when it is due; empty when it was not. */
    public Optional<BackupFile> backupIfDue() {
        synchronized (lock) {
            return dailyDue() ? Optional.of(backupNow()) : Optional.empty();
        }
    }

    /** Backs up the open database into the backups folder, then deletes the backups the rotation no longer keeps. */
    public BackupFile backupNow() {
        synchronized (lock) {
            Path target = freeName(now(), "");
            writeBackup(requireOpen(), target);
            rotate();
            return parse(target).orElseThrow();
        }
    }

    /**
     * Backs up {@code database} (open, about to be migrated by a new version) into the backups folder, so an upgrade
     * that fails or is killed half-way can be undone by restoring it.
     */
    public BackupFile backupBeforeUpgrade(Database database) {
        synchronized (lock) {
            Path target = freeName(now(), "");
            writeBackup(database, target);
            LOG.info("Backup before the schema upgrade: {}", target.getFileName());
            rotate();
            return parse(target).orElseThrow();
        }
    }

    /** Backs up the open database into {@code target} (any name; not rotated). */
    public Path backupTo(Path target) {
        synchronized (lock) {
            Path absolute = target.toAbsolutePath();
            if (Files.isDirectory(absolute)) {
                throw new ServiceException("backup.error.outIsFolder", absolute);
            }
            writeBackup(requireOpen(), absolute);
            return absolute;
        }
    }

    /** Deletes the backups {@link BackupRetention} no longer keeps, and leftovers of interrupted backups; returns the deleted. */
    public List<BackupFile> rotate() {
        synchronized (lock) {
            List<BackupFile> all = list();
            List<LocalDateTime> surplus = BackupRetention.surplus(all.stream().map(BackupFile::takenAt).toList(), now());
            List<BackupFile> deleted = new ArrayList<>();
            for (BackupFile backup : all) {
                if (surplus.contains(backup.takenAt())) {
                    try {
                        Files.deleteIfExists(backup.file());
                        deleted.add(backup);
                    } catch (IOException e) {
                        LOG.warn("Could not delete the old backup {}", backup.file(), e);
                    }
                }
            }
            deleteLeftovers();
            if (!deleted.isEmpty()) {
                LOG.info("Rotation deleted {} old backups", deleted.size());
            }
            return deleted;
        }
    }

    /**
     * Checks that {@code zip} holds a Zero Distance database that opens (in a temporary folder; nothing here changes);
     * throws a {@link ServiceException} naming the problem when it does not.
     */
    public void verify(Path zip) {
        synchronized (lock) {
            Path staging = newStaging();
            try {
                unpackAndCheck(zip.toAbsolutePath(), staging);
            } finally {
                deleteQuietly(staging);
            }
        }
    }

    /**
     * Replaces the data with the backup {@code zip}: verifies it opens first (a broken or foreign zip is refused with
     * nothing changed), closes the database, saves the current data as a backup, puts the backup's database in place,
     * reopens it and notes the restore in its audit log.
     */
    public Restored restore(Path zip) {
        synchronized (lock) {
            Path source = zip.toAbsolutePath();
            Path staging = newStaging();
            try {
                Path verified = unpackAndCheck(source, staging);
                host.closeDatabase();
                BackupFile savedBefore;
                try {
                    savedBefore = saveCurrentFile();
                    Files.move(verified, Database.fileIn(dbFolder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    reopenQuietly(); // nothing was replaced: carry on with the data as it was
                    throw failure("backup.error.restoreFailed", e, dbFolder);
                }
                try {
                    Files.deleteIfExists(dbFolder.resolve(Database.FILE_NAME + ".trace.db"));
                } catch (IOException e) {
                    LOG.warn("Could not delete the old trace file", e);
                }
                LOG.info("Restored the database from {}", source.getFileName());
                Services reopened = host.open();
                String summary = "restored from " + source.getFileName()
                        + (savedBefore == null ? "" : "; data before saved as " + savedBefore.fileName());
                reopened.database().inTransactionDo(ctx ->
                        reopened.auditor().record(ctx, AuditEntry.Action.RESTORE, AUDIT_ENTITY, null, summary));
                rotate();
                return new Restored(source, savedBefore);
            } finally {
                deleteQuietly(staging);
            }
        }
    }

    /** What a restore did: the backup it used and where the data before it was saved (null when there was none). */
    public record Restored(Path source, BackupFile savedBefore) {
    }

    private void reopenQuietly() {
        try {
            host.open();
        } catch (RuntimeException e) {
            LOG.error("The database did not reopen after a failed restore", e);
        }
    }

    private Database requireOpen() {
        Services services = host.current();
        if (services == null) {
            throw new ServiceException("backup.error.databaseClosed");
        }
        return services.database();
    }

    /** Writes beside the target under a temporary name and renames, so a killed backup never looks like a backup. */
    private void writeBackup(Database database, Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(part);
            database.backupTo(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backup written: {}", target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw failure("backup.error.writeFailed", e, target);
        }
    }

    /** Zips the (closed) database file as it is, so even a database that no longer opens is kept. */
    private BackupFile saveCurrentFile() throws IOException {
        Path current = Database.fileIn(dbFolder);
        if (!Files.isRegularFile(current)) {
            return null;
        }
        Path target = freeName(now(), BEFORE_RESTORE);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(backupFolder);
        try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            Files.copy(current, zip);
            zip.closeEntry();
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return parse(target).orElseThrow();
    }

    /** Unpacks the database from {@code zip} into {@code staging} and opens it there; returns the checked file. */
    private Path unpackAndCheck(Path zip, Path staging) {
        String name = zip.getFileName().toString();
        if (!Files.isRegularFile(zip)) {
            throw new ServiceException("backup.error.notFound", zip.toAbsolutePath());
        }
        Path unpacked = staging.resolve(ENTRY);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            ZipEntry entry = zipFile.getEntry(ENTRY);
            if (entry == null || entry.isDirectory()) {
                throw new ServiceException("backup.error.foreign", name);
            }
            try (InputStream in = zipFile.getInputStream(entry)) {
                Files.copy(in, unpacked);
            }
        } catch (ZipException e) {
            LOG.warn("Backup {} is not a readable zip", name, e);
            throw new ServiceException("backup.error.damaged", name);
        } catch (IOException e) {
            LOG.warn("Backup {} could not be unpacked", name, e);
            throw new ServiceException("backup.error.damaged", name);
        }
        try {
            Database.inspect(staging);
        } catch (Database.ForeignDatabaseException e) {
            LOG.warn("Backup {} holds no Zero Distance database: {}", name, e.getMessage());
            throw new ServiceException("backup.error.foreign", name);
        } catch (RuntimeException e) {
            LOG.warn("Backup {} does not open", name, e);
            throw new ServiceException("backup.error.damaged", name);
        }
        boolean newer;
        try (Database opened = Database.open(staging)) {
            opened.read(new CommunityRepository()::count); // reads a table, not just the header
            newer = opened.isFromNewerVersion();
        } catch (RuntimeException e) {
            LOG.warn("Backup {} does not open", name, e);
            throw new ServiceException("backup.error.damaged", name);
        }
        if (newer) {
            // its tables have columns this version does not know: working on them could lose data
            throw new ServiceException("backup.error.newerVersion", name);
        }
        return unpacked;
    }

    private Path newStaging() {
        try {
            // beside the database folder, so the checked file moves into place atomically on the same disk
            return Files.createDirectories(dbFolder.resolveSibling(".restore-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw failure("backup.error.restoreFailed", e, dbFolder);
        }
    }

    private void deleteLeftovers() {
        try (Stream<Path> files = Files.list(backupFolder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(PREFIX) && fileName.endsWith(".zip.part")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy the backups folder {}", backupFolder, e);
        }
        try (Stream<Path> siblings = Files.list(dbFolder.getParent())) {
            for (Path old : (Iterable<Path>) siblings::iterator) {
                if (old.getFileName().toString().startsWith(".restore-")) {
                    deleteQuietly(old); // a restore that was killed half-way
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy the data folder {}", dbFolder.getParent(), e);
        }
    }

    private Path freeName(LocalDateTime time, String suffix) {
        String stamp = STAMP.format(time);
        Path candidate = backupFolder.resolve(PREFIX + stamp + suffix + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = backupFolder.resolve(PREFIX + stamp + "-" + n + suffix + ".zip");
        }
        return candidate;
    }

    /** Reads a backup's time and kind from its name; empty for any other file. */
    static Optional<BackupFile> parse(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LocalDateTime takenAt = LocalDateTime.parse(matcher.group(1), STAMP);
            BackupFile.Kind kind = matcher.group(3) != null ? BackupFile.Kind.BEFORE_RESTORE : BackupFile.Kind.REGULAR;
            return Optional.of(new BackupFile(file, takenAt, Files.size(file), kind));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static ServiceException failure(String key, Exception cause, Object arg) {
        LOG.error("Backup work failed ({})", key, cause);
        ServiceException error = new ServiceException(key, arg);
        error.initCause(cause);
        return error;
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}", path, e);
        }
    }
}
