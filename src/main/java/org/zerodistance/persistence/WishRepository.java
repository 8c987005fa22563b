package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.WISH;
import static org.zerodistance.persistence.jooq.Tables.WISH_EVENT;
import static org.zerodistance.persistence.jooq.Tables.WISH_PARTICIPANT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Claimant;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishDraft;
import org.zerodistance.domain.WishEvent;
import org.zerodistance.domain.WishFulfilment;
import org.zerodistance.domain.WishResident;
import org.zerodistance.domain.WishSource;
import org.zerodistance.domain.WishStatus;

/**
 * Wishes, their status history and their participants; stateless, works in the caller's transaction.
 * Status changes are conditional on the status the caller saw, so two clerks cannot both claim one wish.
 */
public final class WishRepository {

    // Member and team both have a NAME column: alias them so each is read unambiguously.
    private static final Field<String> MEMBER_NAME = MEMBER.NAME.as("CLAIM_MEMBER_NAME");
    private static final Field<String> TEAM_NAME = TEAM.NAME.as("CLAIM_TEAM_NAME");

    public long insert(DSLContext ctx, WishDraft draft) {
        return ctx.insertInto(WISH)
                .set(WISH.COMMUNITY_ID, draft.communityId())
                .set(WISH.HOUSEHOLD_ID, draft.householdId())
                .set(WISH.RESIDENT_NAME, draft.residentName())
                .set(WISH.RESIDENT_PHONE, draft.residentPhone())
                .set(WISH.CONTENT, draft.content())
                .set(WISH.CATEGORY, draft.category())
                .set(WISH.ESTIMATED_VALUE, draft.estimatedValue())
                .set(WISH.SOURCE, draft.source().name())
                .set(WISH.COLLECTED_DATE, draft.collectedDate())
                .set(WISH.DEADLINE, draft.deadline())
                .set(WISH.STATUS, WishStatus.COLLECTED.name())
                .returning(WISH.ID)
                .fetchOne(WISH.ID);
    }

    /** Sets the claim if the wish is still collected; false when someone changed it meanwhile. */
    public boolean claim(DSLContext ctx, long wishId, Claimant claimant, LocalDate date) {
        return ctx.update(WISH)
                .set(WISH.STATUS, WishStatus.CLAIMED.name())
                .set(WISH.CLAIM_MEMBER_ID, claimant.isTeam() ? null : claimant.id())
                .set(WISH.CLAIM_TEAM_ID, claimant.isTeam() ? claimant.id() : null)
                .set(WISH.CLAIMED_DATE, date)
                .set(WISH.UPDATED_AT, OffsetDateTime.now())
                .where(WISH.ID.eq(wishId).and(WISH.STATUS.eq(WishStatus.COLLECTED.name())))
                .execute() == 1;
    }

    /** Clears the claim and puts the wish back to collected (release), or marks it cancelled with a reason. */
    public boolean endClaim(DSLContext ctx, long wishId, WishStatus expected, WishStatus next, String cancelReason) {
        return ctx.update(WISH)
                .set(WISH.STATUS, next.name())
                .setNull(WISH.CLAIM_MEMBER_ID)
                .setNull(WISH.CLAIM_TEAM_ID)
                .setNull(WISH.CLAIMED_DATE)
                .set(WISH.CANCEL_REASON, cancelReason)
                .set(WISH.UPDATED_AT, OffsetDateTime.now())
                .where(WISH.ID.eq(wishId).and(WISH.STATUS.eq(expected.name())))
                .execute() == 1;
    }

    /** Records the fulfilment if the wish is still claimed. */
    public boolean fulfil(DSLContext ctx, long wishId, WishFulfilment fulfilment) {
        return ctx.update(WISH)
                .set(WISH.STATUS, WishStatus.FULFILLED.name())
                .set(WISH.FULFILLED_DATE, fulfilment.date())
                .set(WISH.FULFILMENT_NOTE, fulfilment.note())
                .set(WISH.ACTUAL_VALUE, fulfilment.actualValue())
                .set(WISH.UPDATED_AT, OffsetDateTime.now())
                .where(WISH.ID.eq(wishId).and(WISH.STATUS.eq(WishStatus.CLAIMED.name())))
                .execute() == 1;
    }

    public void addParticipants(DSLContext ctx, long wishId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        var insert = ctx.insertInto(WISH_PARTICIPANT, WISH_PARTICIPANT.WISH_ID, WISH_PARTICIPANT.MEMBER_ID);
        for (Long memberId : memberIds) {
            insert = insert.values(wishId, memberId);
        }
        insert.execute();
    }

    /** The members who took part in fulfilling the wish, by name. */
    public List<Claimant> participants(DSLContext ctx, long wishId) {
        return ctx.select(MEMBER.ID, MEMBER.NAME).from(WISH_PARTICIPANT).join(MEMBER).on(MEMBER.ID.eq(WISH_PARTICIPANT.MEMBER_ID))
                .where(WISH_PARTICIPANT.WISH_ID.eq(wishId)).orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(r -> Claimant.member(r.value1(), r.value2()));
    }

