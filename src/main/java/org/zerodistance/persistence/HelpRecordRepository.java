package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.HELP_RECORD;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.VOCABULARY;
import static org.zerodistance.persistence.jooq.Tables.WISH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.zerodistance.domain.HelpRecord;

/** Help records (办实事); stateless, works in the caller's transaction. */
public final class HelpRecordRepository {

    /** What a help record for a wish needs to know about the wish. */
    public record WishTarget(long id, long communityId, Long householdId) {
    }

    public long insert(DSLContext ctx, long communityId, long memberId, Long householdId, Long pairingId, Long wishId,
                       LocalDate date, String content, String category, BigDecimal amount, Long fundEntryId) {
        return ctx.insertInto(HELP_RECORD)
                .set(HELP_RECORD.COMMUNITY_ID, communityId)
                .set(HELP_RECORD.MEMBER_ID, memberId)
                .set(HELP_RECORD.HOUSEHOLD_ID, householdId)
                .set(HELP_RECORD.PAIRING_ID, pairingId)
                .set(HELP_RECORD.WISH_ID, wishId)
                .set(HELP_RECORD.RECORD_DATE, date)
                .set(HELP_RECORD.CONTENT, content)
                .set(HELP_RECORD.CATEGORY, category)
                .set(HELP_RECORD.AMOUNT, amount)
                .set(HELP_RECORD.FUND_ENTRY_ID, fundEntryId)
                .returning(HELP_RECORD.ID)
                .fetchOne(HELP_RECORD.ID);
    }

    public Optional<HelpRecord> findById(DSLContext ctx, long id) {
        return list(ctx, HELP_RECORD.ID.eq(id)).stream().findFirst();
    }

    public List<HelpRecord> listByPairing(DSLContext ctx, long pairingId) {
        return list(ctx, HELP_RECORD.PAIRING_ID.eq(pairingId));
    }

    public List<HelpRecord> listByHousehold(DSLContext ctx, long householdId) {
        return list(ctx, HELP_RECORD.HOUSEHOLD_ID.eq(householdId));
    }

    /** Help records matching {@code where}, latest first. */
    public List<HelpRecord> list(DSLContext ctx, Condition where) {
        return ctx.select(HELP_RECORD.fields()).select(MEMBER.NAME, HOUSEHOLD.HEAD_NAME)
                .from(HELP_RECORD)
                .join(MEMBER).on(MEMBER.ID.eq(HELP_RECORD.MEMBER_ID))
                .leftJoin(HOUSEHOLD).on(HOUSEHOLD.ID.eq(HELP_RECORD.HOUSEHOLD_ID))
                .where(where)
                .orderBy(HELP_RECORD.RECORD_DATE.desc(), HELP_RECORD.ID.desc())
                .fetch(r -> new HelpRecord(r.get(HELP_RECORD.ID), r.get(HELP_RECORD.COMMUNITY_ID), r.get(HELP_RECORD.MEMBER_ID),
                        r.get(MEMBER.NAME), r.get(HELP_RECORD.HOUSEHOLD_ID), r.get(HOUSEHOLD.HEAD_NAME), r.get(HELP_RECORD.PAIRING_ID),
                        r.get(HELP_RECORD.WISH_ID), r.get(HELP_RECORD.RECORD_DATE), r.get(HELP_RECORD.CONTENT),
                        r.get(HELP_RECORD.CATEGORY), r.get(HELP_RECORD.AMOUNT), r.get(HELP_RECORD.FUND_ENTRY_ID)));
    }

    public Optional<WishTarget> findWish(DSLContext ctx, long wishId) {
        return ctx.select(WISH.ID, WISH.COMMUNITY_ID, WISH.HOUSEHOLD_ID).from(WISH).where(WISH.ID.eq(wishId))
                .fetchOptional(r -> new WishTarget(r.value1(), r.value2(), r.value3()));
    }

    /** Categories offered for help records: the wish categories of the editable word lists. */
    public List<String> suggestedCategories(DSLContext ctx) {
        return ctx.select(VOCABULARY.TERM).from(VOCABULARY).where(VOCABULARY.KIND.eq("WISH_CATEGORY"))
                .orderBy(VOCABULARY.SORT_ORDER, VOCABULARY.TERM).fetch(VOCABULARY.TERM);
    }
}
