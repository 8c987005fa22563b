package org.zerodistance.service;

/** What a running import tells (rows read, rows written) and asks (has the clerk cancelled?). */
public interface ImportMonitor {

    /** Nothing to tell, never cancelled: the command line. */
    ImportMonitor NONE = new ImportMonitor() {
    };

    /** {@code rows} data rows read so far. */
    default void read(int rows) {
    }

    /** {@code done} of {@code total} rows written so far. */
    default void written(int done, int total) {
    }

    default boolean isCancelled() {
        return false;
    }
}
