package org.zerodistance.persistence;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.WISH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.FundTotals;
import org.zerodistance.domain.NamedRef;

/** The funds/materials ledger: rows are appended, never updated or deleted. */
public final class FundEntryRepository {

    /** The entry that reverses another (joined to find out whether an entry was reversed). */
    private static final org.zerodistance.persistence.jooq.tables.FundEntry REVERSAL = FUND_ENTRY.as("reversal");
    private static final Field<String> DONOR = coalesce(MEMBER.NAME, TEAM.NAME, FUND_ENTRY.DONOR_NAME);
    /** An entry's amount as it counts: negative for a reversing entry. */
    private static final Field<BigDecimal> SIGNED = when(FUND_ENTRY.REVERSES_ID.isNull(), FUND_ENTRY.AMOUNT)
            .otherwise(FUND_ENTRY.AMOUNT.neg());
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** The household's address written as {@link org.zerodistance.domain.Household#address()} writes it: 3栋2单元401. */
    private static final Field<String> ADDRESS = DSL.concat(addressPart(HOUSEHOLD.BUILDING, "栋"),
            addressPart(HOUSEHOLD.UNIT, "单元"), addressPart(HOUSEHOLD.ROOM, ""));

    public long append(DSLContext ctx, FundEntryDraft draft, Long reversesId, String reason, String operator) {
        return ctx.insertInto(FUND_ENTRY)
                .set(FUND_ENTRY.COMMUNITY_ID, draft.communityId())
                .set(FUND_ENTRY.ENTRY_DATE, draft.date())
                .set(FUND_ENTRY.KIND, draft.kind().name())
                .set(FUND_ENTRY.DESCRIPTION, draft.description())
                .set(FUND_ENTRY.QUANTITY, draft.quantity())
                .set(FUND_ENTRY.AMOUNT, draft.amount())
                .set(FUND_ENTRY.DONOR_KIND, draft.donorKind().name())
                .set(FUND_ENTRY.DONOR_MEMBER_ID, draft.donorMemberId())
                .set(FUND_ENTRY.DONOR_TEAM_ID, draft.donorTeamId())
                .set(FUND_ENTRY.DONOR_NAME, draft.donorName())
                .set(FUND_ENTRY.HOUSEHOLD_ID, draft.householdId())
                .set(FUND_ENTRY.WISH_ID, draft.wishId())
                .set(FUND_ENTRY.PAIRING_ID, draft.pairingId())
                .set(FUND_ENTRY.REVERSES_ID, reversesId)
                .set(FUND_ENTRY.REASON, reason)
                .set(FUND_ENTRY.NOTE, draft.note())
                .set(FUND_ENTRY.OPERATOR, operator)
                .returning(FUND_ENTRY.ID)
                .fetchOne(FUND_ENTRY.ID);
    }

    public Optional<FundEntry> findById(DSLContext ctx, long id) {
        return list(ctx, FUND_ENTRY.ID.eq(id)).stream().findFirst();
    }

    /**
     * Locks the entry's row until the transaction ends and returns it, so two corrections of the same entry queue up
     * and the second sees the first.
     */
    public Optional<FundEntry> lock(DSLContext ctx, long id) {
        ctx.select(FUND_ENTRY.ID).from(FUND_ENTRY).where(FUND_ENTRY.ID.eq(id)).forUpdate().fetch();
        return findById(ctx, id);
    }

    /** The entry that counts a wish's value (not reversed, not itself a reversal), if there is one. */
    public Optional<Long> standingEntryOfWish(DSLContext ctx, long wishId) {
        return list(ctx, FUND_ENTRY.WISH_ID.eq(wishId).and(FUND_ENTRY.REVERSES_ID.isNull()).and(REVERSAL.ID.isNull()))
                .stream().map(FundEntry::id).findFirst();
    }

    /** The ledger lines matching {@code query}, oldest first (by date, then as entered). */
    public List<FundEntry> list(DSLContext ctx, FundQuery query) {
        return list(ctx, where(query));
    }

    private List<FundEntry> list(DSLContext ctx, Condition where) {
        return ctx.select(FUND_ENTRY.fields())
                .select(COMMUNITY.NAME, DONOR.as("donor"), HOUSEHOLD.HEAD_NAME, REVERSAL.ID.as("reversed_by"))
                .from(joined())
                .join(COMMUNITY).on(COMMUNITY.ID.eq(FUND_ENTRY.COMMUNITY_ID))
                .leftJoin(REVERSAL).on(REVERSAL.REVERSES_ID.eq(FUND_ENTRY.ID))
                .where(where)
                .orderBy(FUND_ENTRY.ENTRY_DATE, FUND_ENTRY.ID)
                .fetch(FundEntryRepository::toDomain);
    }

    /** Cash and materials of the lines matching {@code query}, reversals subtracted; summed exactly in SQL. */
    public FundTotals totals(DSLContext ctx, FundQuery query) {
        Record r = ctx.select(sumOf(FundKind.CASH), sumOf(FundKind.MATERIAL)).from(joined()).where(where(query)).fetchOne();
        return new FundTotals(r.get(0, BigDecimal.class), r.get(1, BigDecimal.class));
    }

