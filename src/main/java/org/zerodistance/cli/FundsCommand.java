package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.FundTotals;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code funds list --community NAME [--quarter 2026Q3] [--json]}. */
@Command(name = "funds", description = "The helping funds and materials ledger (帮扶资金/物资).",
        subcommands = {FundsCommand.ListCommand.class})
public final class FundsCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List a community's ledger entries (reversals included) and the totals.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        FundsCommand parent;

        @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community, e.g. 城东社区.")
        String community;

        @Option(names = "--quarter", paramLabel = "QUARTER", description = "Only entries dated in this quarter, e.g. 2026Q3.")
        String quarter;

        @Option(names = "--json", description = "Print a JSON object {community, quarter, from, to, entries: [{id, date, kind, "
                + "description, quantity, amount, signedAmount, donorKind, donor, household, wishId, pairingId, reversesId, "
                + "reversedBy, reason, note, operator}], totals: {cash, materials, total}}; amounts are strings with two decimals.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Quarter period = quarter == null ? null : Quarter.parse(quarter);
            CliSession session = parent.root.session();
            Services services = session.services();
            Community chosen = services.communities().byName(community);
            FundQuery query = period == null ? FundQuery.community(chosen.id()) : FundQuery.quarter(chosen.id(), period);
            List<FundEntry> entries = services.funds().list(query);
            FundTotals totals = services.funds().totals(query);
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("community", chosen.name());
                result.put("quarter", period == null ? null : period.code());
                result.put("from", query.from());
                result.put("to", query.to());
                result.put("entries", entries.stream().map(ListCommand::row).toList());
                Map<String, Object> sums = new LinkedHashMap<>();
                sums.put("cash", Money.plain(totals.cash()));
                sums.put("materials", Money.plain(totals.materials()));
                sums.put("total", Money.plain(totals.total()));
                result.put("totals", sums);
                session.out().println(Json.write(result));
            } else {
                for (FundEntry e : entries) {
                    session.out().println(line(e));
                }
                session.out().println(Messages.get("fund.totals", Money.format(totals.cash()), Money.format(totals.materials()),
                        Money.format(totals.total())));
            }
            return Cli.OK;
        }

        private static Map<String, Object> row(FundEntry e) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("date", e.date());
            row.put("kind", e.kind().name());
            row.put("description", e.description());
            row.put("quantity", e.quantity());
            row.put("amount", Money.plain(e.amount()));
            row.put("signedAmount", Money.plain(e.signedAmount()));
            row.put("donorKind", e.donorKind().name());
            row.put("donor", e.donor());
            row.put("household", e.householdHead());
            row.put("wishId", e.wishId());
            row.put("pairingId", e.pairingId());
            row.put("reversesId", e.reversesId());
            row.put("reversedBy", e.reversedById());
            row.put("reason", e.reason());
            row.put("note", e.note());
            row.put("operator", e.operator());
            return row;
        }

        private static String line(FundEntry e) {
            String what = e.description() == null ? "" : e.description() + (e.quantity() == null ? "" : " × " + e.quantity());
            String mark = e.isReversal() ? Messages.get("fund.mark.reversal", e.reversesId(), e.reason())
                    : e.isReversed() ? Messages.get("fund.mark.reversed", e.reversedById()) : "";
            return Messages.get("fund.cli.line", e.id(), e.date().toString(), Messages.get("fund.kind." + e.kind().name()),
                    Money.format(e.signedAmount()), e.donor(), e.householdHead() == null ? "" : e.householdHead(), what, mark);
        }
    }
}
