package org.zerodistance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore FILE}: replaces the data with a backup after checking it opens; the data before is saved as a
 * backup first. Works when the current database no longer opens; refused while another program uses the folder.
 */
@Command(name = "restore", description = "Replace the data with a backup zip (the current data is backed up first).")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    ZeroDistanceCommand root;

    @Parameters(paramLabel = "FILE", description = "A backup zip made by Zero Distance (see the backups folder).")
    Path file;

    @Override
    public Integer call() throws Exception {
        CliSession session = root.session();
        BackupService.Restored restored = session.folder().backups().restore(file);
        if (restored.savedBefore() == null) {
            session.out().println(Messages.get("backup.cli.restoredNoPrevious", restored.source()));
        } else {
            session.out().println(Messages.get("backup.cli.restored", restored.source(), restored.savedBefore().file()));
        }
        return Cli.OK;
    }
}
