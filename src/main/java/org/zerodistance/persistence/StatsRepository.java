package org.zerodistance.persistence;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.jooq.impl.DSL.year;
import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.HELP_RECORD;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.PAIRING;
import static org.zerodistance.persistence.jooq.Tables.POST_CLAIM;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_POST;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.VISIT;
import static org.zerodistance.persistence.jooq.Tables.WISH;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Dashboard;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;

/**
 * The programme's figures, aggregated in SQL (one grouped query per subject, no row loops in Java). Stateless; works
 * in the caller's DSLContext. Communities are given by id; an empty collection means none.
 */
public final class StatsRepository {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** A funds entry as it counts: negative for a reversing entry. */
    private static final Field<BigDecimal> SIGNED_AMOUNT = when(FUND_ENTRY.REVERSES_ID.isNull(), FUND_ENTRY.AMOUNT)
            .otherwise(FUND_ENTRY.AMOUNT.neg());
    private static final String REVERSAL = "REVERSAL";
    private static final int FETCH_SIZE = 1000;

    /** The subjects the figures are grouped in; each fills its own fields of {@link QuarterFigures}. */
    public enum Subject { MEMBERS, HOUSEHOLDS, WISHES, PAIRS, HELP_RECORDS, FUNDS, TEAMS, POSTS, SERVICE_RECORDS }

    /** Every figure of {@code quarter} for each of {@code communityIds}; communities without data get zeros. */
    public Map<Long, QuarterFigures> figuresByCommunity(DSLContext ctx, Quarter quarter, Collection<Long> communityIds) {
        return figuresByCommunity(ctx, quarter, communityIds, EnumSet.allOf(Subject.class));
    }

    /**
     * The figures of {@code subjects} only (the others zero), so the subjects can be read in parallel and added up:
     * no two subjects fill the same field.
     */
    public Map<Long, QuarterFigures> figuresByCommunity(DSLContext ctx, Quarter quarter, Collection<Long> communityIds,
                                                        Set<Subject> subjects) {
        Map<Long, Acc> acc = new HashMap<>();
        for (Long id : communityIds) {
            acc.put(id, new Acc());
        }
        if (!communityIds.isEmpty()) {
            LocalDate first = quarter.firstDay();
            LocalDate last = quarter.lastDay();
            for (Subject subject : subjects) {
                switch (subject) {
                    case MEMBERS -> members(ctx, communityIds, first, last, acc);
                    case HOUSEHOLDS -> households(ctx, communityIds, first, last, acc);
                    case WISHES -> wishes(ctx, communityIds, first, last, acc);
                    case PAIRS -> pairs(ctx, communityIds, first, last, acc);
                    case HELP_RECORDS -> helpRecords(ctx, communityIds, first, last, acc);
                    case FUNDS -> funds(ctx, communityIds, first, last, acc);
                    case TEAMS -> teams(ctx, communityIds, last, acc);
                    case POSTS -> posts(ctx, communityIds, last, acc);
                    case SERVICE_RECORDS -> serviceRecords(ctx, communityIds, first, last, acc);
                }
            }
        }
        Map<Long, QuarterFigures> result = new LinkedHashMap<>();
        for (Long id : communityIds) {
            result.put(id, acc.get(id).toFigures());
        }
        return result;
    }

    private static void members(DSLContext ctx, Collection<Long> ids, LocalDate first, LocalDate last, Map<Long, Acc> acc) {
        // "Not archived" sits in the filters, not in WHERE: there H2 would pick the (archived, name) index and look up
        // every member's row (138,000 page reads for 100,000 members) instead of reading the covering ix_member_community alone (9,000).
        ctx.select(MEMBER.COMMUNITY_ID,
                        count().filterWhere(counted(Figure.MEMBERS, first, last)),
                        count().filterWhere(counted(Figure.NEW_MEMBERS, first, last)))
                .from(MEMBER)
                .where(grouped(MEMBER.COMMUNITY_ID, ids))
                .groupBy(MEMBER.COMMUNITY_ID)
                .forEach(r -> {
                    Acc a = acc.get(r.value1());
                    if (a == null) {
                        return;
                    }
                    a.members = r.value2();
                    a.newMembers = r.value3();
                });
    }

