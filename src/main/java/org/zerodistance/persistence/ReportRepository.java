package org.zerodistance.persistence;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
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
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.ReportRows;

/**
 * The rows of the quarterly report's detail sheets, one community at a time, streamed from the database (a cursor with
 * a fetch size, never a whole result in memory) in the order the sheets show them. Each query runs on an index that
 * starts with the community, so a community's rows come straight off the index.
 */
public final class ReportRepository {

    private static final int FETCH_SIZE = 1000;
    private static final org.zerodistance.persistence.jooq.tables.Member DONOR = MEMBER.as("DONOR");

    /**
     * For the 党员积分 sheet: the members of {@code community} with passbook entries in the quarter, with their contact,
     * branch and number of entries (reversing entries not counted), by member id.
     */
    public Map<Long, ReportRows.MemberDetail> memberDetails(DSLContext ctx, Community community, Quarter quarter) {
        Field<Integer> records = count().filterWhere(SERVICE_RECORD.KIND.ne("REVERSAL")).as("RECORDS");
        var perMember = select(SERVICE_RECORD.MEMBER_ID, records)
                .from(SERVICE_RECORD)
                .where(SERVICE_RECORD.COMMUNITY_ID.eq(community.id()))
                .and(SERVICE_RECORD.RECORD_DATE.between(quarter.firstDay(), quarter.lastDay()))
                .groupBy(SERVICE_RECORD.MEMBER_ID)
                .asTable("P");
        Field<Long> memberId = perMember.field(SERVICE_RECORD.MEMBER_ID);
        Map<Long, ReportRows.MemberDetail> details = new HashMap<>();
        ctx.select(memberId, MEMBER.ID_NUMBER, MEMBER.PHONE, MEMBER.PARTY_BRANCH, MEMBER.WORK_UNIT, perMember.field(records))
                .from(perMember)
                .join(MEMBER).on(MEMBER.ID.eq(memberId))
                .forEach(r -> details.put(r.value1(), new ReportRows.MemberDetail(r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6())));
        return details;
    }

    /**
     * 微心愿: wishes active in the quarter (collected by its end and not closed before it began), with the status they
     * had at its end as far as the dates tell.
     */
    public void wishes(DSLContext ctx, Community community, Quarter quarter, ZoneId zone, Consumer<ReportRows.Wish> sink) {
        LocalDate first = quarter.firstDay();
        LocalDate last = quarter.lastDay();
        OffsetDateTime quarterStart = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime quarterEnd = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        var cancelledByEnd = exists(selectOne().from(WISH_EVENT)
                .where(WISH_EVENT.WISH_ID.eq(WISH.ID)).and(WISH_EVENT.TO_STATUS.eq("CANCELLED"))
                .and(WISH_EVENT.OCCURRED_AT.lt(quarterEnd)));
        var cancelledInOrAfter = exists(selectOne().from(WISH_EVENT)
                .where(WISH_EVENT.WISH_ID.eq(WISH.ID)).and(WISH_EVENT.TO_STATUS.eq("CANCELLED"))
                .and(WISH_EVENT.OCCURRED_AT.ge(quarterStart)));
        Field<String> statusAtEnd = when(WISH.FULFILLED_DATE.le(last), inline("FULFILLED"))
                .when(WISH.STATUS.eq("CANCELLED").and(cancelledByEnd), inline("CANCELLED"))
                .when(WISH.CLAIMED_DATE.le(last), inline("CLAIMED"))
                .otherwise(inline("COLLECTED"));
        Field<String> note = when(WISH.STATUS.eq("CANCELLED"), WISH.CANCEL_REASON).otherwise(WISH.FULFILMENT_NOTE);
        stream(ctx.select(WISH.ID, WISH.CONTENT, WISH.CATEGORY, coalesce(HOUSEHOLD.HEAD_NAME, WISH.RESIDENT_NAME),
                                coalesce(WISH.RESIDENT_PHONE, HOUSEHOLD.PHONE), WISH.SOURCE, WISH.COLLECTED_DATE, WISH.DEADLINE,
                                statusAtEnd, coalesce(MEMBER.NAME, TEAM.NAME), WISH.CLAIM_TEAM_ID, WISH.CLAIMED_DATE,
                                WISH.FULFILLED_DATE, WISH.ESTIMATED_VALUE, WISH.ACTUAL_VALUE, note)
                        .from(WISH)
                        .leftJoin(HOUSEHOLD).on(HOUSEHOLD.ID.eq(WISH.HOUSEHOLD_ID))
                        .leftJoin(MEMBER).on(MEMBER.ID.eq(WISH.CLAIM_MEMBER_ID))
                        .leftJoin(TEAM).on(TEAM.ID.eq(WISH.CLAIM_TEAM_ID))
                        .where(WISH.COMMUNITY_ID.eq(community.id()))
                        .and(WISH.COLLECTED_DATE.le(last))
                        .and(WISH.STATUS.in("COLLECTED", "CLAIMED")
                                .or(WISH.FULFILLED_DATE.ge(first))
                                .or(WISH.STATUS.eq("CANCELLED").and(cancelledInOrAfter)))
                        .orderBy(WISH.COLLECTED_DATE, WISH.ID),
                r -> sink.accept(new ReportRows.Wish(community.name(), r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11() != null,
                        r.value12(), r.value13(), r.value14(), r.value15(), r.value16())));
    }

