package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.SampleCommunity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sample load [--json]}: the first run's sample community, without the window. */
@Command(name = "sample", description = "The sample community (和平社区) to try the program with.",
        subcommands = SampleCommand.LoadCommand.class)
public final class SampleCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "load", description = "Load the sample community: members, households, wishes, pairings, teams, posts, "
            + "passbooks and funds over the last four quarters. Refused when it is already there.")
    static final class LoadCommand implements Callable<Integer> {
        @ParentCommand
        SampleCommand parent;

        @Option(names = "--json", description = "Print {community, counts} as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            SampleCommunity.Loaded loaded = session.services().sampleCommunity().load((done, total) -> { });
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("community", loaded.community().name());
                result.put("counts", loaded.counts());
                session.out().println(Json.write(result));
            } else {
                session.out().println(Messages.get("sample.loaded", loaded.community().name(),
                        loaded.counts().get("members"), loaded.counts().get("households"), loaded.counts().get("wishes")));
            }
            return Cli.OK;
        }
    }
}
