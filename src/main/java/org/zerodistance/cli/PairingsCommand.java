package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code pairings list --community NAME [--json]}. */
@Command(name = "pairings", description = "List the pairings of members with households (结对帮扶).",
        subcommands = {PairingsCommand.ListCommand.class})
public final class PairingsCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List a community's pairings, active and ended, with the overdue flag.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        PairingsCommand parent;

        @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community, e.g. 城东社区.")
        String community;

        @Option(names = "--json", description = "Print a JSON array of {id, community, member, household, address, categories, "
                + "startDate, endDate, endReason, active, lastContact, intervalDays, overdue, visits, helpRecords, helpValue}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            Services services = session.services();
            Community chosen = services.communities().byName(community);
            List<PairingOverview> all = services.pairings().list(chosen.id());
            if (json) {
                session.out().println(Json.write(all.stream().map(ListCommand::row).toList()));
            } else {
                for (PairingOverview p : all) {
                    session.out().println(line(p));
                }
                session.out().println(Messages.get("list.count", all.size()));
            }
            return Cli.OK;
        }

        private static Map<String, Object> row(PairingOverview p) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("community", p.communityName());
            row.put("member", p.memberName());
            row.put("household", p.householdHead());
            row.put("address", p.householdAddress());
            row.put("categories", p.categories());
            row.put("startDate", p.pairing().startDate());
            row.put("endDate", p.pairing().endDate());
            row.put("endReason", p.pairing().endReason());
            row.put("active", p.active());
            row.put("lastContact", p.lastContact());
            row.put("intervalDays", p.intervalDays());
            row.put("overdue", p.overdue());
            row.put("visits", p.visitCount());
            row.put("helpRecords", p.helpCount());
            row.put("helpValue", Money.plain(p.helpValue()));
            return row;
        }

        private static String line(PairingOverview p) {
            String state = p.active()
                    ? Messages.get(p.overdue() ? "pairing.state.overdue" : "pairing.state.active")
                    : Messages.get("pairing.state.endedOn", p.pairing().endDate().toString());
            return Messages.get("pairing.cli.line", p.memberName(), p.householdHead(), p.householdAddress(),
                    p.pairing().startDate().toString(), state, p.helpCount(), Money.format(p.helpValue()), p.visitCount());
        }
    }
}