    private static void households(DSLContext ctx, Collection<Long> ids, LocalDate first, LocalDate last, Map<Long, Acc> acc) {
        if (ids.size() == 1) {
            // One community's households: two index probes each.
            ctx.select(HOUSEHOLD.COMMUNITY_ID, count(), count().filterWhere(counted(Figure.HOUSEHOLDS_VISITED, first, last)),
                            count().filterWhere(counted(Figure.HOUSEHOLDS_VISITED_EVER, first, last)))
                    .from(HOUSEHOLD)
                    .where(grouped(HOUSEHOLD.COMMUNITY_ID, ids)).and(counted(Figure.HOUSEHOLDS, first, last))
                    .groupBy(HOUSEHOLD.COMMUNITY_ID)
                    .forEach(r -> {
                        Acc a = acc.get(r.value1());
                        if (a == null) {
                            return;
                        }
                        a.households = r.value2();
                        a.householdsVisited = r.value3();
                        a.householdsVisitedEver = r.value4();
                    });
            return;
        }
        // Every community's: the visits read once, straight through the table (a date condition would send H2 through
        // the date index and a row lookup per visit, five times slower), noting which households were visited in the
        // quarter and which by its end; then each household counted against those. The same conditions as
        // counted(HOUSEHOLDS_VISITED…), which two index probes per household answered in several tenths of a second.
        Set<Long> visitedInQuarter = new HashSet<>();
        Set<Long> visitedByEnd = new HashSet<>();
        stream(ctx.select(VISIT.HOUSEHOLD_ID, VISIT.VISIT_DATE).from(VISIT), rows -> {
            while (rows.next()) {
                LocalDate date = rows.getObject(2, LocalDate.class);
                if (!date.isAfter(last)) {
                    Long household = rows.getLong(1);
                    visitedByEnd.add(household);
                    if (!date.isBefore(first)) {
                        visitedInQuarter.add(household);
                    }
                }
            }
        });
        stream(ctx.select(HOUSEHOLD.ID, HOUSEHOLD.COMMUNITY_ID).from(HOUSEHOLD).where(counted(Figure.HOUSEHOLDS, first, last)),
                rows -> {
                    while (rows.next()) {
                        Acc a = acc.get(rows.getLong(2));
                        if (a == null) {
                            continue;
                        }
                        Long household = rows.getLong(1);
                        a.households++;
                        if (visitedInQuarter.contains(household)) {
                            a.householdsVisited++;
                        }
                        if (visitedByEnd.contains(household)) {
                            a.householdsVisitedEver++;
                        }
                    }
                });
    }

    private static void wishes(DSLContext ctx, Collection<Long> ids, LocalDate first, LocalDate last, Map<Long, Acc> acc) {
        ctx.select(WISH.COMMUNITY_ID, count(),
                        count().filterWhere(wishCondition(Figure.WISHES_CLAIMED, last)),
                        count().filterWhere(wishCondition(Figure.WISHES_FULFILLED, last)),
                        count().filterWhere(wishCondition(Figure.GROUP_CLAIMS, last)))
                .from(WISH)
                .where(grouped(WISH.COMMUNITY_ID, ids)).and(counted(Figure.WISHES_COLLECTED, first, last))
                .groupBy(WISH.COMMUNITY_ID)
                .forEach(r -> {
                    Acc a = acc.get(r.value1());
                    if (a == null) {
                        return;
                    }
                    a.wishesCollected = r.value2();
                    a.wishesClaimed = r.value3();
                    a.wishesFulfilled = r.value4();
                    a.groupClaims = r.value5();
                });
    }

