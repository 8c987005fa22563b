package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Points;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterRanking;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ranking --community NAME --quarter 2026Q3 [--json]}: members ranked by points earned in the quarter. */
@Command(name = "ranking", description = "Rank a community's members by points earned in a quarter (ties: more fulfilled wishes, then name).")
public final class RankingCommand implements Callable<Integer> {

    @ParentCommand
    ZeroDistanceCommand root;

    @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community, e.g. 城东社区.")
    String community;

    @Option(names = "--quarter", required = true, paramLabel = "QUARTER", description = "The quarter, e.g. 2026Q3.")
    String quarter;

    @Option(names = "--json", description = "Print {community, quarter, top, members: [{rank, memberId, name, points, fulfilledWishes, top}]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Quarter wanted = Quarter.parse(quarter);
        CliSession session = root.session();
        Services services = session.services();
        Community found = services.communities().byName(community);
        QuarterRanking ranking = services.recognition().ranking(found.id(), wanted);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("community", ranking.communityName());
            out.put("quarter", ranking.quarter().code());
            out.put("top", ranking.topN());
            List<Map<String, Object>> rows = ranking.rows().stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", r.rank());
                row.put("memberId", r.member().id());
                row.put("name", r.member().name());
                row.put("points", r.points());
                row.put("fulfilledWishes", r.fulfilledWishes());
                row.put("top", r.top());
                return row;
            }).toList();
            out.put("members", rows);
            session.out().println(Json.write(out));
        } else {
            session.out().println(Messages.get("cli.ranking.header", ranking.communityName(), ranking.quarter().code(), ranking.topN()));
            if (ranking.rows().isEmpty()) {
                session.out().println(Messages.get("cli.ranking.empty"));
            }
            for (RankingRow r : ranking.rows()) {
                session.out().println(Messages.get("cli.ranking.row", r.rank(), r.member().name(), Points.format(r.points()),
                        r.fulfilledWishes(), r.top() ? Messages.get("cli.ranking.topMark") : ""));
            }
        }
        return Cli.OK;
    }
}
