package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;

import org.jooq.DSLContext;
import org.zerodistance.domain.FundEntryDraft;

/** The funds/materials ledger: rows are appended, never updated or deleted. */
public final class FundEntryRepository {

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
}