    /** 结对帮扶: pairings running at some time in the quarter, with their visits and help records of the quarter. */
    public void pairings(DSLContext ctx, Community community, Quarter quarter, Consumer<ReportRows.Pairing> sink) {
        LocalDate first = quarter.firstDay();
        LocalDate last = quarter.lastDay();
        Field<Integer> visitCount = count().as("VISITS");
        var visits = select(VISIT.PAIRING_ID, visitCount)
                .from(VISIT).join(PAIRING).on(PAIRING.ID.eq(VISIT.PAIRING_ID))
                .where(PAIRING.COMMUNITY_ID.eq(community.id()))
                .and(VISIT.VISIT_DATE.between(first, last))
                .groupBy(VISIT.PAIRING_ID)
                .asTable("V");
        Field<Integer> helpCount = count().as("HELPS");
        Field<BigDecimal> helpValue = sum(HELP_RECORD.AMOUNT).as("HELP_VALUE");
        var helps = select(HELP_RECORD.PAIRING_ID, helpCount, helpValue)
                .from(HELP_RECORD)
                .where(HELP_RECORD.COMMUNITY_ID.eq(community.id()))
                .and(HELP_RECORD.RECORD_DATE.between(first, last))
                .and(HELP_RECORD.PAIRING_ID.isNotNull())
                .groupBy(HELP_RECORD.PAIRING_ID)
                .asTable("H");
        stream(ctx.select(PAIRING.ID, MEMBER.NAME, MEMBER.PHONE, HOUSEHOLD.HEAD_NAME, HOUSEHOLD.BUILDING, HOUSEHOLD.UNIT,
                                HOUSEHOLD.ROOM, HOUSEHOLD.PHONE, PAIRING.START_DATE, PAIRING.END_DATE,
                                coalesce(visits.field(visitCount), inline(0)), coalesce(helps.field(helpCount), inline(0)),
                                helps.field(helpValue))
                        .from(PAIRING)
                        .join(MEMBER).on(MEMBER.ID.eq(PAIRING.MEMBER_ID))
                        .join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(PAIRING.HOUSEHOLD_ID))
                        .leftJoin(visits).on(visits.field(VISIT.PAIRING_ID).eq(PAIRING.ID))
                        .leftJoin(helps).on(helps.field(HELP_RECORD.PAIRING_ID).eq(PAIRING.ID))
                        .where(PAIRING.COMMUNITY_ID.eq(community.id()))
                        .and(PAIRING.START_DATE.le(last))
                        .and(PAIRING.END_DATE.isNull().or(PAIRING.END_DATE.ge(first)))
                        .orderBy(PAIRING.START_DATE, PAIRING.ID),
                r -> sink.accept(new ReportRows.Pairing(community.name(), r.value1(), r.value2(), r.value3(), r.value4(),
                        Household.addressOf(r.value5(), r.value6(), r.value7()), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12(), r.value13())));
    }

    /** 帮扶资金: the quarter's ledger entries in date order; a reversing entry's amount is negative. */
    public void funds(DSLContext ctx, Community community, Quarter quarter, Consumer<ReportRows.Fund> sink) {
        Field<BigDecimal> signed = when(FUND_ENTRY.REVERSES_ID.isNull(), FUND_ENTRY.AMOUNT).otherwise(FUND_ENTRY.AMOUNT.neg());
        stream(ctx.select(FUND_ENTRY.ID, FUND_ENTRY.ENTRY_DATE, FUND_ENTRY.KIND, FUND_ENTRY.DESCRIPTION, FUND_ENTRY.QUANTITY,
                                signed, FUND_ENTRY.DONOR_KIND, coalesce(DONOR.NAME, TEAM.NAME, FUND_ENTRY.DONOR_NAME),
                                HOUSEHOLD.HEAD_NAME, FUND_ENTRY.REVERSES_ID, FUND_ENTRY.REASON, FUND_ENTRY.OPERATOR)
                        .from(FUND_ENTRY)
                        .leftJoin(DONOR).on(DONOR.ID.eq(FUND_ENTRY.DONOR_MEMBER_ID))
                        .leftJoin(TEAM).on(TEAM.ID.eq(FUND_ENTRY.DONOR_TEAM_ID))
                        .leftJoin(HOUSEHOLD).on(HOUSEHOLD.ID.eq(FUND_ENTRY.HOUSEHOLD_ID))
                        .where(FUND_ENTRY.COMMUNITY_ID.eq(community.id()))
                        .and(FUND_ENTRY.ENTRY_DATE.between(quarter.firstDay(), quarter.lastDay()))
                        .orderBy(FUND_ENTRY.ENTRY_DATE, FUND_ENTRY.ID),
                r -> sink.accept(new ReportRows.Fund(community.name(), r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12())));
    }

    /** 服务记录: the quarter's passbook entries in date order. */
    public void serviceRecords(DSLContext ctx, Community community, Quarter quarter, Consumer<ReportRows.Service> sink) {
        stream(ctx.select(SERVICE_RECORD.ID, SERVICE_RECORD.RECORD_DATE, MEMBER.NAME, SERVICE_RECORD.KIND,
                                SERVICE_RECORD.DESCRIPTION, SERVICE_RECORD.HOURS, SERVICE_RECORD.POINTS,
                                SERVICE_RECORD.REVERSES_ID, SERVICE_RECORD.REASON, SERVICE_RECORD.OPERATOR)
                        .from(SERVICE_RECORD)
                        .join(MEMBER).on(MEMBER.ID.eq(SERVICE_RECORD.MEMBER_ID))
                        .where(SERVICE_RECORD.COMMUNITY_ID.eq(community.id()))
                        .and(SERVICE_RECORD.RECORD_DATE.between(quarter.firstDay(), quarter.lastDay()))
                        .orderBy(SERVICE_RECORD.RECORD_DATE, SERVICE_RECORD.ID),
                r -> sink.accept(new ReportRows.Service(community.name(), r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
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
