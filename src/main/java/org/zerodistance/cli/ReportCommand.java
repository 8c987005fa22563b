package org.zerodistance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.ReportService;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code report --quarter 2026Q3 [--community NAME ...] --out FILE.xlsx [--unmask]}: the quarterly Excel report. */
@Command(name = "report", description = "Write the quarterly report workbook (汇总, 党员积分, 微心愿, 结对帮扶, 帮扶资金, 服务记录).")
public final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    ZeroDistanceCommand root;

    @Option(names = "--quarter", required = true, paramLabel = "QUARTER", description = "The quarter, e.g. 2026Q3.")
    String quarter;

    @Option(names = "--community", paramLabel = "NAME",
            description = "A community to include; repeat for several (default: all that are not archived).")
    List<String> communities = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Option(names = "--unmask", description = "Show ID numbers and phones in full (recorded in the audit log).")
    boolean unmask;

    @Override
    public Integer call() throws Exception {
        Quarter q = Quarter.parse(quarter);
        CliSession session = root.session();
        Services services = session.services();
        List<Long> ids = new ArrayList<>();
        for (String name : communities) {
            ids.add(services.communities().byName(name).id());
        }
        ReportService.Result result = services.reports().write(new ReportService.Request(q, ids, out, unmask),
                Messages::get, ReportService.Monitor.NONE);
        session.out().println(Messages.get("report.written", result.file().toAbsolutePath(), result.communities(),
                String.format("%.1f", result.elapsed().toMillis() / 1000.0)));
        for (Map.Entry<String, Integer> sheet : result.rows().entrySet()) {
            session.out().println(Messages.get("report.sheetRows", sheet.getKey(), sheet.getValue()));
        }
        return Cli.OK;
    }
}