    private static void pairs(DSLContext ctx, Collection<Long> ids, LocalDate first, LocalDate last, Map<Long, Acc> acc) {
        ctx.select(PAIRING.COMMUNITY_ID,
                        count().filterWhere(pairingCondition(Figure.PAIRS_ACTIVE, first, last)),
                        count().filterWhere(pairingCondition(Figure.PAIRS_NEW, first, last)))
                .from(PAIRING)
                .where(grouped(PAIRING.COMMUNITY_ID, ids)).and(PAIRING.START_DATE.le(last))
                .groupBy(PAIRING.COMMUNITY_ID)
                .forEach(r -> {
                    Acc a = acc.get(r.value1());
                    if (a == null) {
                        return;
                    }
                    a.pairsActive = r.value2();
                    a.pairsNew = r.value3();
                });
    }

    private static void helpRecords(DSLContext ctx, Collection<Long> ids, LocalDate first, LocalDate last, Map<Long, Acc> acc) {
        ctx.select(HELP_RECORD.COMMUNITY_ID, count())
                .from(HELP_RECORD)
                .where(grouped(HELP_RECORD.COMMUNITY_ID, ids)).and(counted(Figure.HELP_RECORDS, first, last))
                .groupBy(HELP_RECORD.COMMUNITY_ID)
                .forEach(r -> acc.computeIfAbsent(r.value1(), id -> new Acc()).helpRecords = r.value2());
    }

    private static void funds(DSLContext ctx, Collection<Long> ids, LocalDate first, LocalDate last, Map<Long, Acc> acc) {
        ctx.select(FUND_ENTRY.COMMUNITY_ID, sumOfKind("CASH"), sumOfKind("MATERIAL"))
                .from(FUND_ENTRY)
                .where(grouped(FUND_ENTRY.COMMUNITY_ID, ids)).and(counted(Figure.FUNDS_TOTAL, first, last))
                .groupBy(FUND_ENTRY.COMMUNITY_ID)
                .forEach(r -> {
                    Acc a = acc.get(r.value1());
                    if (a == null) {
                        return;
                    }
                    a.fundsCash = r.value2();
                    a.fundsMaterials = r.value3();
                });
    }

    private static Field<BigDecimal> sumOfKind(String kind) {
        return coalesce(sum(when(FUND_ENTRY.KIND.eq(kind), SIGNED_AMOUNT).otherwise(inline(ZERO))), inline(ZERO));
    }

    private static void teams(DSLContext ctx, Collection<Long> ids, LocalDate last, Map<Long, Acc> acc) {
        ctx.select(TEAM.COMMUNITY_ID, count())
                .from(TEAM)
                .where(grouped(TEAM.COMMUNITY_ID, ids))
                .and(counted(Figure.TEAMS, last, last))
                .groupBy(TEAM.COMMUNITY_ID)
                .forEach(r -> acc.computeIfAbsent(r.value1(), id -> new Acc()).teams = r.value2());
    }

    private static void posts(DSLContext ctx, Collection<Long> ids, LocalDate last, Map<Long, Acc> acc) {
        ctx.select(SERVICE_POST.COMMUNITY_ID, count(), count().filterWhere(POST_CLAIM.COMMITMENT_DATE.le(last)))
                .from(POST_CLAIM).join(SERVICE_POST).on(SERVICE_POST.ID.eq(POST_CLAIM.POST_ID))
                .where(grouped(SERVICE_POST.COMMUNITY_ID, ids))
                .and(counted(Figure.POST_CLAIMS, last, last))
                .groupBy(SERVICE_POST.COMMUNITY_ID)
                .forEach(r -> {
                    Acc a = acc.get(r.value1());
                    if (a == null) {
                        return;
                    }
                    a.postClaims = r.value2();
                    a.commitments = r.value3();
                });
    }