    /** Appends one line of history. */
    public void appendEvent(DSLContext ctx, long wishId, OffsetDateTime at, WishStatus from, WishStatus to, String operator,
                            Claimant claimant, String note) {
        ctx.insertInto(WISH_EVENT)
                .set(WISH_EVENT.WISH_ID, wishId)
                .set(WISH_EVENT.OCCURRED_AT, at)
                .set(WISH_EVENT.FROM_STATUS, from == null ? null : from.name())
                .set(WISH_EVENT.TO_STATUS, to.name())
                .set(WISH_EVENT.OPERATOR, operator)
                .set(WISH_EVENT.MEMBER_ID, claimant == null || claimant.isTeam() ? null : claimant.id())
                .set(WISH_EVENT.TEAM_ID, claimant != null && claimant.isTeam() ? claimant.id() : null)
                .set(WISH_EVENT.NOTE, note)
                .execute();
    }

    /** A wish's history, oldest first. */
    public List<WishEvent> events(DSLContext ctx, long wishId) {
        return ctx.select(WISH_EVENT.fields()).select(MEMBER_NAME, TEAM_NAME).from(WISH_EVENT)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(WISH_EVENT.MEMBER_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(WISH_EVENT.TEAM_ID))
                .where(WISH_EVENT.WISH_ID.eq(wishId))
                .orderBy(WISH_EVENT.OCCURRED_AT, WISH_EVENT.ID)
                .fetch(r -> new WishEvent(r.get(WISH_EVENT.ID), r.get(WISH_EVENT.WISH_ID), r.get(WISH_EVENT.OCCURRED_AT).toInstant(),
                        status(r.get(WISH_EVENT.FROM_STATUS)), status(r.get(WISH_EVENT.TO_STATUS)), r.get(WISH_EVENT.OPERATOR),
                        claimant(r.get(WISH_EVENT.MEMBER_ID), r.get(MEMBER_NAME), r.get(WISH_EVENT.TEAM_ID), r.get(TEAM_NAME)),
                        r.get(WISH_EVENT.NOTE)));
    }

    public int countEvents(DSLContext ctx, long wishId) {
        return ctx.fetchCount(WISH_EVENT, WISH_EVENT.WISH_ID.eq(wishId));
    }

    public Optional<Wish> findById(DSLContext ctx, long id) {
        return list(ctx, WISH.ID.eq(id)).stream().findFirst();
    }

    /** Wishes of a community (all communities when null), optionally of one status; newest collected first. */
    public List<Wish> list(DSLContext ctx, Long communityId, WishStatus status) {
        Condition where = DSL.noCondition();
        if (communityId != null) {
            where = where.and(WISH.COMMUNITY_ID.eq(communityId));
        }
        if (status != null) {
            where = where.and(WISH.STATUS.eq(status.name()));
        }
        return list(ctx, where);
    }

    public List<Wish> listByHousehold(DSLContext ctx, long householdId) {
        return list(ctx, WISH.HOUSEHOLD_ID.eq(householdId));
    }

    private List<Wish> list(DSLContext ctx, Condition where) {
        return ctx.select(WISH.fields())
                .select(HOUSEHOLD.HEAD_NAME, HOUSEHOLD.BUILDING, HOUSEHOLD.UNIT, HOUSEHOLD.ROOM, HOUSEHOLD.PHONE, MEMBER_NAME, TEAM_NAME)
                .from(WISH)
                .leftJoin(HOUSEHOLD).on(HOUSEHOLD.ID.eq(WISH.HOUSEHOLD_ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(WISH.CLAIM_MEMBER_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(WISH.CLAIM_TEAM_ID))
                .where(where)
                .orderBy(WISH.COLLECTED_DATE.desc(), WISH.ID.desc())
                .fetch(WishRepository::toDomain);
    }

    private static Wish toDomain(Record r) {
        Long householdId = r.get(WISH.HOUSEHOLD_ID);
        WishResident resident;
        if (householdId != null) {
            // The household's own address rule (3栋2单元401), so wishes show addresses the way the registry does.
            Household household = new Household(householdId, r.get(WISH.COMMUNITY_ID), r.get(HOUSEHOLD.HEAD_NAME),
                    r.get(HOUSEHOLD.BUILDING), r.get(HOUSEHOLD.UNIT), r.get(HOUSEHOLD.ROOM), r.get(HOUSEHOLD.PHONE),
                    List.of(), 1, null, false);
            resident = new WishResident(householdId, household.headName(), household.phone(), household.address());
        } else {
            resident = new WishResident(null, r.get(WISH.RESIDENT_NAME), r.get(WISH.RESIDENT_PHONE), null);
        }
        return new Wish(r.get(WISH.ID), r.get(WISH.COMMUNITY_ID), resident, r.get(WISH.CONTENT), r.get(WISH.CATEGORY),
                r.get(WISH.ESTIMATED_VALUE), WishSource.valueOf(r.get(WISH.SOURCE)), r.get(WISH.COLLECTED_DATE),
                r.get(WISH.DEADLINE), WishStatus.valueOf(r.get(WISH.STATUS)),
                claimant(r.get(WISH.CLAIM_MEMBER_ID), r.get(MEMBER_NAME), r.get(WISH.CLAIM_TEAM_ID), r.get(TEAM_NAME)),
                r.get(WISH.CLAIMED_DATE), r.get(WISH.FULFILLED_DATE), r.get(WISH.FULFILMENT_NOTE), r.get(WISH.ACTUAL_VALUE),
                r.get(WISH.CANCEL_REASON));
    }

    private static Claimant claimant(Long memberId, String memberName, Long teamId, String teamName) {
        if (memberId != null) {
            return Claimant.member(memberId, memberName);
        }
        return teamId == null ? null : Claimant.team(teamId, teamName);
    }

    private static WishStatus status(String name) {
        return name == null ? null : WishStatus.valueOf(name);
    }
}
