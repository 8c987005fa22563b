package org.zerodistance;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.zerodistance.app.AppPaths;
import org.zerodistance.app.Logging;
import org.zerodistance.cli.Cli;

/**
 * Plain entry point (not an Application): with no subcommand it starts the window; with one it runs the CLI,
 * which never loads JavaFX and needs no display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        String dataDir = dataDirOption(args);
        AppPaths paths = AppPaths.resolve(dataDir);
        // Before the first logger exists, so every log line lands in the data folder.
        Logging.useFolder(paths.logs());
        List<String> rest = withoutDataDir(args);
        if (rest.isEmpty()) {
            org.zerodistance.app.DesktopApp.launchWith(paths);
            return;
        }
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        // Not auto-flushed: Cli.run flushes after the database is shut down, so a command's success line is printed only
        // once its changes are on disk (H2 keeps commits in memory for up to half a second).
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), false);
        int code = Cli.run(paths, args, out, err);
        System.exit(code);
    }

    /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR}, if given. */
    static String dataDirOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data-dir=")) {
                return args[i].substring("--data-dir=".length());
            }
        }
        return null;
    }

    static List<String> withoutDataDir(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("--data-dir=")) {
                rest.add(args[i]);
            }
        }
        return rest;
    }
}
