package org.zerodistance.service;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A backup zip in the backups folder: when it was taken (local time, from its name), its size, and why. */
public record BackupFile(Path file, LocalDateTime takenAt, long sizeBytes, Kind kind) {

    /** Why the backup was taken: a regular one (manual, daily, on exit) or the data saved just before a restore. */
    public enum Kind { REGULAR, BEFORE_RESTORE }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** The size for people: {@code 512 KB}, {@code 3.4 MB}. */
    public String sizeText() {
        return sizeText(sizeBytes);
    }

    public static String sizeText(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
