package org.zerodistance.app;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.Database;
import org.zerodistance.service.Services;

/**
 * Composition root for one data folder: the folder lock, preferences, the database and the services.
 * The lock is taken first, so a second program on the same folder is refused before anything is opened.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppPaths paths;
    private final InstanceLock lock;
    private final Preferences preferences;
    private volatile Database database;
    private volatile Services services;
    private boolean closed;

    private AppContext(AppPaths paths, InstanceLock lock) {
        this.paths = paths;
        this.lock = lock;
        this.preferences = Preferences.load(paths.preferencesFile());
        Messages.setLanguage(preferences.language());
    }

    /** Creates the folder if needed and takes its lock; throws {@link InstanceLock.FolderInUseException} when in use. */
    public static AppContext lock(AppPaths paths) throws IOException {
        paths.createFolders();
        return new AppContext(paths, InstanceLock.acquire(paths.lockFile()));
    }

    /** Opens and migrates the database and builds the services (slow: call off the FX thread). */
    public synchronized Services openDatabase() {
        if (services == null) {
            database = Database.open(paths.db());
            services = new Services(database);
            LOG.info("Database open in {}", paths.db());
        }
        return services;
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
        if (database != null) {
            database.close();
            database = null;
            services = null;
        }
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the data folder lock", e);
        }
    }
}
