package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.TEAM_ACTIVITY;
import static org.zerodistance.persistence.jooq.Tables.TEAM_ACTIVITY_PARTICIPANT;
import static org.zerodistance.persistence.jooq.Tables.TEAM_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Team;
import org.zerodistance.domain.TeamActivity;
import org.zerodistance.domain.TeamActivityDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.domain.TeamStatus;

/** Volunteer teams, their members and activities; stateless, works in the caller's transaction. */
public final class TeamRepository {

    public long insert(DSLContext ctx, TeamDraft draft) {
        long id = ctx.insertInto(TEAM)
                .set(TEAM.COMMUNITY_ID, draft.communityId())
                .set(TEAM.NAME, draft.name())
                .set(TEAM.SPECIALTY, draft.specialty())
                .set(TEAM.LEADER_MEMBER_ID, draft.leaderId())
                .set(TEAM.FOUNDED_DATE, draft.foundedDate())
                .set(TEAM.NOTES, draft.notes())
                .returning(TEAM.ID)
                .fetchOne(TEAM.ID);
        replaceMembers(ctx, id, draft.memberIds(), draft.foundedDate());
        return id;
    }

    /** Writes the editable fields; members joining now get {@code today} as their joining date. */
    public void update(DSLContext ctx, long id, TeamDraft draft, LocalDate today) {
        ctx.update(TEAM)
                .set(TEAM.NAME, draft.name())
                .set(TEAM.SPECIALTY, draft.specialty())
                .set(TEAM.LEADER_MEMBER_ID, draft.leaderId())
                .set(TEAM.FOUNDED_DATE, draft.foundedDate())
                .set(TEAM.NOTES, draft.notes())
                .where(TEAM.ID.eq(id))
                .execute();
        replaceMembers(ctx, id, draft.memberIds(), today);
    }