    private static void serviceRecords(DSLContext ctx, Collection<Long> ids, LocalDate first, LocalDate last, Map<Long, Acc> acc) {
        ctx.select(SERVICE_RECORD.COMMUNITY_ID,
                        count().filterWhere(SERVICE_RECORD.KIND.ne(REVERSAL)),
                        coalesce(sum(SERVICE_RECORD.POINTS), inline(ZERO)))
                .from(SERVICE_RECORD)
                .where(grouped(SERVICE_RECORD.COMMUNITY_ID, ids)).and(counted(Figure.POINTS, first, last))
                .groupBy(SERVICE_RECORD.COMMUNITY_ID)
                .forEach(r -> {
                    Acc a = acc.get(r.value1());
                    if (a == null) {
                        return;
                    }
                    a.serviceRecords = r.value2();
                    a.points = r.value3();
                });
    }

    /** Reads a large result's rows off the database's result set, with no jOOQ record made for each. */
    @FunctionalInterface
    private interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs {@code query} as a cursor and hands its result set to {@code rows}. Large results need the caller's
     * connection in H2's lazy mode ({@code Database.readStreaming}), or H2 builds the whole result first.
     */
    private static void stream(ResultQuery<?> query, Rows rows) {
        try (Cursor<?> cursor = query.fetchSize(FETCH_SIZE).fetchLazy()) {
            rows.read(cursor.resultSet());
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the figures", e);
        }
    }

    // ---- which records a figure counts: the figures above and the lists behind them share these conditions ----

    /**
     * The condition a record meets to be counted in {@code figure} for the quarter {@code first}..{@code last}, on the
     * figure's own table (members, households, wishes, pairings, help records, funds entries, teams, post claims,
     * passbook entries). A rate is its numerator's condition. Fund figures are sums: the condition selects the entries
     * summed (reversals included, counted negatively).
     */
    static Condition counted(Figure figure, LocalDate first, LocalDate last) {
        return switch (figure) {
            // Registered by the last day and serving then: still active, or left only after the quarter.
            case MEMBERS -> MEMBER.ARCHIVED.isFalse()
                    .and(MEMBER.REGISTRATION_DATE.isNull().or(MEMBER.REGISTRATION_DATE.le(last)))
                    .and(MEMBER.STATUS.eq("ACTIVE").or(MEMBER.STATUS_DATE.gt(last)));
            case NEW_MEMBERS -> MEMBER.ARCHIVED.isFalse().and(MEMBER.REGISTRATION_DATE.between(first, last));
            case HOUSEHOLDS -> HOUSEHOLD.ARCHIVED.isFalse();
            case HOUSEHOLDS_VISITED -> HOUSEHOLD.ARCHIVED.isFalse().and(exists(selectOne().from(VISIT)
                    .where(VISIT.HOUSEHOLD_ID.eq(HOUSEHOLD.ID)).and(VISIT.VISIT_DATE.between(first, last))));
            case HOUSEHOLDS_VISITED_EVER -> HOUSEHOLD.ARCHIVED.isFalse().and(exists(selectOne().from(VISIT)
                    .where(VISIT.HOUSEHOLD_ID.eq(HOUSEHOLD.ID)).and(VISIT.VISIT_DATE.le(last))));
            case WISHES_COLLECTED -> WISH.COLLECTED_DATE.between(first, last);
            case WISHES_CLAIMED, WISHES_FULFILLED, GROUP_CLAIMS ->
                    WISH.COLLECTED_DATE.between(first, last).and(wishCondition(figure, last));
            case PAIRS_ACTIVE, PAIRS_NEW -> PAIRING.START_DATE.le(last).and(pairingCondition(figure, first, last));
            case HELP_RECORDS -> HELP_RECORD.RECORD_DATE.between(first, last);
            case FUNDS_CASH -> FUND_ENTRY.ENTRY_DATE.between(first, last).and(FUND_ENTRY.KIND.eq("CASH"));
            case FUNDS_MATERIALS -> FUND_ENTRY.ENTRY_DATE.between(first, last).and(FUND_ENTRY.KIND.eq("MATERIAL"));
            case FUNDS_TOTAL -> FUND_ENTRY.ENTRY_DATE.between(first, last);
            case TEAMS -> TEAM.FOUNDED_DATE.isNull().or(TEAM.FOUNDED_DATE.le(last))
                    .and(TEAM.STATUS.eq("ACTIVE").or(TEAM.DISBANDED_DATE.gt(last)));
            case POST_CLAIMS -> POST_CLAIM.CLAIMED_DATE.le(last)
                    .and(POST_CLAIM.ENDED_DATE.isNull().or(POST_CLAIM.ENDED_DATE.gt(last)));
            case COMMITMENTS -> counted(Figure.POST_CLAIMS, first, last).and(POST_CLAIM.COMMITMENT_DATE.le(last));
            case SERVICE_RECORDS -> SERVICE_RECORD.RECORD_DATE.between(first, last).and(SERVICE_RECORD.KIND.ne(REVERSAL));
            case POINTS -> SERVICE_RECORD.RECORD_DATE.between(first, last);
            case VISIT_RATE, RECOGNITION_RATE, CLAIM_RATE, FULFILMENT_RATE -> counted(figure.numerator(), first, last);
        };
    }

