package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.TEAM_MEMBER;
import static org.zerodistance.persistence.jooq.Tables.WISH;
import static org.zerodistance.persistence.jooq.Tables.WISH_PARTICIPANT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Claimant;
import org.zerodistance.domain.WishStatus;

/**
 * Read-only queries behind wish matching and team claims: teams (name, specialty, members) and how many wishes each
 * member or team has open or fulfilled. Teams themselves are kept by the teams feature; this class only reads them.
 */
public final class WishCandidateRepository {

    /** What wishes need to know about a volunteer team. */
    public record TeamInfo(long id, long communityId, String name, String specialty, boolean active) {
    }

    public Optional<TeamInfo> findTeam(DSLContext ctx, long teamId) {
        return ctx.selectFrom(TEAM).where(TEAM.ID.eq(teamId))
                .fetchOptional(r -> new TeamInfo(r.getId(), r.getCommunityId(), r.getName(), r.getSpecialty(), "ACTIVE".equals(r.getStatus())));
    }

    /** The community's active teams, by name. */
    public List<TeamInfo> activeTeams(DSLContext ctx, long communityId) {
        return ctx.selectFrom(TEAM).where(TEAM.COMMUNITY_ID.eq(communityId).and(TEAM.STATUS.eq("ACTIVE")))
                .orderBy(TEAM.NAME, TEAM.ID)
                .fetch(r -> new TeamInfo(r.getId(), r.getCommunityId(), r.getName(), r.getSpecialty(), true));
    }

    /** The team's members who are not archived, by name. */
    public List<Claimant> teamMembers(DSLContext ctx, long teamId) {
        return ctx.select(MEMBER.ID, MEMBER.NAME).from(TEAM_MEMBER).join(MEMBER).on(MEMBER.ID.eq(TEAM_MEMBER.MEMBER_ID))
                .where(TEAM_MEMBER.TEAM_ID.eq(teamId).and(MEMBER.ARCHIVED.isFalse()))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(r -> Claimant.member(r.value1(), r.value2()));
    }

    /** Per member of the community: wishes claimed and not yet fulfilled. */
    public Map<Long, Integer> openClaimsByMember(DSLContext ctx, long communityId) {
        return countClaims(ctx, WISH.CLAIM_MEMBER_ID, communityId, WishStatus.CLAIMED);
    }

    /** Per team of the community: wishes claimed and not yet fulfilled. */
    public Map<Long, Integer> openClaimsByTeam(DSLContext ctx, long communityId) {
        return countClaims(ctx, WISH.CLAIM_TEAM_ID, communityId, WishStatus.CLAIMED);
    }

    /** Per team of the community: wishes it fulfilled. */
    public Map<Long, Integer> fulfilledByTeam(DSLContext ctx, long communityId) {
        return countClaims(ctx, WISH.CLAIM_TEAM_ID, communityId, WishStatus.FULFILLED);
    }

    /** Per member of the community: wishes they helped fulfil, on their own or with a team. */
    public Map<Long, Integer> fulfilledByMember(DSLContext ctx, long communityId) {
        Field<Integer> count = DSL.countDistinct(WISH_PARTICIPANT.WISH_ID);
        return ctx.select(WISH_PARTICIPANT.MEMBER_ID, count).from(WISH_PARTICIPANT)
                .join(WISH).on(WISH.ID.eq(WISH_PARTICIPANT.WISH_ID))
                .where(WISH.COMMUNITY_ID.eq(communityId).and(WISH.STATUS.eq(WishStatus.FULFILLED.name())))
                .groupBy(WISH_PARTICIPANT.MEMBER_ID)
                .fetchMap(WISH_PARTICIPANT.MEMBER_ID, count);
    }

    private static Map<Long, Integer> countClaims(DSLContext ctx, Field<Long> claimant, long communityId, WishStatus status) {
        Field<Integer> count = DSL.count();
        return ctx.select(claimant, count).from(WISH)
                .where(WISH.COMMUNITY_ID.eq(communityId).and(WISH.STATUS.eq(status.name())).and(claimant.isNotNull()))
                .groupBy(claimant)
                .fetchMap(claimant, count);
    }
}
