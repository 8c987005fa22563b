package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code communities list [--json]} and {@code communities add NAME}. */
@Command(name = "communities", description = "List or add communities.",
        subcommands = {CommunitiesCommand.ListCommand.class, CommunitiesCommand.AddCommand.class})
public final class CommunitiesCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List the communities (archived ones marked).")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        CommunitiesCommand parent;

        @Option(names = "--json", description = "Print a JSON array of {id, name, archived}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            List<Community> all = session.services().communities().list(true);
            if (json) {
                List<Map<String, Object>> rows = all.stream().map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", c.id());
                    row.put("name", c.name());
                    row.put("archived", c.archived());
                    return row;
                }).toList();
                session.out().println(Json.write(rows));
            } else {
                for (Community c : all) {
                    session.out().println(c.archived() ? c.name() + " " + Messages.get("community.archivedMark") : c.name());
                }
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a community.")
    static final class AddCommand implements Callable<Integer> {
        @ParentCommand
        CommunitiesCommand parent;

        @Parameters(paramLabel = "NAME", description = "The community's name, e.g. 城东社区.")
        String name;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            Community added = session.services().communities().add(name);
            session.out().println(Messages.get("community.added", added.name()));
            return 0;
        }
    }
}
