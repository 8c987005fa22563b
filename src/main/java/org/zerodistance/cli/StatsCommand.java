package org.zerodistance.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code stats --quarter 2026Q3 [--community NAME] [--json]}: the summary figures the dashboard shows. */
@Command(name = "stats", description = "Print the summary figures of a quarter (the dashboard's figures).")
public final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    ZeroDistanceCommand root;

    @Option(names = "--quarter", required = true, paramLabel = "QUARTER", description = "The quarter, e.g. 2026Q3.")
    String quarter;

    @Option(names = "--community", paramLabel = "NAME", description = "One community (default: all that are not archived).")
    String community;

    @Option(names = "--json", description = "Print a JSON object; see the README for its fields.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Quarter q = Quarter.parse(quarter);
        CliSession session = root.session();
        Services services = session.services();
        Community chosen = community == null ? null : services.communities().byName(community);
        QuarterFigures figures = services.stats().figures(q, chosen == null ? null : chosen.id());
        if (json) {
            session.out().println(Json.write(asJson(q, chosen, figures)));
        } else {
            session.out().println(Messages.get("stats.heading", q.code(), q.firstDay(), q.lastDay(),
                    chosen == null ? Messages.get("main.allCommunities") : chosen.name()));
            for (Figure figure : Figure.values()) {
                session.out().println(Messages.get(figure.labelKey()) + ": " + text(figure, figures));
            }
        }
        return Cli.OK;
    }

    /** The JSON object: quarter, its dates, the community (null for all) and one field per {@link Figure}. */
    static Map<String, Object> asJson(Quarter q, Community community, QuarterFigures figures) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quarter", q.code());
        out.put("from", q.firstDay());
        out.put("to", q.lastDay());
        out.put("community", community == null ? null : community.name());
        for (Figure figure : Figure.values()) {
            Number value = figure.valueOf(figures);
            out.put(figure.jsonName(), switch (figure.kind()) {
                case COUNT -> value.longValue();
                case YUAN -> Money.plain((BigDecimal) value);
                case POINTS -> value;
                case RATE -> BigDecimal.valueOf(value.doubleValue()).setScale(4, RoundingMode.HALF_UP);
            });
        }
        return out;
    }

    private static String text(Figure figure, QuarterFigures figures) {
        Number value = figure.valueOf(figures);
        return switch (figure.kind()) {
            case COUNT -> String.valueOf(value.longValue());
            case YUAN -> Money.format((BigDecimal) value);
            case POINTS -> ((BigDecimal) value).toPlainString();
            case RATE -> BigDecimal.valueOf(value.doubleValue() * 100).setScale(1, RoundingMode.HALF_UP) + "%";
        };
    }
}
