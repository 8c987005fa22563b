package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Team;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code teams list --community NAME [--json]}. */
@Command(name = "teams", description = "Volunteer teams.", subcommands = TeamsCommand.ListCommand.class)
public final class TeamsCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List a community's volunteer teams (active ones first).")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        TeamsCommand parent;

        @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community, e.g. 城东社区.")
        String community;

        @Option(names = "--json", description = "Print a JSON array of {id, name, specialty, leader, members, foundedDate, "
                + "status, disbandedDate, activities, lastActivityDate}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            Services services = session.services();
            Community found = services.communities().byName(community);
            List<Team> teams = services.teams().list(found.id());
            if (json) {
                session.out().println(Json.write(teams.stream().map(ListCommand::toJson).toList()));
                return Cli.OK;
            }
            if (teams.isEmpty()) {
                session.out().println(Messages.get("cli.teams.empty", found.name()));
            }
            for (Team t : teams) {
                session.out().println(Messages.get("cli.teams.row", t.name(), t.specialty() == null ? "-" : t.specialty(),
                        t.leader() == null ? "-" : t.leader().name(), t.members().size(), t.activityCount(),
                        Messages.get(t.active() ? "team.status.active" : "team.status.disbanded")));
            }
            return Cli.OK;
        }

        private static Map<String, Object> toJson(Team t) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.id());
            row.put("name", t.name());
            row.put("specialty", t.specialty());
            row.put("leader", t.leader() == null ? null : t.leader().name());
            row.put("members", t.members().stream().map(MemberName::name).toList());
            row.put("foundedDate", t.foundedDate());
            row.put("status", t.status().name());
            row.put("disbandedDate", t.disbandedDate());
            row.put("activities", t.activityCount());
            row.put("lastActivityDate", t.lastActivityDate());
            return row;
        }
    }
}
