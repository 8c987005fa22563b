package org.zerodistance.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishOverdueRule;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wishes list --community NAME [--status collected|claimed|fulfilled|cancelled] [--json]}. */
@Command(name = "wishes", description = "Micro-wishes (微心愿).", subcommands = {WishesCommand.ListCommand.class})
public final class WishesCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List a community's wishes, newest collected first.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        WishesCommand parent;

        @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community's name.")
        String community;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only wishes in this status: collected, claimed, fulfilled or cancelled.")
        String status;

        @Option(names = "--json", description = "Print a JSON array (fields in the README, section Wishes).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            WishStatus wanted = status == null ? null : WishStatus.fromCode(status);
            Services services = session.services();
            Community found = services.communities().byName(community);
            List<Wish> wishes = services.wishes().list(found.id(), wanted);
            WishOverdueRule rule = services.wishes().overdueRule();
            var today = services.wishes().today();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>(wishes.size());
                for (Wish wish : wishes) {
                    rows.add(toJson(wish, found, rule.check(wish, today).orElse(null)));
                }
                session.out().println(Json.write(rows));
            } else if (wishes.isEmpty()) {
                session.out().println(Messages.get("wish.cli.none"));
            } else {
                session.out().println(Messages.get("wish.cli.header"));
                for (Wish wish : wishes) {
                    session.out().println(toLine(wish, rule.check(wish, today).orElse(null)));
                }
            }
            return Cli.OK;
        }
    }

    /** One wish as JSON; the resident's phone is left out on purpose. */
    static Map<String, Object> toJson(Wish wish, Community community, WishOverdueRule.Reason overdue) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", wish.id());
        row.put("community", community.name());
        row.put("status", wish.status().code());
        row.put("resident", wish.resident().name());
        row.put("householdId", wish.resident().householdId());
        row.put("address", wish.resident().address().isEmpty() ? null : wish.resident().address());
        row.put("content", wish.content());
        row.put("category", wish.category());
        row.put("source", wish.source().code());
        row.put("estimatedValue", Money.plain(wish.estimatedValue()));
        row.put("collectedDate", wish.collectedDate());
        row.put("deadline", wish.deadline());
        row.put("claimantKind", wish.claimant() == null ? null : wish.claimant().kind().code());
        row.put("claimantId", wish.claimant() == null ? null : wish.claimant().id());
        row.put("claimantName", wish.claimant() == null ? null : wish.claimant().name());
        row.put("claimedDate", wish.claimedDate());
        row.put("fulfilledDate", wish.fulfilledDate());
        row.put("actualValue", Money.plain(wish.actualValue()));
        row.put("fulfilmentNote", wish.fulfilmentNote());
        row.put("cancelReason", wish.cancelReason());
        row.put("overdue", overdue != null);
        row.put("overdueReason", overdue == null ? null : overdue.name().toLowerCase(Locale.ROOT));
        return row;
    }

    private static String toLine(Wish wish, WishOverdueRule.Reason overdue) {
        String claimant = wish.claimant() == null ? "" : wish.claimant().name();
        return String.join("\t", String.valueOf(wish.id()), Messages.get(wish.status().labelKey()), wish.resident().displayName(),
                wish.content(), wish.category(), Money.format(wish.estimatedValue()), wish.collectedDate().toString(),
                wish.deadline() == null ? "" : wish.deadline().toString(), claimant,
                overdue == null ? "" : Messages.get("wish.cli.overdue"));
    }
}
