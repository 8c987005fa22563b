package org.zerodistance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.service.Services;

/** What a command runs against: the data folder, opened (locked and migrated) on first use, and its output streams. */
public final class CliSession implements AutoCloseable {

    private final AppPaths paths;
    private final PrintWriter out;
    private final PrintWriter err;
    private AppContext context;

    public CliSession(AppPaths paths, PrintWriter out, PrintWriter err) {
        this.paths = paths;
        this.out = out;
        this.err = err;
    }

    /** The services over the data folder; takes the folder's lock first, so a folder in use is refused untouched. */
    public Services services() throws IOException {
        return folder().openDatabase();
    }

    /**
     * The data folder with its lock taken but the database not opened yet (a restore works on a database that no
     * longer opens); a folder in use is refused untouched.
     */
    public AppContext folder() throws IOException {
        if (context == null) {
            context = AppContext.lock(paths);
        }
        return context;
    }

    public AppPaths paths() {
        return paths;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
