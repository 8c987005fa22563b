package org.zerodistance.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.DemoDataService;
import org.zerodistance.service.DemoSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code demo generate …}: fills a new data folder with plausible demo data. */
@Command(name = "demo", description = "Demo data for demonstrations and benchmarks.",
        subcommands = DemoCommand.GenerateCommand.class)
public final class DemoCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "generate", description = "Fill an empty data folder with demo data over four quarters (same seed, same data).")
    static final class GenerateCommand implements Callable<Integer> {
        @ParentCommand
        DemoCommand parent;

        @Option(names = "--communities", defaultValue = "10", description = "Communities (default ${DEFAULT-VALUE}).")
        int communities;

        @Option(names = "--members", defaultValue = "2000", description = "Party members (default ${DEFAULT-VALUE}).")
        int members;

        @Option(names = "--households", defaultValue = "1000", description = "Households in need (default ${DEFAULT-VALUE}).")
        int households;

        @Option(names = "--wishes", defaultValue = "4000", description = "Micro-wishes (default ${DEFAULT-VALUE}).")
        int wishes;

        @Option(names = "--records", defaultValue = "20000", description = "Passbook entries (default ${DEFAULT-VALUE}).")
        int records;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--last-quarter", paramLabel = "QUARTER",
                description = "Last of the four quarters covered, e.g. 2026Q3 (default: the quarter before today's).")
        String lastQuarter;

        @Override
        public Integer call() throws Exception {
            Quarter last = lastQuarter == null ? Quarter.of(LocalDate.now()).previous() : Quarter.parse(lastQuarter);
            DemoSpec spec = new DemoSpec(communities, members, households, wishes, records, seed, last);
            CliSession session = parent.root.session();
            DemoDataService.Result result = session.services().demoData()
                    .generate(spec, table -> session.out().println(Messages.get("demo.progress", table)));
            for (Map.Entry<String, Long> rows : result.rows().entrySet()) {
                session.out().println(Messages.get("demo.rows", rows.getKey(), rows.getValue()));
            }
            session.out().println(Messages.get("demo.done", result.total(), spec.firstQuarter().code(), last.code(),
                    String.format("%.1f", result.elapsed().toMillis() / 1000.0)));
            return Cli.OK;
        }
    }
}
