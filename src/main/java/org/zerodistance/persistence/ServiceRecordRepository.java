package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.zerodistance.domain.ServiceRecordDraft;

/** The passbook ledger: rows are appended, never updated or deleted. */
public final class ServiceRecordRepository {

    /** Appends an entry with its final points and returns its id. */
    public long append(DSLContext ctx, ServiceRecordDraft draft, BigDecimal points, String operator) {
        var links = draft.links();
        return ctx.insertInto(SERVICE_RECORD)
                .set(SERVICE_RECORD.COMMUNITY_ID, draft.communityId())
                .set(SERVICE_RECORD.MEMBER_ID, draft.memberId())
                .set(SERVICE_RECORD.RECORD_DATE, draft.date())
                .set(SERVICE_RECORD.KIND, draft.kind().name())
                .set(SERVICE_RECORD.DESCRIPTION, draft.description())
                .set(SERVICE_RECORD.HOURS, draft.hours())
                .set(SERVICE_RECORD.POINTS, points)
                .set(SERVICE_RECORD.WISH_ID, links.wishId())
                .set(SERVICE_RECORD.HELP_RECORD_ID, links.helpRecordId())
                .set(SERVICE_RECORD.VISIT_ID, links.visitId())
                .set(SERVICE_RECORD.TEAM_ACTIVITY_ID, links.teamActivityId())
                .set(SERVICE_RECORD.POST_CLAIM_ID, links.postClaimId())
                .set(SERVICE_RECORD.REVERSES_ID, links.reversesId())
                .set(SERVICE_RECORD.REASON, draft.reason())
                .set(SERVICE_RECORD.OPERATOR, operator)
                .returning(SERVICE_RECORD.ID)
                .fetchOne(SERVICE_RECORD.ID);
    }
}
