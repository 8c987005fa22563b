package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.MEMBER;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.zerodistance.domain.MemberName;

/** Members as pickers show them (id and name only), for teams, posts and the passbook. */
public final class MemberNameRepository {

    /** A community's members not archived (all communities when {@code communityId} is null), by name. */
    public List<MemberName> list(DSLContext ctx, Long communityId) {
        Condition where = MEMBER.ARCHIVED.isFalse();
        if (communityId != null) {
            where = where.and(MEMBER.COMMUNITY_ID.eq(communityId));
        }
        return ctx.select(MEMBER.ID, MEMBER.NAME).from(MEMBER).where(where).orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(r -> new MemberName(r.value1(), r.value2()));
    }

    public Optional<MemberName> find(DSLContext ctx, long id) {
        return ctx.select(MEMBER.ID, MEMBER.NAME).from(MEMBER).where(MEMBER.ID.eq(id))
                .fetchOptional(r -> new MemberName(r.value1(), r.value2()));
    }

    /** Community id by member id, for the given members that exist and are not archived. */
    public Map<Long, Long> communitiesOfActive(DSLContext ctx, Collection<Long> ids) {
        return ctx.select(MEMBER.ID, MEMBER.COMMUNITY_ID).from(MEMBER)
                .where(MEMBER.ID.in(ids).and(MEMBER.ARCHIVED.isFalse()))
                .fetchMap(MEMBER.ID, MEMBER.COMMUNITY_ID);
    }
}