    /** Keeps the members still listed (and their joining dates), removes the others, adds the new ones. */
    private void replaceMembers(DSLContext ctx, long teamId, List<Long> memberIds, LocalDate joined) {
        ctx.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId).and(TEAM_MEMBER.MEMBER_ID.notIn(memberIds))).execute();
        List<Long> present = ctx.select(TEAM_MEMBER.MEMBER_ID).from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId))
                .fetch(TEAM_MEMBER.MEMBER_ID);
        for (Long memberId : memberIds) {
            if (!present.contains(memberId)) {
                ctx.insertInto(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.MEMBER_ID, TEAM_MEMBER.JOINED_DATE)
                        .values(teamId, memberId, joined).execute();
            }
        }
    }

    public void setStatus(DSLContext ctx, long id, TeamStatus status, LocalDate disbandedDate) {
        ctx.update(TEAM).set(TEAM.STATUS, status.name()).set(TEAM.DISBANDED_DATE, disbandedDate).where(TEAM.ID.eq(id)).execute();
    }

    public Optional<Team> findById(DSLContext ctx, long id) {
        return list(ctx, TEAM.ID.eq(id)).stream().findFirst();
    }

    public Optional<Team> findByName(DSLContext ctx, long communityId, String name) {
        return list(ctx, TEAM.COMMUNITY_ID.eq(communityId).and(TEAM.NAME.eq(name))).stream().findFirst();
    }

    /** A community's teams (all communities when null), active ones first, then by name. */
    public List<Team> listByCommunity(DSLContext ctx, Long communityId) {
        return list(ctx, communityId == null ? DSL.noCondition() : TEAM.COMMUNITY_ID.eq(communityId));
    }

    private List<Team> list(DSLContext ctx, Condition where) {
        var leader = MEMBER.as("leader");
        var activityCount = DSL.field(DSL.selectCount().from(TEAM_ACTIVITY).where(TEAM_ACTIVITY.TEAM_ID.eq(TEAM.ID)));
        var lastActivity = DSL.field(DSL.select(DSL.max(TEAM_ACTIVITY.ACTIVITY_DATE)).from(TEAM_ACTIVITY)
                .where(TEAM_ACTIVITY.TEAM_ID.eq(TEAM.ID)));
        var rows = ctx.select(TEAM.fields()).select(COMMUNITY.NAME, leader.ID, leader.NAME, activityCount, lastActivity)
                .from(TEAM)
                .join(COMMUNITY).on(COMMUNITY.ID.eq(TEAM.COMMUNITY_ID))
                .leftJoin(leader).on(leader.ID.eq(TEAM.LEADER_MEMBER_ID))
                .where(where)
                .orderBy(DSL.when(TEAM.STATUS.eq(TeamStatus.ACTIVE.name()), 0).otherwise(1), TEAM.NAME, TEAM.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MemberName>> members = new LinkedHashMap<>();
        ctx.select(TEAM_MEMBER.TEAM_ID, MEMBER.ID, MEMBER.NAME).from(TEAM_MEMBER)
                .join(MEMBER).on(MEMBER.ID.eq(TEAM_MEMBER.MEMBER_ID))
                .where(TEAM_MEMBER.TEAM_ID.in(DSL.select(TEAM.ID).from(TEAM).where(where)))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .forEach(r -> members.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new MemberName(r.value2(), r.value3())));
        List<Team> teams = new ArrayList<>(rows.size());
        for (var r : rows) {
            long id = r.get(TEAM.ID);
            Long leaderId = r.get(leader.ID);
            teams.add(new Team(id, r.get(TEAM.COMMUNITY_ID), r.get(COMMUNITY.NAME), r.get(TEAM.NAME), r.get(TEAM.SPECIALTY),
                    leaderId == null ? null : new MemberName(leaderId, r.get(leader.NAME)), r.get(TEAM.FOUNDED_DATE),
                    TeamStatus.valueOf(r.get(TEAM.STATUS)), r.get(TEAM.DISBANDED_DATE), r.get(TEAM.NOTES),
                    members.getOrDefault(id, List.of()), r.get(activityCount), r.get(lastActivity)));
        }
        return teams;
    }

    public long insertActivity(DSLContext ctx, TeamActivityDraft draft) {
        long id = ctx.insertInto(TEAM_ACTIVITY)
                .set(TEAM_ACTIVITY.TEAM_ID, draft.teamId())
                .set(TEAM_ACTIVITY.ACTIVITY_DATE, draft.date())
                .set(TEAM_ACTIVITY.TITLE, draft.title())
                .set(TEAM_ACTIVITY.HOURS, draft.hours())
                .set(TEAM_ACTIVITY.DESCRIPTION, draft.description())
                .returning(TEAM_ACTIVITY.ID)
                .fetchOne(TEAM_ACTIVITY.ID);
        var insert = ctx.insertInto(TEAM_ACTIVITY_PARTICIPANT, TEAM_ACTIVITY_PARTICIPANT.ACTIVITY_ID, TEAM_ACTIVITY_PARTICIPANT.MEMBER_ID);
        for (Long memberId : draft.participantIds()) {
            insert = insert.values(id, memberId);
        }
        insert.execute();
        return id;
    }

    /** A team's activities, latest first, with their participants. */
    public List<TeamActivity> activities(DSLContext ctx, long teamId) {
        Map<Long, List<MemberName>> participants = new LinkedHashMap<>();
        ctx.select(TEAM_ACTIVITY_PARTICIPANT.ACTIVITY_ID, MEMBER.ID, MEMBER.NAME).from(TEAM_ACTIVITY_PARTICIPANT)
                .join(MEMBER).on(MEMBER.ID.eq(TEAM_ACTIVITY_PARTICIPANT.MEMBER_ID))
                .join(TEAM_ACTIVITY).on(TEAM_ACTIVITY.ID.eq(TEAM_ACTIVITY_PARTICIPANT.ACTIVITY_ID))
                .where(TEAM_ACTIVITY.TEAM_ID.eq(teamId))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .forEach(r -> participants.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new MemberName(r.value2(), r.value3())));
        return ctx.selectFrom(TEAM_ACTIVITY).where(TEAM_ACTIVITY.TEAM_ID.eq(teamId))
                .orderBy(TEAM_ACTIVITY.ACTIVITY_DATE.desc(), TEAM_ACTIVITY.ID.desc())
                .fetch(r -> new TeamActivity(r.getId(), r.getTeamId(), r.getActivityDate(), r.getTitle(), r.getHours(),
                        r.getDescription(), participants.getOrDefault(r.getId(), List.of())));
    }
}
