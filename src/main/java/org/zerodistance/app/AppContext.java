package org.zerodistance.app;

import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.Database;
import org.zerodistance.service.BackupFile;
import org.zerodistance.service.BackupService;
import org.zerodistance.service.DatabaseHost;
import org.zerodistance.service.DatabaseUnavailableException;
import org.zerodistance.service.ServiceException;
import org.zerodistance.service.Services;

/**
 * Composition root for one data folder: the folder lock, preferences, the database and the services.
 * The lock is taken first, so a second program on the same folder is refused before anything is opened.
 */
public final class AppContext implements AutoCloseable, DatabaseHost {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppPaths paths;
    private final InstanceLock lock;
    private final Preferences preferences;
    private volatile Database database;
    private volatile Services services;
    private final BackupService backups;
    private boolean closed;

    private AppContext(AppPaths paths, InstanceLock lock) {
        this.paths = paths;
        this.lock = lock;
        this.preferences = Preferences.load(paths.preferencesFile());
        this.backups = new BackupService(paths.db(), paths.backups(), Clock.systemDefaultZone(), this);
        Messages.setLanguage(preferences.language());
    }

    /** Creates the folder if needed and takes its lock; throws {@link InstanceLock.FolderInUseException} when in use. */
    public static AppContext lock(AppPaths paths) throws IOException {
        paths.createFolders();
        return new AppContext(paths, InstanceLock.acquire(paths.lockFile()));
    }

    /**
     * Opens and migrates the database and builds the services (slow: call off the FX thread). A database that does
     * not open becomes a {@link DatabaseUnavailableException} naming the latest backup to restore.
     */
    public synchronized Services openDatabase() {
        if (services == null) {
            try {
                database = Database.open(paths.db(), backups::backupBeforeUpgrade);
            } catch (ServiceException e) {
                throw e; // the backup before an upgrade could not be written: that message says what to do
            } catch (RuntimeException e) {
                LOG.error("The database in {} could not be opened", paths.db(), e);
                throw unavailable(e);
            }
            services = new Services(database);
            LOG.info("Database open in {}", paths.db());
        }
        return services;
    }

    private DatabaseUnavailableException unavailable(RuntimeException cause) {
        BackupFile latest = null;
        try {
            latest = backups.latest().orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("Could not list the backups", e);
        }
        DatabaseUnavailableException error = latest == null
                ? new DatabaseUnavailableException(null, "database.error.cannotOpenNoBackup", paths.db(), paths.logs())
                : new DatabaseUnavailableException(latest, "database.error.cannotOpen", paths.db(), latest.file(), paths.logs());
        error.initCause(cause);
        return error;
    }

    /** Backups of this data folder (works while the database is closed, e.g. to restore one that does not open). */
    public BackupService backups() {
        return backups;
    }

    @Override
    public Services current() {
        return services;
    }

    @Override
    public Services open() {
        return openDatabase();
    }

    /** Closes the database but keeps the folder's lock (a restore replaces the file meanwhile). */
    @Override
    public synchronized void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
            services = null;
        }
    }

    public Services services() {
        Services current = services;
        if (current == null) {
            throw new IllegalStateException("database not open yet");
        }
        return current;
    }

    public AppPaths paths() {
        return paths;
    }

    public Preferences preferences() {
        return preferences;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeDatabase();
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the data folder lock", e);
        }
    }
}
