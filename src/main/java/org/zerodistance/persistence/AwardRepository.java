package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.AWARD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.zerodistance.domain.Award;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Quarter;

/** Awards the clerk recorded per quarter; stateless, works in the caller's transaction. */
public final class AwardRepository {

    public long insert(DSLContext ctx, long memberId, Quarter quarter, String title) {
        return ctx.insertInto(AWARD, AWARD.MEMBER_ID, AWARD.QUARTER_CODE, AWARD.TITLE)
                .values(memberId, quarter.code(), title)
                .returning(AWARD.ID).fetchOne(AWARD.ID);
    }

    public void delete(DSLContext ctx, long id) {
        ctx.deleteFrom(AWARD).where(AWARD.ID.eq(id)).execute();
    }

    public Optional<Award> find(DSLContext ctx, long id) {
        return list(ctx, AWARD.ID.eq(id)).stream().findFirst();
    }

    /** A member's awards, latest quarter first. */
    public List<Award> ofMember(DSLContext ctx, long memberId) {
        return list(ctx, AWARD.MEMBER_ID.eq(memberId));
    }

    /** The awards of a community's members in a quarter. */
    public List<Award> inQuarter(DSLContext ctx, long communityId, Quarter quarter) {
        return list(ctx, MEMBER.COMMUNITY_ID.eq(communityId).and(AWARD.QUARTER_CODE.eq(quarter.code())));
    }

    private List<Award> list(DSLContext ctx, Condition where) {
        return ctx.select(AWARD.ID, AWARD.MEMBER_ID, MEMBER.NAME, MEMBER.COMMUNITY_ID, AWARD.QUARTER_CODE, AWARD.TITLE)
                .from(AWARD).join(MEMBER).on(MEMBER.ID.eq(AWARD.MEMBER_ID))
                .where(where)
                .orderBy(AWARD.QUARTER_CODE.desc(), MEMBER.NAME, AWARD.ID)
                .fetch(r -> new Award(r.value1(), new MemberName(r.value2(), r.value3()), r.value4(),
                        Quarter.parse(r.value5()), r.value6()));
    }
}
