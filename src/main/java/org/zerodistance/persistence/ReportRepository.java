package org.zerodistance.persistence;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.HELP_RECORD;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.PAIRING;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.VISIT;
import static org.zerodistance.persistence.jooq.Tables.WISH;
import static org.zerodistance.persistence.jooq.Tables.WISH_EVENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.ReportRows;

/**
 * The rows of the quarterly report's detail sheets, streamed from the database (a cursor with a fetch size, never a
 * whole result in memory) in the order they were entered (their number), for the communities of a {@link Scope}.
 *
 * <p>How they are read matters at a hundred thousand rows: for several communities each sheet is one pass over the
 * table in primary-key order (sequential reads, about 4 µs a row in H2) with the date as a plain filter; reading the
 * same rows through a date or community index costs a random lookup per row (twice as much, four times with the joins).
 * Names are looked up in {@link References} loaded once, instead of a join per row. For one community its rows come
 * straight off the index that starts with the community.
 */
public final class ReportRepository {

    private static final int FETCH_SIZE = 1000;

    /** The communities a report covers, by id with their names; rows of other communities are skipped. */
    public record Scope(Map<Long, String> communities) {
        public Scope {
            communities = Map.copyOf(communities);
        }

        boolean single() {
            return communities.size() == 1;
        }

        long onlyId() {
            return communities.keySet().iterator().next();
        }

        /** The community's name, or null when it is not in the report. */
        String name(Long communityId) {
            return communityId == null ? null : communities.get(communityId);
        }
    }

    /** Names and contacts by id, loaded once per report (a few MB for a large street office). */
    public static final class References {
        private final Map<Long, ReportRows.Person> members;
        private final Map<Long, ReportRows.Home> households;
        private final Map<Long, String> teams;

        References(Map<Long, ReportRows.Person> members, Map<Long, ReportRows.Home> households, Map<Long, String> teams) {
            this.members = members;
            this.households = households;
            this.teams = teams;
        }

        /** A member's name and details, or null for an unknown id. */
        public ReportRows.Person member(Long id) {
            return id == null ? null : members.get(id);
        }

        String memberName(Long id) {
            ReportRows.Person p = member(id);
            return p == null ? null : p.name();
        }

        ReportRows.Home household(Long id) {
            return id == null ? null : households.get(id);
        }

        String team(Long id) {
            return id == null ? null : teams.get(id);
        }
    }

