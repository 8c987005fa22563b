package org.zerodistance.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.domain.Team;
import org.zerodistance.domain.TeamActivity;
import org.zerodistance.domain.TeamActivityDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.domain.TeamStatus;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.MemberNameRepository;
import org.zerodistance.persistence.TeamRepository;

/** Volunteer teams: founding, editing, disbanding, and recording activities that earn every participant points. */
public final class TeamService {

    private static final String ENTITY = "team";

    private final Database database;
    private final Auditor auditor;
    private final PointsLedger ledger;
    private final TeamRepository teams = new TeamRepository();
    private final MemberNameRepository members = new MemberNameRepository();
    private final CommunityRepository communities = new CommunityRepository();

    public TeamService(Database database, Auditor auditor, PointsLedger ledger) {
        this.database = database;
        this.auditor = auditor;
        this.ledger = ledger;
    }

    /** A community's teams (all communities when null), active ones first. */
    public List<Team> list(Long communityId) {
        return database.read(ctx -> teams.listByCommunity(ctx, communityId));
    }

    public Team get(long id) {
        return database.read(ctx -> require(ctx, id));
    }

    /** Founds a team in the draft's community; its members must be active members of that community. */
    public Team create(TeamDraft draft) {
        return database.inTransaction(ctx -> {
            Community community = communities.findById(ctx, draft.communityId())
                    .orElseThrow(() -> new ServiceException("community.error.notFound", String.valueOf(draft.communityId())));
            if (community.archived()) {
                throw new ServiceException("team.error.communityArchived", community.name());
            }
            check(ctx, draft);
            long id = teams.insert(ctx, draft);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, "name=" + draft.name() + ", members=" + draft.memberIds().size());
            return require(ctx, id);
        });
    }

    /** Changes a team's name, specialty, leader, founding date, notes and members (the community stays). */
    public Team update(long id, TeamDraft draft) {
        return database.inTransaction(ctx -> {
            Team before = require(ctx, id);
            if (before.communityId() != draft.communityId()) {
                throw new ServiceException("team.error.otherCommunity", before.name());
            }
            if (!before.name().equals(draft.name())) {
                check(ctx, draft);
            } else {
                checkMembersAndDate(ctx, draft);
            }
            teams.update(ctx, id, draft, LocalDate.now());
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, id, "name=" + draft.name() + ", members=" + draft.memberIds().size());
            return require(ctx, id);
        });
    }

    /** Marks a team disbanded on {@code date}; its history stays and it takes no new activities. */
    public Team disband(long id, LocalDate date) {
        return database.inTransaction(ctx -> {
            Team team = require(ctx, id);
            if (!team.active()) {
                throw new ServiceException("team.error.alreadyDisbanded", team.name());
            }
            LocalDate when = date == null ? LocalDate.now() : date;
            if (when.isAfter(LocalDate.now()) || (team.foundedDate() != null && when.isBefore(team.foundedDate()))) {
                throw new ServiceException("team.error.disbandDate", team.name());
            }
            teams.setStatus(ctx, id, TeamStatus.DISBANDED, when);
            auditor.record(ctx, AuditEntry.Action.ARCHIVE, ENTITY, id, "disbanded " + when + ": " + team.name());
            return require(ctx, id);
        });
    }

    /** Brings a disbanded team back. */
    public Team reactivate(long id) {
        return database.inTransaction(ctx -> {
            Team team = require(ctx, id);
            if (!team.active()) {
                teams.setStatus(ctx, id, TeamStatus.ACTIVE, null);
                auditor.record(ctx, AuditEntry.Action.RESTORE, ENTITY, id, "reactivated: " + team.name());
            }
            return require(ctx, id);
        });
    }

    /**
     * Records an activity of an active team; in the same transaction every participant earns points
     * (kind TEAM_ACTIVITY, by the rule of Settings: per hour by default).
     */
    public TeamActivity recordActivity(TeamActivityDraft draft) {
        return database.inTransaction(ctx -> {
            Team team = require(ctx, draft.teamId());
            if (!team.active()) {
                throw new ServiceException("activity.error.teamDisbanded", team.name());
            }
            if (draft.date().isAfter(LocalDate.now())) {
                throw new ServiceException("activity.error.futureDate", draft.date());
            }
            if (team.foundedDate() != null && draft.date().isBefore(team.foundedDate())) {
                throw new ServiceException("activity.error.beforeFounded", draft.date(), team.foundedDate());
            }
            requireActiveMembersOf(ctx, team.communityId(), draft.participantIds(), "activity.error.participant");
            long id = teams.insertActivity(ctx, draft);
            String description = team.name() + " · " + draft.title();
            for (Long memberId : draft.participantIds()) {
                ledger.record(ctx, ServiceRecordDraft.byRule(team.communityId(), memberId, draft.date(), ServiceKind.TEAM_ACTIVITY,
                        description, draft.hours(), ServiceRecordDraft.Links.teamActivity(id)));
            }
            auditor.record(ctx, AuditEntry.Action.CREATE, "team_activity", id, team.name() + ": " + draft.title() + ", "
                    + draft.date() + ", " + draft.hours().toPlainString() + " h, participants=" + draft.participantIds().size());
            return teams.activities(ctx, team.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        });
    }

    /** A team's activities, latest first. */
    public List<TeamActivity> activities(long teamId) {
        return database.read(ctx -> teams.activities(ctx, teamId));
    }

    /** The team with this name in the community, or a refusal naming it. */
    public Team byName(long communityId, String name) {
        String wanted = name == null ? "" : name.strip();
        return database.read(ctx -> teams.findByName(ctx, communityId, wanted))
                .orElseThrow(() -> new ServiceException("team.error.notFound", wanted));
    }

    /** Members who may join a team or take part in an activity: the community's members not archived. */
    public List<MemberName> memberChoices(Long communityId) {
        return database.read(ctx -> members.list(ctx, communityId));
    }

    private void check(DSLContext ctx, TeamDraft draft) {
        if (teams.findByName(ctx, draft.communityId(), draft.name()).isPresent()) {
            throw new ServiceException("team.error.duplicate", draft.name());
        }
        checkMembersAndDate(ctx, draft);
    }

    private void checkMembersAndDate(DSLContext ctx, TeamDraft draft) {
        if (draft.foundedDate() != null && draft.foundedDate().isAfter(LocalDate.now())) {
            throw new ServiceException("team.error.foundedFuture", draft.foundedDate());
        }
        requireActiveMembersOf(ctx, draft.communityId(), draft.memberIds(), "team.error.member");
    }

    /** Refuses, naming the member, when one of {@code ids} is archived, missing or of another community. */
    private void requireActiveMembersOf(DSLContext ctx, long communityId, List<Long> ids, String key) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Long> found = members.communitiesOfActive(ctx, ids);
        for (Long id : ids) {
            Long community = found.get(id);
            if (community == null || community != communityId) {
                String name = members.find(ctx, id).map(MemberName::name).orElse("#" + id);
                throw new ServiceException(key, name);
            }
        }
    }

    private Team require(DSLContext ctx, long id) {
        return teams.findById(ctx, id).orElseThrow(() -> new ServiceException("team.error.notFound", "#" + id));
    }
}
