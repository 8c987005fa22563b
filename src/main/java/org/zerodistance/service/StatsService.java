package org.zerodistance.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.CommunityFigures;
import org.zerodistance.domain.Dashboard;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.StatsRepository;

/**
 * The programme's summary figures for a quarter. The dashboard, {@code stats --json} and the report's 汇总 sheet all
 * come from {@link #figuresByCommunity}: the figures of several communities are the sum of each one's, so the report's
 * total row equals the dashboard by construction.
 */
public final class StatsService {

    /** How many members the dashboard's points chart shows. */
    public static final int TOP_MEMBERS = 10;

    private final Database database;
    private final CommunityRepository communities = new CommunityRepository();
    private final StatsRepository stats = new StatsRepository();

    public StatsService(Database database) {
        this.database = database;
    }

    /**
     * Each community's figures, in name order. {@code communityIds} null or empty means every community that is not
     * archived; an unknown id is refused.
     */
    public List<CommunityFigures> figuresByCommunity(Quarter quarter, Collection<Long> communityIds) {
        return database.read(ctx -> figuresByCommunity(ctx, quarter, resolve(ctx, communityIds)));
    }

    /** The figures of one community, or of all (null) that are not archived. */
    public QuarterFigures figures(Quarter quarter, Long communityId) {
        return database.read(ctx -> total(figuresByCommunity(ctx, quarter, resolve(ctx, ids(communityId)))));
    }

    /** Figures and chart data for the dashboard: one community, or all (null) that are not archived. */
    public Dashboard dashboard(Quarter quarter, Long communityId) {
        return database.read(ctx -> {
            List<Community> scope = resolve(ctx, ids(communityId));
            List<Long> ids = scope.stream().map(Community::id).toList();
            return new Dashboard(quarter, total(figuresByCommunity(ctx, quarter, scope)),
                    stats.wishesByStatus(ctx, quarter, ids), stats.fundsByMonth(ctx, quarter, ids),
                    stats.topMembers(ctx, quarter, ids, TOP_MEMBERS));
        });
    }

    /** The communities a report or dashboard covers: the given ones, or all that are not archived. */
    List<Community> resolve(DSLContext ctx, Collection<Long> communityIds) {
        if (communityIds == null || communityIds.isEmpty()) {
            return communities.findAll(ctx, false);
        }
        List<Community> chosen = new ArrayList<>();
        for (Long id : communityIds) {
            chosen.add(communities.findById(ctx, id)
                    .orElseThrow(() -> new ServiceException("community.error.notFound", String.valueOf(id))));
        }
        chosen.sort(Comparator.comparing(Community::name));
        return chosen;
    }

    List<CommunityFigures> figuresByCommunity(DSLContext ctx, Quarter quarter, List<Community> scope) {
        Map<Long, QuarterFigures> byId = stats.figuresByCommunity(ctx, quarter, scope.stream().map(Community::id).toList());
        return scope.stream().map(c -> new CommunityFigures(c, byId.get(c.id()))).toList();
    }

    private static QuarterFigures total(List<CommunityFigures> rows) {
        return QuarterFigures.sum(rows.stream().map(CommunityFigures::figures).toList());
    }

    private static List<Long> ids(Long communityId) {
        return communityId == null ? List.of() : List.of(communityId);
    }
}
