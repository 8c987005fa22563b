package org.zerodistance.cli;

import org.zerodistance.app.AppInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command; with no subcommand the launcher starts the window instead. */
@Command(name = "zero-distance",
        mixinStandardHelpOptions = true,
        versionProvider = ZeroDistanceCommand.Version.class,
        description = "Zero Distance 零距离社区服务台: run the community service programme from the command line.",
        subcommands = {CommunitiesCommand.class, MembersCommand.class, HouseholdsCommand.class, WishesCommand.class,
                PairingsCommand.class, FundsCommand.class, TeamsCommand.class, PostsCommand.class, RankingCommand.class,
                ImportMembersCommand.class, StatsCommand.class, ReportCommand.class, DemoCommand.class, BackupCommand.class,
                RestoreCommand.class, SampleCommand.class})
public final class ZeroDistanceCommand {

    private final CliSession session;

    // Read by the launcher before anything else (it places the logs); declared here so help shows it.
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder to use (default: $ZERO_DISTANCE_HOME or the per-user folder of this system).")
    String dataDir;

    public ZeroDistanceCommand(CliSession session) {
        this.session = session;
    }

    CliSession session() {
        return session;
    }

    /** Prints {@code zero-distance VERSION}. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zero-distance " + AppInfo.version()};
        }
    }
}