    /** Within the wishes collected in the quarter: claimed, fulfilled or claimed by a team by its last day. */
    private static Condition wishCondition(Figure figure, LocalDate last) {
        // Claimed by the end: a claim date by then (a cancelled wish does not count), or fulfilled by then.
        Condition claimedByEnd = WISH.CLAIMED_DATE.le(last).and(WISH.STATUS.ne("CANCELLED")).or(WISH.FULFILLED_DATE.le(last));
        return switch (figure) {
            case WISHES_CLAIMED -> claimedByEnd;
            case WISHES_FULFILLED -> WISH.FULFILLED_DATE.le(last);
            case GROUP_CLAIMS -> claimedByEnd.and(WISH.CLAIM_TEAM_ID.isNotNull());
            default -> throw new IllegalArgumentException(figure.name());
        };
    }

    /** Within the pairings started by the quarter's last day: not ended by then, or started in the quarter. */
    private static Condition pairingCondition(Figure figure, LocalDate first, LocalDate last) {
        return switch (figure) {
            case PAIRS_ACTIVE -> PAIRING.END_DATE.isNull().or(PAIRING.END_DATE.gt(last));
            case PAIRS_NEW -> PAIRING.START_DATE.ge(first);
            default -> throw new IllegalArgumentException(figure.name());
        };
    }