    /** Every member's name and phone, every household's head, address and phone, every team's name. */
    public References references(DSLContext ctx) {
        Map<Long, ReportRows.Person> members = new HashMap<>();
        stream(ctx.select(MEMBER.ID, MEMBER.NAME, MEMBER.PHONE, MEMBER.ID_NUMBER, MEMBER.PARTY_BRANCH, MEMBER.WORK_UNIT)
                        .from(MEMBER),
                r -> members.put(r.value1(), new ReportRows.Person(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        Map<Long, ReportRows.Home> households = new HashMap<>();
        stream(ctx.select(HOUSEHOLD.ID, HOUSEHOLD.HEAD_NAME, HOUSEHOLD.BUILDING, HOUSEHOLD.UNIT, HOUSEHOLD.ROOM, HOUSEHOLD.PHONE)
                        .from(HOUSEHOLD),
                r -> households.put(r.value1(), new ReportRows.Home(r.value2(),
                        Household.addressOf(r.value3(), r.value4(), r.value5()), r.value6())));
        Map<Long, String> teams = new HashMap<>();
        ctx.select(TEAM.ID, TEAM.NAME).from(TEAM).forEach(r -> teams.put(r.value1(), r.value2()));
        return new References(members, households, teams);
    }

    /**
     * The numbers of the passbook entries numbered {@code from} to {@code to} that a later entry reverses (reversing
     * entries are few; the unique index on what they reverse finds them without reading the others).
     */
    public Set<Long> reversedEntries(DSLContext ctx, long from, long to) {
        return new HashSet<>(ctx.select(SERVICE_RECORD.REVERSES_ID).from(SERVICE_RECORD)
                .where(SERVICE_RECORD.REVERSES_ID.between(from, to)).fetch(SERVICE_RECORD.REVERSES_ID));
    }

    /**
     * 微心愿: wishes active in the quarter (collected by its end and not closed before it began), with the status they
     * had at its end as far as the dates tell.
     */
    public void wishes(DSLContext ctx, References refs, Scope scope, Quarter quarter, ZoneId zone, Consumer<ReportRows.Wish> sink) {
        LocalDate first = quarter.firstDay();
        LocalDate last = quarter.lastDay();
        OffsetDateTime quarterStart = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime quarterEnd = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Condition cancelledByEnd = exists(selectOne().from(WISH_EVENT)
                .where(WISH_EVENT.WISH_ID.eq(WISH.ID)).and(WISH_EVENT.TO_STATUS.eq("CANCELLED"))
                .and(WISH_EVENT.OCCURRED_AT.lt(quarterEnd)));
        Condition cancelledInOrAfter = exists(selectOne().from(WISH_EVENT)
                .where(WISH_EVENT.WISH_ID.eq(WISH.ID)).and(WISH_EVENT.TO_STATUS.eq("CANCELLED"))
                .and(WISH_EVENT.OCCURRED_AT.ge(quarterStart)));
        Field<String> statusAtEnd = when(WISH.FULFILLED_DATE.le(last), inline("FULFILLED"))
                .when(WISH.STATUS.eq("CANCELLED").and(cancelledByEnd), inline("CANCELLED"))
                .when(WISH.CLAIMED_DATE.le(last), inline("CLAIMED"))
                .otherwise(inline("COLLECTED"));
        Field<String> note = when(WISH.STATUS.eq("CANCELLED"), WISH.CANCEL_REASON).otherwise(WISH.FULFILMENT_NOTE);
        Field<LocalDate> collected = scope.single() ? WISH.COLLECTED_DATE : entryOrder(WISH.COLLECTED_DATE);
        stream(ctx.select(WISH.ID, WISH.COMMUNITY_ID, WISH.CONTENT, WISH.CATEGORY, WISH.HOUSEHOLD_ID, WISH.RESIDENT_NAME,
                                WISH.RESIDENT_PHONE, WISH.SOURCE, WISH.COLLECTED_DATE, WISH.DEADLINE, statusAtEnd,
                                WISH.CLAIM_MEMBER_ID, WISH.CLAIM_TEAM_ID, WISH.CLAIMED_DATE, WISH.FULFILLED_DATE,
                                WISH.ESTIMATED_VALUE, WISH.ACTUAL_VALUE, note)
                        .from(WISH)
                        .where(inScope(scope, WISH.COMMUNITY_ID))
                        .and(collected.le(last))
                        .and(WISH.STATUS.in("COLLECTED", "CLAIMED")
                                .or(WISH.FULFILLED_DATE.ge(first))
                                .or(WISH.STATUS.eq("CANCELLED").and(cancelledInOrAfter)))
                        .orderBy(WISH.ID),
                r -> {
                    String community = scope.name(r.value2());
                    if (community == null) {
                        return;
                    }
                    ReportRows.Home home = refs.household(r.value5());
                    String resident = home != null ? home.head() : r.value6();
                    String phone = r.value7() != null ? r.value7() : home == null ? null : home.phone();
                    String claimant = r.value12() != null ? refs.memberName(r.value12()) : refs.team(r.value13());
                    sink.accept(new ReportRows.Wish(community, r.value1(), r.value3(), r.value4(), resident, phone,
                            r.value8(), r.value9(), r.value10(), r.value11(), claimant, r.value13() != null, r.value14(),
                            r.value15(), r.value16(), r.value17(), r.value18()));
                });
    }

    /** 结对帮扶: pairings running at some time in the quarter, with their visits and help records of the quarter. */
    public void pairings(DSLContext ctx, References refs, Scope scope, Quarter quarter, Consumer<ReportRows.Pairing> sink) {
        LocalDate first = quarter.firstDay();
        LocalDate last = quarter.lastDay();
        Map<Long, Integer> visits = new HashMap<>();
        ctx.select(VISIT.PAIRING_ID, count())
                .from(VISIT)
                .where(VISIT.VISIT_DATE.between(first, last)).and(VISIT.PAIRING_ID.isNotNull())
                .groupBy(VISIT.PAIRING_ID)
                .forEach(r -> visits.put(r.value1(), r.value2()));
        Map<Long, Integer> helpCounts = new HashMap<>();
        Map<Long, BigDecimal> helpValues = new HashMap<>();
        ctx.select(HELP_RECORD.PAIRING_ID, count(), sum(HELP_RECORD.AMOUNT))
                .from(HELP_RECORD)
                .where(inScope(scope, HELP_RECORD.COMMUNITY_ID))
                .and(HELP_RECORD.RECORD_DATE.between(first, last)).and(HELP_RECORD.PAIRING_ID.isNotNull())
                .groupBy(HELP_RECORD.PAIRING_ID)
                .forEach(r -> {
                    helpCounts.put(r.value1(), r.value2());
                    if (r.value3() != null) {
                        helpValues.put(r.value1(), r.value3());
                    }
                });
        stream(ctx.select(PAIRING.ID, PAIRING.COMMUNITY_ID, PAIRING.MEMBER_ID, PAIRING.HOUSEHOLD_ID, PAIRING.START_DATE,
                                PAIRING.END_DATE)
                        .from(PAIRING)
                        .where(inScope(scope, PAIRING.COMMUNITY_ID))
                        .and(PAIRING.START_DATE.le(last))
                        .and(PAIRING.END_DATE.isNull().or(PAIRING.END_DATE.ge(first)))
                        .orderBy(PAIRING.ID),
                r -> {
                    String community = scope.name(r.value2());
                    if (community == null) {
                        return;
                    }
                    ReportRows.Person member = refs.member(r.value3());
                    ReportRows.Home home = refs.household(r.value4());
                    sink.accept(new ReportRows.Pairing(community, r.value1(), member == null ? null : member.name(),
                            member == null ? null : member.phone(), home == null ? null : home.head(),
                            home == null ? null : home.address(), home == null ? null : home.phone(), r.value5(), r.value6(),
                            visits.getOrDefault(r.value1(), 0), helpCounts.getOrDefault(r.value1(), 0),
                            helpValues.get(r.value1())));
                });
    }

    /** 帮扶资金: the quarter's ledger entries; a reversing entry's amount is negative. */
    public void funds(DSLContext ctx, References refs, Scope scope, Quarter quarter, Consumer<ReportRows.Fund> sink) {
        Field<BigDecimal> signed = when(FUND_ENTRY.REVERSES_ID.isNull(), FUND_ENTRY.AMOUNT).otherwise(FUND_ENTRY.AMOUNT.neg());
        Field<LocalDate> date = scope.single() ? FUND_ENTRY.ENTRY_DATE : entryOrder(FUND_ENTRY.ENTRY_DATE);
        stream(ctx.select(FUND_ENTRY.ID, FUND_ENTRY.COMMUNITY_ID, FUND_ENTRY.ENTRY_DATE, FUND_ENTRY.KIND,
                                FUND_ENTRY.DESCRIPTION, FUND_ENTRY.QUANTITY, signed, FUND_ENTRY.DONOR_KIND,
                                FUND_ENTRY.DONOR_MEMBER_ID, FUND_ENTRY.DONOR_TEAM_ID, FUND_ENTRY.DONOR_NAME,
                                FUND_ENTRY.HOUSEHOLD_ID, FUND_ENTRY.REVERSES_ID, FUND_ENTRY.REASON, FUND_ENTRY.OPERATOR)
                        .from(FUND_ENTRY)
                        .where(inScope(scope, FUND_ENTRY.COMMUNITY_ID))
                        .and(date.between(quarter.firstDay(), quarter.lastDay()))
                        .orderBy(FUND_ENTRY.ID),
                r -> {
                    String community = scope.name(r.value2());
                    if (community == null) {
                        return;
                    }
                    String donor = r.value9() != null ? refs.memberName(r.value9())
                            : r.value10() != null ? refs.team(r.value10()) : r.value11();
                    ReportRows.Home home = refs.household(r.value12());
                    sink.accept(new ReportRows.Fund(community, r.value1(), r.value3(), r.value4(), r.value5(), r.value6(),
                            r.value7(), r.value8(), donor, home == null ? null : home.head(), r.value13(), r.value14(),
                            r.value15()));
                });
    }

    /** 服务记录: the quarter's passbook entries. */
    public void serviceRecords(DSLContext ctx, References refs, Scope scope, Quarter quarter, Consumer<ReportRows.Service> sink) {
        LocalDate first = quarter.firstDay();
        LocalDate last = quarter.lastDay();
        Condition where;
        if (scope.single()) {
            where = SERVICE_RECORD.COMMUNITY_ID.eq(scope.onlyId()).and(SERVICE_RECORD.RECORD_DATE.between(first, last));
        } else {
            // The entries of a quarter lie between its lowest and highest number (entries are appended as they come):
            // one sequential pass over that stretch of the table.
            var span = ctx.select(min(SERVICE_RECORD.ID), max(SERVICE_RECORD.ID)).from(SERVICE_RECORD)
                    .where(SERVICE_RECORD.RECORD_DATE.between(first, last)).fetchOne();
            if (span == null || span.value1() == null) {
                return;
            }
            where = SERVICE_RECORD.ID.between(span.value1(), span.value2())
                    .and(entryOrder(SERVICE_RECORD.RECORD_DATE).between(first, last));
        }
        stream(ctx.select(SERVICE_RECORD.ID, SERVICE_RECORD.COMMUNITY_ID, SERVICE_RECORD.RECORD_DATE, SERVICE_RECORD.MEMBER_ID,
                                SERVICE_RECORD.KIND, SERVICE_RECORD.DESCRIPTION, SERVICE_RECORD.HOURS, SERVICE_RECORD.POINTS,
                                SERVICE_RECORD.REVERSES_ID, SERVICE_RECORD.REASON, SERVICE_RECORD.OPERATOR)
                        .from(SERVICE_RECORD)
                        .where(where)
                        .orderBy(SERVICE_RECORD.ID),
                r -> {
                    String community = scope.name(r.value2());
                    if (community != null) {
                        sink.accept(new ReportRows.Service(community, r.value2(), r.value1(), r.value3(), r.value4(),
                                refs.memberName(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                                r.value10(), r.value11()));
                    }
                });
    }

    /** What the ranking needs of one passbook entry. */
    @FunctionalInterface
    public interface EntrySink {
        void accept(long id, long communityId, long memberId, String kind, BigDecimal points);
    }

    /**
     * The quarter's passbook entries of the scope as the ranking counts them (number, community, member, kind, points),
     * in no particular order. For several communities they come off the date-first covering index alone, a few tenths
     * of a second for a quarter of a million entries, so the ranking need not wait for the 服务记录 sheet.
     */
    public void rankingEntries(DSLContext ctx, Scope scope, Quarter quarter, EntrySink sink) {
        stream(ctx.select(SERVICE_RECORD.ID, SERVICE_RECORD.COMMUNITY_ID, SERVICE_RECORD.MEMBER_ID, SERVICE_RECORD.KIND,
                                SERVICE_RECORD.POINTS)
                        .from(SERVICE_RECORD)
                        .where(inScope(scope, SERVICE_RECORD.COMMUNITY_ID))
                        .and(SERVICE_RECORD.RECORD_DATE.between(quarter.firstDay(), quarter.lastDay())),
                r -> {
                    if (scope.name(r.value2()) != null) {
                        sink.accept(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
                    }
                });
    }

    /** For several communities no condition (their rows are picked while reading); for one, that community. */
    private static Condition inScope(Scope scope, Field<Long> community) {
        return scope.single() ? community.eq(scope.onlyId()) : DSL.noCondition();
    }

    /**
     * {@code date} as a value H2 does not look up through an index, so the table is read in primary-key (entry) order
     * with the date as a filter: for a whole quarter of many communities that is the cheapest way (see the class comment).
     */
    private static <T> Field<T> entryOrder(Field<T> date) {
        return coalesce(date, date);
    }

    /** Runs {@code query} as a cursor and hands each record to {@code each}; the cursor is closed on every path. */
    private static <R extends Record> void stream(ResultQuery<R> query, Consumer<R> each) {
        try (Cursor<R> cursor = query.fetchSize(FETCH_SIZE).fetchLazy()) {
            for (R record : cursor) {
                each.accept(record);
            }
        }
    }
}
