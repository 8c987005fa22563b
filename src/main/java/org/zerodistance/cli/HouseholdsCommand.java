package org.zerodistance.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.Phone;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code households list --community NAME [--json] [--unmask] [--overdue] [--include-archived]}. */
@Command(name = "households", description = "List the households in need of a community.",
        subcommands = {HouseholdsCommand.ListCommand.class})
public final class HouseholdsCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List a community's households, phones masked unless --unmask.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        HouseholdsCommand parent;

        @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community, e.g. 城东社区.")
        String community;

        @Option(names = "--json", description = "Print a JSON array of {headName, building, unit, room, address, phone, categories, peopleCount, lastVisit, overdue, community}.")
        boolean json;

        @Option(names = "--unmask", description = "Show phones in full (written to the audit log).")
        boolean unmask;

        @Option(names = "--overdue", description = "Only households overdue for a visit.")
        boolean overdueOnly;

        @Option(names = "--include-archived", description = "Also list archived households.")
        boolean includeArchived;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            Services services = session.services();
            Community chosen = services.communities().byName(community);
            LocalDate today = LocalDate.now();
            List<HouseholdSummary> rows = services.households().list(chosen.id(), includeArchived).stream()
                    .filter(s -> !overdueOnly || s.isOverdue(today)).toList();
            if (unmask) {
                services.households().recordListRevealed(chosen.id(), rows.size(), "households list --unmask");
            }
            if (json) {
                session.out().println(Json.write(rows.stream().map(s -> toJson(s, today)).toList()));
            } else {
                for (HouseholdSummary s : rows) {
                    Household h = s.household();
                    session.out().println(String.join("\t", h.headName(), h.address(), phoneText(h.phone()),
                            String.join("、", h.categories()), String.valueOf(h.peopleCount()),
                            s.lastVisit() == null ? Messages.get("household.neverVisited") : s.lastVisit().toString(),
                            s.isOverdue(today) ? Messages.get("household.overdueMark") : "",
                            h.archived() ? Messages.get("member.archivedMark") : ""));
                }
                session.out().println(Messages.get("list.count", rows.size()));
            }
            return 0;
        }

        private Map<String, Object> toJson(HouseholdSummary s, LocalDate today) {
            Household h = s.household();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("headName", h.headName());
            row.put("building", h.building());
            row.put("unit", h.unit());
            row.put("room", h.room());
            row.put("address", h.address());
            row.put("phone", h.phone() == null ? null : unmask ? h.phone() : Phone.mask(h.phone()));
            row.put("categories", h.categories());
            row.put("peopleCount", h.peopleCount());
            row.put("lastVisit", s.lastVisit());
            row.put("overdue", s.isOverdue(today));
            row.put("community", s.communityName());
            return row;
        }

        private String phoneText(String phone) {
            if (phone == null) {
                return "";
            }
            return unmask ? Phone.display(phone) : Phone.mask(phone);
        }
    }
}
