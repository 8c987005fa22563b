package org.zerodistance.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.app.AppPaths;
import org.zerodistance.app.InstanceLock;
import org.zerodistance.domain.DomainException;
import org.zerodistance.i18n.Messages;
import picocli.CommandLine;

/**
 * Runs one command line. Exit codes are a contract: 0 success, 2 bad input or refused work
 * (one-line reason on stderr), 1 unexpected failure (details in the log).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REFUSED = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(AppPaths paths, String[] args, PrintWriter out, PrintWriter err) {
        try (CliSession session = new CliSession(paths, out, err)) {
            CommandLine commandLine = new CommandLine(new ZeroDistanceCommand(session));
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setParameterExceptionHandler((ex, arguments) -> {
                err.println(ex.getMessage());
                err.println(Messages.get("cli.seeHelp"));
                return REFUSED;
            });
            commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, paths, err));
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int handle(Exception ex, AppPaths paths, PrintWriter err) {
        if (ex instanceof DomainException refused) {
            err.println(Messages.get(refused.messageKey(), refused.args()));
            return REFUSED;
        }
        if (ex instanceof InstanceLock.FolderInUseException inUse) {
            err.println(Messages.get("app.error.folderInUse", inUse.folder()));
            return REFUSED;
        }
        LOG.error("Command failed unexpectedly", ex);
        err.println(Messages.get("cli.error.unexpected", paths.logs()));
        return FAILED;
    }
}
