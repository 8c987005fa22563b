package org.zerodistance.service;

import java.util.Optional;

/** The database file could not be opened (damaged, or unreadable); carries the latest backup to offer for a restore. */
public final class DatabaseUnavailableException extends ServiceException {

    private final transient BackupFile latestBackup;

    public DatabaseUnavailableException(BackupFile latestBackup, String messageKey, Object... args) {
        super(messageKey, args);
        this.latestBackup = latestBackup;
    }

    public Optional<BackupFile> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }
}
