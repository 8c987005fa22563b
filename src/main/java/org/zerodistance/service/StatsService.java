package org.zerodistance.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.CommunityFigures;
import org.zerodistance.domain.Dashboard;
import org.zerodistance.domain.Figure;
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

    /** Two halves of the figures, read side by side (the members and households half costs about as much as the rest). */
    private static final Set<StatsRepository.Subject> FIRST_HALF =
            EnumSet.of(StatsRepository.Subject.MEMBERS, StatsRepository.Subject.HOUSEHOLDS);
    private static final Set<StatsRepository.Subject> SECOND_HALF = EnumSet.complementOf(EnumSet.copyOf(FIRST_HALF));

    private final Database database;
    private final CommunityRepository communities = new CommunityRepository();
    private final StatsRepository stats = new StatsRepository();
    /** Reads parts of the figures in parallel: H2 serves concurrent readers, and the dashboard must refresh in a second. */
    private final ExecutorService readers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "stats-reader");
        thread.setDaemon(true);
        return thread;
    });

    /** Dashboards kept for the current state of the data (a few quarters × communities the clerk looks at). */
    private static final int REMEMBERED = 32;
    private final Map<DashboardKey, Computed> computed = new ConcurrentHashMap<>();

    public StatsService(Database database) {
        this.database = database;
    }

    /**
     * Each community's figures, in name order. {@code communityIds} null or empty means every community that is not
     * archived; an unknown id is refused.
     */
    public List<CommunityFigures> figuresByCommunity(Quarter quarter, Collection<Long> communityIds) {
        return figuresOf(quarter, database.read(ctx -> resolve(ctx, communityIds)));
    }

    /** The figures of one community, or of all (null) that are not archived. */
    public QuarterFigures figures(Quarter quarter, Long communityId) {
        return total(figuresOf(quarter, database.read(ctx -> resolve(ctx, ids(communityId)))));
    }

    /**
     * The ids of the records behind {@code figure} for one community, or all (null) that are not archived: the members,
     * households, wishes, pairings, help records, funds entries, teams, post claims or passbook entries it counts, by
     * the figures' own conditions, so a list filtered by them has as many records as the figure counts.
     */
    public Set<Long> recordIds(Figure figure, Quarter quarter, Long communityId) {
        return database.read(ctx -> stats.recordIds(ctx, figure, quarter,
                resolve(ctx, ids(communityId)).stream().map(Community::id).toList()));
    }

    /**
     * Figures and chart data for the dashboard: one community, or all (null) that are not archived. A dashboard worked
     * out since the last write to the database is handed out again: for a hundred communities the figures take H2
     * seconds, and the clerk returns to the dashboard often without having changed anything.
     */
    public Dashboard dashboard(Quarter quarter, Long communityId) {
        long version = database.changeCount(); // read before the figures: a write during them makes this answer stale
        DashboardKey key = new DashboardKey(quarter, communityId);
        Computed known = computed.get(key);
        if (known != null && known.version() == version) {
            return known.dashboard();
        }
        Dashboard dashboard = computeDashboard(quarter, communityId);
        if (computed.size() >= REMEMBERED) {
            computed.clear();
        }
        computed.put(key, new Computed(version, dashboard));
        return dashboard;
    }

    private record DashboardKey(Quarter quarter, Long communityId) {
    }

    private record Computed(long version, Dashboard dashboard) {
    }

    private Dashboard computeDashboard(Quarter quarter, Long communityId) {
        List<Community> scope = database.read(ctx -> resolve(ctx, ids(communityId)));
        List<Long> ids = scope.stream().map(Community::id).toList();
        Future<Dashboard> charts = readers.submit(() -> database.readStreaming(ctx -> new Dashboard(quarter, QuarterFigures.ZERO,
                stats.wishesByStatus(ctx, quarter, ids), stats.fundsByMonth(ctx, quarter, ids),
                stats.topMembers(ctx, quarter, ids, TOP_MEMBERS))));
        QuarterFigures figures = total(figuresOf(quarter, scope));
        Dashboard chartData = join(charts);
        return new Dashboard(quarter, figures, chartData.wishesByStatus(), chartData.fundsByMonth(), chartData.topMembers());
    }

    /**
     * Each community's figures in the order of {@code scope}, the two halves read side by side. Read in H2's lazy mode
     * ({@link Database#readStreaming}): the points chart streams the quarter's passbook, and H2 never answers a lazy
     * query from the result it kept of the same query on that connection, so figures worked out are worked out.
     */
    List<CommunityFigures> figuresOf(Quarter quarter, List<Community> scope) {
        List<Long> ids = scope.stream().map(Community::id).toList();
        Future<Map<Long, QuarterFigures>> first = readers.submit(
                () -> database.readStreaming(ctx -> stats.figuresByCommunity(ctx, quarter, ids, FIRST_HALF)));
        Map<Long, QuarterFigures> second = database.readStreaming(ctx -> stats.figuresByCommunity(ctx, quarter, ids, SECOND_HALF));
        Map<Long, QuarterFigures> firstHalf = join(first);
        return scope.stream().map(c -> new CommunityFigures(c, firstHalf.get(c.id()).plus(second.get(c.id())))).toList();
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ServiceException("stats.error.interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
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

    private static QuarterFigures total(List<CommunityFigures> rows) {
        return QuarterFigures.sum(rows.stream().map(CommunityFigures::figures).toList());
    }

    private static List<Long> ids(Long communityId) {
        return communityId == null ? List.of() : List.of(communityId);
    }
}
