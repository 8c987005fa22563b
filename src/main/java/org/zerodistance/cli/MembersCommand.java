package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.Phone;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code members list --community NAME [--json] [--unmask] [--include-archived]}. */
@Command(name = "members", description = "List the registered Party members of a community.",
        subcommands = {MembersCommand.ListCommand.class})
public final class MembersCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List a community's members, ID numbers and phones masked unless --unmask.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        MembersCommand parent;

        @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community, e.g. 城东社区.")
        String community;

        @Option(names = "--json", description = "Print a JSON array of {idNumber, name, gender, phone, workUnit, partyBranch, skills, registrationDate, status, community}.")
        boolean json;

        @Option(names = "--unmask", description = "Show ID numbers and phones in full (written to the audit log).")
        boolean unmask;

        @Option(names = "--include-archived", description = "Also list archived members.")
        boolean includeArchived;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            Services services = session.services();
            Community chosen = services.communities().byName(community);
            List<MemberSummary> rows = services.members().list(chosen.id(), includeArchived);
            if (unmask) {
                services.members().recordListRevealed(chosen.id(), rows.size(), "members list --unmask");
            }
            if (json) {
                session.out().println(Json.write(rows.stream().map(this::toJson).toList()));
            } else {
                for (MemberSummary m : rows) {
                    session.out().println(String.join("\t", m.name(), idNumber(m), Messages.get("member.gender." + m.gender().code()),
                            phoneText(m), nullToEmpty(m.workUnit()), Messages.get("member.status." + m.status().name()),
                            m.archived() ? Messages.get("member.archivedMark") : ""));
                }
                session.out().println(Messages.get("list.count", rows.size()));
            }
            return 0;
        }

        private Map<String, Object> toJson(MemberSummary m) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("idNumber", idNumber(m));
            row.put("name", m.name());
            row.put("gender", m.gender().code());
            row.put("phone", m.phone() == null ? null : unmask ? m.phone() : m.maskedPhone());
            row.put("workUnit", m.workUnit());
            row.put("partyBranch", m.partyBranch());
            row.put("skills", m.skills());
            row.put("registrationDate", m.registrationDate());
            row.put("status", m.status().name());
            row.put("community", m.communityName());
            return row;
        }

        private String idNumber(MemberSummary m) {
            return unmask ? m.idNumber() : m.maskedIdNumber();
        }

        private String phoneText(MemberSummary m) {
            if (m.phone() == null) {
                return "";
            }
            return unmask ? Phone.display(m.phone()) : m.maskedPhone();
        }
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
