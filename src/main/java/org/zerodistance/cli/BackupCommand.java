package org.zerodistance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zerodistance.app.AppContext;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup [--out FILE]}: a consistent copy of the database, into backups/ (rotated) or the given file. */
@Command(name = "backup", description = "Back up the database into the backups folder (or --out FILE).")
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    ZeroDistanceCommand root;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup zip here instead of the backups folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliSession session = root.session();
        session.services();
        AppContext folder = session.folder();
        Path written = out == null ? folder.backups().backupNow().file() : folder.backups().backupTo(out);
        session.out().println(Messages.get("backup.cli.written", written, BackupFile.sizeText(Files.size(written))));
        return Cli.OK;
    }
}
