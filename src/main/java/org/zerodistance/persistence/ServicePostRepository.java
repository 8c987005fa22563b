package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.POST_CLAIM;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_POST;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.PostDuty;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServicePost;

/** Service posts, the members' claims on them and the duties done; stateless, works in the caller's transaction. */
public final class ServicePostRepository {

    public long insert(DSLContext ctx, PostDraft draft) {
        return ctx.insertInto(SERVICE_POST)
                .set(SERVICE_POST.COMMUNITY_ID, draft.communityId())
                .set(SERVICE_POST.NAME, draft.name())
                .set(SERVICE_POST.CATEGORY, draft.category())
                .set(SERVICE_POST.DESCRIPTION, draft.description())
                .set(SERVICE_POST.PEOPLE_NEEDED, draft.peopleNeeded())
                .returning(SERVICE_POST.ID)
                .fetchOne(SERVICE_POST.ID);
    }

    public void update(DSLContext ctx, long id, PostDraft draft) {
        ctx.update(SERVICE_POST)
                .set(SERVICE_POST.NAME, draft.name())
                .set(SERVICE_POST.CATEGORY, draft.category())
                .set(SERVICE_POST.DESCRIPTION, draft.description())
                .set(SERVICE_POST.PEOPLE_NEEDED, draft.peopleNeeded())
                .where(SERVICE_POST.ID.eq(id))
                .execute();
    }

    public void setArchived(DSLContext ctx, long id, boolean archived) {
        ctx.update(SERVICE_POST).set(SERVICE_POST.ARCHIVED, archived).where(SERVICE_POST.ID.eq(id)).execute();
    }

    public Optional<ServicePost> findById(DSLContext ctx, long id) {
        return list(ctx, SERVICE_POST.ID.eq(id)).stream().findFirst();
    }

    public Optional<ServicePost> findByName(DSLContext ctx, long communityId, String name) {
        return list(ctx, SERVICE_POST.COMMUNITY_ID.eq(communityId).and(SERVICE_POST.NAME.eq(name))).stream().findFirst();
    }

    /** A community's posts (all communities when null), archived ones only when asked, by category then name. */
    public List<ServicePost> listByCommunity(DSLContext ctx, Long communityId, boolean includeArchived) {
        Condition where = communityId == null ? DSL.noCondition() : SERVICE_POST.COMMUNITY_ID.eq(communityId);
        if (!includeArchived) {
            where = where.and(SERVICE_POST.ARCHIVED.isFalse());
        }
        return list(ctx, where);
    }

    private List<ServicePost> list(DSLContext ctx, Condition where) {
        var holders = DSL.field(DSL.selectCount().from(POST_CLAIM)
                .where(POST_CLAIM.POST_ID.eq(SERVICE_POST.ID).and(POST_CLAIM.ENDED_DATE.isNull())));
        return ctx.select(SERVICE_POST.fields()).select(COMMUNITY.NAME, holders)
                .from(SERVICE_POST).join(COMMUNITY).on(COMMUNITY.ID.eq(SERVICE_POST.COMMUNITY_ID))
                .where(where)
                .orderBy(SERVICE_POST.ARCHIVED, SERVICE_POST.CATEGORY, SERVICE_POST.NAME, SERVICE_POST.ID)
                .fetch(r -> new ServicePost(r.get(SERVICE_POST.ID), r.get(SERVICE_POST.COMMUNITY_ID), r.get(COMMUNITY.NAME),
                        r.get(SERVICE_POST.NAME), r.get(SERVICE_POST.CATEGORY), r.get(SERVICE_POST.DESCRIPTION),
                        r.get(SERVICE_POST.PEOPLE_NEEDED), r.get(SERVICE_POST.ARCHIVED), r.get(holders)));
    }

    public long insertClaim(DSLContext ctx, long postId, long memberId, LocalDate claimedDate) {
        return ctx.insertInto(POST_CLAIM)
                .set(POST_CLAIM.POST_ID, postId)
                .set(POST_CLAIM.MEMBER_ID, memberId)
                .set(POST_CLAIM.CLAIMED_DATE, claimedDate)
                .returning(POST_CLAIM.ID)
                .fetchOne(POST_CLAIM.ID);
    }

