package org.zerodistance.app;

import java.nio.file.Path;

/** Points Logback at the data folder's {@code logs/}; must run before the first logger is created. */
public final class Logging {

    public static final String LOG_DIR_PROPERTY = "zd.logDir";

    private Logging() {
    }

    public static void useFolder(Path logs) {
        System.setProperty(LOG_DIR_PROPERTY, logs.toAbsolutePath().toString());
    }
}