    /** Totals per community over a period (both ends included): community id to totals, communities without entries left out. */
    public Map<Long, FundTotals> totalsByCommunity(DSLContext ctx, LocalDate from, LocalDate to) {
        Map<Long, FundTotals> result = new LinkedHashMap<>();
        ctx.select(FUND_ENTRY.COMMUNITY_ID, sumOf(FundKind.CASH), sumOf(FundKind.MATERIAL))
                .from(FUND_ENTRY)
                .where(FUND_ENTRY.ENTRY_DATE.between(from, to))
                .groupBy(FUND_ENTRY.COMMUNITY_ID)
                .orderBy(FUND_ENTRY.COMMUNITY_ID)
                .forEach(r -> result.put(r.value1(), new FundTotals(r.value2(), r.value3())));
        return result;
    }

    private static Field<BigDecimal> sumOf(FundKind kind) {
        return coalesce(sum(when(FUND_ENTRY.KIND.eq(kind.name()), SIGNED).otherwise(inline(ZERO))), inline(ZERO));
    }

    /** The ledger with what names its donor and beneficiary. */
    private static Table<?> joined() {
        return FUND_ENTRY
                .leftJoin(MEMBER).on(MEMBER.ID.eq(FUND_ENTRY.DONOR_MEMBER_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(FUND_ENTRY.DONOR_TEAM_ID))
                .leftJoin(HOUSEHOLD).on(HOUSEHOLD.ID.eq(FUND_ENTRY.HOUSEHOLD_ID));
    }

    private static Condition where(FundQuery q) {
        List<Condition> conditions = new ArrayList<>();
        if (q.communityId() != null) {
            conditions.add(FUND_ENTRY.COMMUNITY_ID.eq(q.communityId()));
        }
        if (q.from() != null) {
            conditions.add(FUND_ENTRY.ENTRY_DATE.ge(q.from()));
        }
        if (q.to() != null) {
            conditions.add(FUND_ENTRY.ENTRY_DATE.le(q.to()));
        }
        if (q.kind() != null) {
            conditions.add(FUND_ENTRY.KIND.eq(q.kind().name()));
        }
        if (q.donorText() != null) {
            conditions.add(DONOR.containsIgnoreCase(q.donorText()));
        }
        if (q.householdId() != null) {
            conditions.add(FUND_ENTRY.HOUSEHOLD_ID.eq(q.householdId()));
        }
        if (q.householdText() != null) {
            conditions.add(HOUSEHOLD.HEAD_NAME.containsIgnoreCase(q.householdText())
                    .or(ADDRESS.contains(q.householdText())));
        }
        if (q.pairingId() != null) {
            conditions.add(FUND_ENTRY.PAIRING_ID.eq(q.pairingId()));
        }
        return DSL.and(conditions);
    }

    private static Field<String> addressPart(Field<String> part, String suffix) {
        Field<String> trimmed = DSL.trim(part);
        return when(coalesce(trimmed, inline("")).eq(inline("")), inline("")).otherwise(trimmed.concat(inline(suffix)));
    }

    /** The community's active teams, as donors to pick from. */
    public List<NamedRef> teams(DSLContext ctx, long communityId) {
        return ctx.select(TEAM.ID, TEAM.NAME).from(TEAM)
                .where(TEAM.COMMUNITY_ID.eq(communityId), TEAM.STATUS.eq("ACTIVE"))
                .orderBy(TEAM.NAME)
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }

    /** The household's wishes, latest first, to link an entry to. */
    public List<NamedRef> wishesOfHousehold(DSLContext ctx, long householdId) {
        return ctx.select(WISH.ID, WISH.CONTENT).from(WISH)
                .where(WISH.HOUSEHOLD_ID.eq(householdId))
                .orderBy(WISH.COLLECTED_DATE.desc(), WISH.ID.desc())
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }

    private static FundEntry toDomain(Record r) {
        return new FundEntry(r.get(FUND_ENTRY.ID), r.get(FUND_ENTRY.COMMUNITY_ID), r.get(COMMUNITY.NAME), r.get(FUND_ENTRY.ENTRY_DATE),
                FundKind.valueOf(r.get(FUND_ENTRY.KIND)), r.get(FUND_ENTRY.DESCRIPTION), r.get(FUND_ENTRY.QUANTITY),
                r.get(FUND_ENTRY.AMOUNT), DonorKind.valueOf(r.get(FUND_ENTRY.DONOR_KIND)), r.get(FUND_ENTRY.DONOR_MEMBER_ID),
                r.get(FUND_ENTRY.DONOR_TEAM_ID), r.get("donor", String.class), r.get(FUND_ENTRY.HOUSEHOLD_ID),
                r.get(HOUSEHOLD.HEAD_NAME), r.get(FUND_ENTRY.WISH_ID), r.get(FUND_ENTRY.PAIRING_ID), r.get(FUND_ENTRY.REVERSES_ID),
                r.get("reversed_by", Long.class), r.get(FUND_ENTRY.REASON), r.get(FUND_ENTRY.NOTE), r.get(FUND_ENTRY.OPERATOR),
                r.get(FUND_ENTRY.CREATED_AT).toInstant());
    }
}
