package org.zerodistance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.ImportPlan;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import-members --community NAME [--dry-run] [--json] FILE}: exit 0 when the file was read (even with
 * rejected rows), 2 when it was refused (reason on stderr), 1 on unexpected failure.
 */
@Command(name = "import-members", description = "Import a member list (.xlsx, .xls or .csv) into a community, all rows or none.")
public final class ImportMembersCommand implements Callable<Integer> {

    @ParentCommand
    ZeroDistanceCommand root;

    @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community to import into.")
    String community;

    @Option(names = "--dry-run", description = "Report what would be done; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object: file, sheet, headerRow, rowsRead, imported, updated, unchanged, rejected, rejectedRows.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "The spreadsheet to import.")
    Path file;

    @Override
    public Integer call() throws Exception {
        CliSession session = root.session();
        Services services = session.services();
        Community target = services.communities().byName(community);
        ImportPlan plan = services.imports().importFile(file, target.id(), dryRun, org.zerodistance.service.ImportMonitor.NONE);
        if (json) {
            session.out().println(Json.write(report(plan)));
        } else {
            printText(session, plan);
        }
        return Cli.OK;
    }

    private Map<String, Object> report(ImportPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("sheet", plan.layout().sheetName());
        out.put("headerRow", plan.layout().headerRow());
        out.put("rowsRead", plan.rowsRead());
        out.put("imported", plan.count(ImportPlan.Outcome.NEW));
        out.put("updated", plan.count(ImportPlan.Outcome.UPDATE));
        out.put("unchanged", plan.count(ImportPlan.Outcome.UNCHANGED));
        out.put("rejected", plan.count(ImportPlan.Outcome.REJECTED));
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (ImportPlan.Row row : plan.rejectedRows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", row.number());
            item.put("reason", Messages.get(row.reasonKey(), row.reasonArgs()));
            rejected.add(item);
        }
        out.put("rejectedRows", rejected);
        return out;
    }

    private void printText(CliSession session, ImportPlan plan) {
        var out = session.out();
        out.println(Messages.get(dryRun ? "import.cli.dryRun" : "import.cli.done", file, plan.layout().sheetName(),
                plan.layout().headerRow(), plan.communityName()));
        out.println(Messages.get("import.cli.counts", plan.rowsRead(), plan.count(ImportPlan.Outcome.NEW),
                plan.count(ImportPlan.Outcome.UPDATE), plan.count(ImportPlan.Outcome.UNCHANGED), plan.count(ImportPlan.Outcome.REJECTED)));
        for (ImportPlan.Row row : plan.rejectedRows()) {
            out.println(Messages.get("import.cli.rejectedRow", row.number(), Messages.get(row.reasonKey(), row.reasonArgs())));
        }
    }
}
