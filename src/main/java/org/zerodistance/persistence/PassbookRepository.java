package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.zerodistance.domain.FollowUp;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.PassbookEntry;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.domain.ServiceKind;

/** Reads the passbook ledger (service_record): statements, balances, quarter scores and yearly service counts. */
public final class PassbookRepository {

    private static final org.zerodistance.persistence.jooq.tables.ServiceRecord REVERSAL = SERVICE_RECORD.as("reversal");

    /** A member's entries in the order they were written. */
    public List<PassbookEntry> entriesOf(DSLContext ctx, long memberId) {
        return entries(ctx, SERVICE_RECORD.MEMBER_ID.eq(memberId));
    }

    public Optional<PassbookEntry> find(DSLContext ctx, long id) {
        return entries(ctx, SERVICE_RECORD.ID.eq(id)).stream().findFirst();
    }

    private List<PassbookEntry> entries(DSLContext ctx, Condition where) {
        return ctx.select(SERVICE_RECORD.fields()).select(REVERSAL.ID)
                .from(SERVICE_RECORD)
                .leftJoin(REVERSAL).on(REVERSAL.REVERSES_ID.eq(SERVICE_RECORD.ID))
                .where(where)
                .orderBy(SERVICE_RECORD.ID)
                .fetch(PassbookRepository::toEntry);
    }

    private static PassbookEntry toEntry(Record r) {
        return new PassbookEntry(r.get(SERVICE_RECORD.ID), r.get(SERVICE_RECORD.MEMBER_ID), r.get(SERVICE_RECORD.COMMUNITY_ID),
                r.get(SERVICE_RECORD.RECORD_DATE), ServiceKind.valueOf(r.get(SERVICE_RECORD.KIND)), r.get(SERVICE_RECORD.DESCRIPTION),
                r.get(SERVICE_RECORD.HOURS), r.get(SERVICE_RECORD.POINTS), r.get(SERVICE_RECORD.REVERSES_ID), r.get(REVERSAL.ID),
                r.get(SERVICE_RECORD.REASON), r.get(SERVICE_RECORD.OPERATOR));
    }

    /** A member's balance: the sum of all their entries. */
    public BigDecimal balance(DSLContext ctx, long memberId) {
        return ctx.select(DSL.coalesce(DSL.sum(SERVICE_RECORD.POINTS), BigDecimal.ZERO)).from(SERVICE_RECORD)
                .where(SERVICE_RECORD.MEMBER_ID.eq(memberId)).fetchOne(0, BigDecimal.class);
    }

    /**
     * Per member with entries in {@code communityId} between the dates: points earned (all kinds, reversals
     * included) and wishes fulfilled whose entry was not reversed.
     */
    public List<RankingRow.Score> scores(DSLContext ctx, long communityId, LocalDate from, LocalDate to) {
        var points = DSL.sum(SERVICE_RECORD.POINTS);
        var fulfilled = DSL.count().filterWhere(SERVICE_RECORD.KIND.eq(ServiceKind.WISH_FULFILLED.name()).and(REVERSAL.ID.isNull()));
        return ctx.select(MEMBER.ID, MEMBER.NAME, points, fulfilled)
                .from(SERVICE_RECORD)
                .join(MEMBER).on(MEMBER.ID.eq(SERVICE_RECORD.MEMBER_ID))
                .leftJoin(REVERSAL).on(REVERSAL.REVERSES_ID.eq(SERVICE_RECORD.ID))
                .where(SERVICE_RECORD.COMMUNITY_ID.eq(communityId).and(SERVICE_RECORD.RECORD_DATE.between(from, to)))
                .groupBy(MEMBER.ID, MEMBER.NAME)
                .fetch(r -> new RankingRow.Score(new MemberName(r.value1(), r.value2()), r.value3(), r.value4()));
    }

    /**
     * Every active member of the community (not archived, not moved out) with how many services they did between
     * the dates: entries of an earning kind that were not reversed.
     */
    public List<FollowUp> serviceCounts(DSLContext ctx, long communityId, LocalDate from, LocalDate to) {
        List<String> earning = Arrays.stream(ServiceKind.values()).filter(ServiceKind::hasRule).map(Enum::name).toList();
        var services = DSL.count(SERVICE_RECORD.ID);
        return ctx.select(MEMBER.ID, MEMBER.NAME, services)
                .from(MEMBER)
                .leftJoin(SERVICE_RECORD).on(SERVICE_RECORD.MEMBER_ID.eq(MEMBER.ID)
                        .and(SERVICE_RECORD.RECORD_DATE.between(from, to))
                        .and(SERVICE_RECORD.KIND.in(earning))
                        .and(DSL.notExists(DSL.selectOne().from(REVERSAL).where(REVERSAL.REVERSES_ID.eq(SERVICE_RECORD.ID)))))
                .where(MEMBER.COMMUNITY_ID.eq(communityId).and(MEMBER.ARCHIVED.isFalse())
                        .and(MEMBER.STATUS.eq(MemberStatus.ACTIVE.name())))
                .groupBy(MEMBER.ID, MEMBER.NAME)
                .orderBy(services, MEMBER.NAME, MEMBER.ID)
                .fetch(r -> new FollowUp(new MemberName(r.value1(), r.value2()), r.value3()));
    }
}