    public void setCommitmentDate(DSLContext ctx, long claimId, LocalDate date) {
        ctx.update(POST_CLAIM).set(POST_CLAIM.COMMITMENT_DATE, date).where(POST_CLAIM.ID.eq(claimId)).execute();
    }

    public void setEndedDate(DSLContext ctx, long claimId, LocalDate date) {
        ctx.update(POST_CLAIM).set(POST_CLAIM.ENDED_DATE, date).where(POST_CLAIM.ID.eq(claimId)).execute();
    }

    public Optional<PostClaim> findClaim(DSLContext ctx, long claimId) {
        return claims(ctx, POST_CLAIM.ID.eq(claimId)).stream().findFirst();
    }

    /** A post's claims: current holders first, then by claim date. */
    public List<PostClaim> claimsOfPost(DSLContext ctx, long postId) {
        return claims(ctx, POST_CLAIM.POST_ID.eq(postId));
    }

    /** The posts a member holds now and held before. */
    public List<PostClaim> claimsOfMember(DSLContext ctx, long memberId) {
        return claims(ctx, POST_CLAIM.MEMBER_ID.eq(memberId));
    }

    private List<PostClaim> claims(DSLContext ctx, Condition where) {
        var reversal = SERVICE_RECORD.as("reversal");
        var notReversed = DSL.notExists(DSL.selectOne().from(reversal).where(reversal.REVERSES_ID.eq(SERVICE_RECORD.ID)));
        Condition duty = SERVICE_RECORD.POST_CLAIM_ID.eq(POST_CLAIM.ID)
                .and(SERVICE_RECORD.KIND.eq(ServiceKind.POST_DUTY.name())).and(notReversed);
        var hours = DSL.field(DSL.select(DSL.coalesce(DSL.sum(SERVICE_RECORD.HOURS), BigDecimal.ZERO)).from(SERVICE_RECORD).where(duty));
        var points = DSL.field(DSL.select(DSL.coalesce(DSL.sum(SERVICE_RECORD.POINTS), BigDecimal.ZERO)).from(SERVICE_RECORD).where(duty));
        return ctx.select(POST_CLAIM.fields()).select(SERVICE_POST.NAME, MEMBER.NAME, hours, points)
                .from(POST_CLAIM)
                .join(SERVICE_POST).on(SERVICE_POST.ID.eq(POST_CLAIM.POST_ID))
                .join(MEMBER).on(MEMBER.ID.eq(POST_CLAIM.MEMBER_ID))
                .where(where)
                .orderBy(DSL.when(POST_CLAIM.ENDED_DATE.isNull(), 0).otherwise(1), POST_CLAIM.CLAIMED_DATE, POST_CLAIM.ID)
                .fetch(r -> new PostClaim(r.get(POST_CLAIM.ID), r.get(POST_CLAIM.POST_ID), r.get(SERVICE_POST.NAME),
                        new MemberName(r.get(POST_CLAIM.MEMBER_ID), r.get(MEMBER.NAME)), r.get(POST_CLAIM.CLAIMED_DATE),
                        r.get(POST_CLAIM.COMMITMENT_DATE), r.get(POST_CLAIM.ENDED_DATE), r.get(hours), r.get(points)));
    }

    /** The duties done on a claim (its POST_DUTY passbook entries), latest first. */
    public List<PostDuty> duties(DSLContext ctx, long claimId) {
        var reversal = SERVICE_RECORD.as("reversal");
        return ctx.select(SERVICE_RECORD.ID, SERVICE_RECORD.RECORD_DATE, SERVICE_RECORD.HOURS, SERVICE_RECORD.DESCRIPTION,
                        SERVICE_RECORD.POINTS, reversal.ID)
                .from(SERVICE_RECORD)
                .leftJoin(reversal).on(reversal.REVERSES_ID.eq(SERVICE_RECORD.ID))
                .where(SERVICE_RECORD.POST_CLAIM_ID.eq(claimId).and(SERVICE_RECORD.KIND.eq(ServiceKind.POST_DUTY.name())))
                .orderBy(SERVICE_RECORD.RECORD_DATE.desc(), SERVICE_RECORD.ID.desc())
                .fetch(r -> new PostDuty(r.value1(), claimId, r.value2(), r.value3(), r.value4(), r.value5(), r.value6() != null));
    }
}