    /**
     * The ids of the records {@code figure} counts in {@code quarter} for the communities {@code communityIds} (the list
     * behind a dashboard figure): members, households, wishes, pairings, help records, funds entries, teams, post
     * claims or passbook entries, by the same conditions as the figures. Rates give their numerator's records.
     */
    public Set<Long> recordIds(DSLContext ctx, Figure figure, Quarter quarter, Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return Set.of();
        }
        Figure counted = figure.kind() == Figure.Kind.RATE ? figure.numerator() : figure;
        Condition where = counted(counted, quarter.firstDay(), quarter.lastDay());
        var query = switch (counted) {
            case MEMBERS, NEW_MEMBERS -> ctx.select(MEMBER.ID).from(MEMBER).where(MEMBER.COMMUNITY_ID.in(communityIds));
            case HOUSEHOLDS, HOUSEHOLDS_VISITED, HOUSEHOLDS_VISITED_EVER ->
                    ctx.select(HOUSEHOLD.ID).from(HOUSEHOLD).where(HOUSEHOLD.COMMUNITY_ID.in(communityIds));
            case WISHES_COLLECTED, WISHES_CLAIMED, WISHES_FULFILLED, GROUP_CLAIMS ->
                    ctx.select(WISH.ID).from(WISH).where(WISH.COMMUNITY_ID.in(communityIds));
            case PAIRS_ACTIVE, PAIRS_NEW -> ctx.select(PAIRING.ID).from(PAIRING).where(PAIRING.COMMUNITY_ID.in(communityIds));
            case HELP_RECORDS -> ctx.select(HELP_RECORD.ID).from(HELP_RECORD).where(HELP_RECORD.COMMUNITY_ID.in(communityIds));
            case FUNDS_CASH, FUNDS_MATERIALS, FUNDS_TOTAL ->
                    ctx.select(FUND_ENTRY.ID).from(FUND_ENTRY).where(FUND_ENTRY.COMMUNITY_ID.in(communityIds));
            case TEAMS -> ctx.select(TEAM.ID).from(TEAM).where(TEAM.COMMUNITY_ID.in(communityIds));
            case POST_CLAIMS, COMMITMENTS -> ctx.select(POST_CLAIM.ID).from(POST_CLAIM)
                    .join(SERVICE_POST).on(SERVICE_POST.ID.eq(POST_CLAIM.POST_ID))
                    .where(SERVICE_POST.COMMUNITY_ID.in(communityIds));
            case SERVICE_RECORDS, POINTS ->
                    ctx.select(SERVICE_RECORD.ID).from(SERVICE_RECORD).where(SERVICE_RECORD.COMMUNITY_ID.in(communityIds));
            default -> throw new IllegalArgumentException(counted.name());
        };
        return new HashSet<>(query.and(where).fetchInto(Long.class));
    }

    /**
     * For queries grouped by community: an equality for one community (its rows come straight off an index that starts
     * with the community), nothing for several (the caller drops the groups of the others). H2 reads only the IN list
     * of an index and not the date range after it, so for several communities a date-first index is far cheaper.
     */
    private static Condition grouped(Field<Long> community, Collection<Long> ids) {
        return ids.size() == 1 ? community.eq(ids.iterator().next()) : DSL.noCondition();
    }

    /**
     * The condition that keeps the rows of {@code ids}: an equality for one community (its rows come straight off an
     * index that starts with the community); nothing when they are all the communities there are; otherwise the shorter
     * of "not these" and "these". H2 reads only the IN list of an index and not the date range after it, so for many
     * communities a date-first index with the community as a residual filter is far cheaper than an IN list.
     */
    private static Condition scope(DSLContext ctx, Field<Long> community, Collection<Long> ids) {
        if (ids.size() == 1) {
            return community.eq(ids.iterator().next());
        }
        Set<Long> wanted = Set.copyOf(ids);
        List<Long> others = ctx.select(COMMUNITY.ID).from(COMMUNITY).fetch(COMMUNITY.ID).stream()
                .filter(id -> !wanted.contains(id)).toList();
        if (others.isEmpty()) {
            return DSL.noCondition();
        }
        return others.size() <= wanted.size() ? community.notIn(others) : community.in(wanted);
    }

    /** The current status of the wishes collected in the quarter, counted by status code. */
    public Map<String, Long> wishesByStatus(DSLContext ctx, Quarter quarter, Collection<Long> ids) {
        Map<String, Long> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        ctx.select(WISH.STATUS, count())
                .from(WISH)
                .where(scope(ctx, WISH.COMMUNITY_ID, ids)).and(WISH.COLLECTED_DATE.between(quarter.firstDay(), quarter.lastDay()))
                .groupBy(WISH.STATUS)
                .forEach(r -> result.put(r.value1(), r.value2().longValue()));
        return result;
    }

    /** Cash and materials per month of the quarter (all three months, zeros included). */
    public List<Dashboard.MonthFunds> fundsByMonth(DSLContext ctx, Quarter quarter, Collection<Long> ids) {
        Map<YearMonth, Dashboard.MonthFunds> months = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            YearMonth month = YearMonth.from(quarter.firstDay()).plusMonths(i);
            months.put(month, new Dashboard.MonthFunds(month, ZERO, ZERO));
        }
        if (!ids.isEmpty()) {
            Field<Integer> y = year(FUND_ENTRY.ENTRY_DATE);
            Field<Integer> m = month(FUND_ENTRY.ENTRY_DATE);
            ctx.select(y, m, sumOfKind("CASH"), sumOfKind("MATERIAL"))
                    .from(FUND_ENTRY)
                    .where(scope(ctx, FUND_ENTRY.COMMUNITY_ID, ids))
                    .and(FUND_ENTRY.ENTRY_DATE.between(quarter.firstDay(), quarter.lastDay()))
                    .groupBy(y, m)
                    .forEach(r -> {
                        YearMonth month = YearMonth.of(r.value1(), r.value2());
                        months.put(month, new Dashboard.MonthFunds(month, r.value3(), r.value4()));
                    });
        }
        return new ArrayList<>(months.values());
    }

    /**
     * The {@code limit} members with the most points in the quarter (ties by id). The points are summed first and only
     * the winners' names looked up: joining the hundred thousand sums to the members costs H2 seconds.
     */
    public List<Dashboard.MemberPoints> topMembers(DSLContext ctx, Quarter quarter, Collection<Long> ids, int limit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Each member's points summed here while the quarter's entries stream past (off the date-first covering index
        // for several communities, the community index for one): H2 grouping them by member took seconds.
        Set<Long> wanted = Set.copyOf(ids);
        Condition where = SERVICE_RECORD.RECORD_DATE.between(quarter.firstDay(), quarter.lastDay());
        if (ids.size() == 1) {
            where = where.and(SERVICE_RECORD.COMMUNITY_ID.eq(ids.iterator().next()));
        }
        Map<Long, BigDecimal> sums = new HashMap<>();
        stream(ctx.select(SERVICE_RECORD.COMMUNITY_ID, SERVICE_RECORD.MEMBER_ID, SERVICE_RECORD.POINTS)
                .from(SERVICE_RECORD).where(where), rows -> {
            while (rows.next()) {
                if (wanted.contains(rows.getLong(1))) {
                    sums.merge(rows.getLong(2), rows.getBigDecimal(3), BigDecimal::add);
                }
            }
        });
        Map<Long, BigDecimal> best = new LinkedHashMap<>();
        sums.entrySet().stream()
                .filter(e -> e.getValue().signum() > 0)
                .sorted(Map.Entry.<Long, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> best.put(e.getKey(), e.getValue()));
        Map<Long, Dashboard.MemberPoints> named = new HashMap<>();
        ctx.select(MEMBER.ID, MEMBER.NAME, COMMUNITY.NAME)
                .from(MEMBER).join(COMMUNITY).on(COMMUNITY.ID.eq(MEMBER.COMMUNITY_ID))
                .where(MEMBER.ID.in(best.keySet()))
                .forEach(r -> named.put(r.value1(), new Dashboard.MemberPoints(r.value1(), r.value2(), r.value3(), best.get(r.value1()))));
        return best.keySet().stream().map(named::get).toList();
    }

    /** Running totals while the grouped queries fill in one community's figures. */
    private static final class Acc {
        long members;
        long newMembers;
        long households;
        long householdsVisited;
        long householdsVisitedEver;
        long wishesCollected;
        long wishesClaimed;
        long wishesFulfilled;
        long groupClaims;
        long pairsActive;
        long pairsNew;
        long helpRecords;
        BigDecimal fundsCash = ZERO;
        BigDecimal fundsMaterials = ZERO;
        long teams;
        long postClaims;
        long commitments;
        long serviceRecords;
        BigDecimal points = ZERO;

        QuarterFigures toFigures() {
            return new QuarterFigures(members, newMembers, households, householdsVisited, householdsVisitedEver,
                    wishesCollected, wishesClaimed, wishesFulfilled, groupClaims, pairsActive, pairsNew, helpRecords,
                    fundsCash, fundsMaterials, teams, postClaims, commitments, serviceRecords, points);
        }
    }
}
