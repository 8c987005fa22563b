package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.zerodistance.persistence.jooq.Tables.AUDIT_LOG;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;
import static org.zerodistance.persistence.jooq.Tables.TEAM_ACTIVITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.PassbookEntry;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.Team;
import org.zerodistance.domain.TeamActivity;
import org.zerodistance.domain.TeamActivityDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.domain.TeamStatus;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.VolunteerSeed;

class TeamServiceTest {

    private static final LocalDate MAY_DAY = LocalDate.of(2026, 5, 1);

    private Services services;
    private TeamService teams;
    private long community;
    private long zhang;
    private long li;
    private long wang;

    @BeforeEach
    void setUp() {
        services = TestDatabases.freshServices();
        teams = services.teams();
        VolunteerSeed seed = new VolunteerSeed(services);
        community = seed.community("城东社区").id();
        zhang = seed.member(community, "张伟");
        li = seed.member(community, "李娜");
        wang = seed.member(community, "王芳");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private Team repairTeam() {
        return teams.create(new TeamDraft(community, "电器维修队", "电器维修", zhang, LocalDate.of(2026, 1, 10), null, List.of(li)));
    }

    @Test
    void aTeamKeepsItsLeaderSpecialtyAndMembers() {
        Team team = repairTeam();
        assertEquals("电器维修队", team.name());
        assertEquals("电器维修", team.specialty());
        assertEquals("张伟", team.leader().name());
        assertEquals(List.of("张伟", "李娜"), team.members().stream().map(MemberName::name).sorted().toList());
        assertEquals(TeamStatus.ACTIVE, team.status());
        assertEquals(List.of(team), teams.list(community));
    }

    @Test
    void aMemberMayBeInSeveralTeamsButTeamNamesAreUniquePerCommunity() {
        repairTeam();
        Team second = teams.create(new TeamDraft(community, "文艺队", "文艺", null, null, null, List.of(li, wang)));
        assertEquals(2, second.members().size());
        ServiceException duplicate = assertThrows(ServiceException.class,
                () -> teams.create(new TeamDraft(community, "电器维修队", null, null, null, null, List.of())));
        assertEquals("team.error.duplicate", duplicate.messageKey());
    }

    @Test
    void editingReplacesTheMembersAndKeepsTheOthersJoiningDate() {
        Team team = repairTeam();
        Team edited = teams.update(team.id(), new TeamDraft(community, "家电维修队", "电器维修", li, team.foundedDate(), "周末上门",
                List.of(wang)));
        assertEquals("家电维修队", edited.name());
        assertEquals("李娜", edited.leader().name());
        assertEquals(List.of("李娜", "王芳"), edited.members().stream().map(MemberName::name).sorted().toList());
    }

    @Test
    void everyParticipantEarnsPointsByTheRuleInTheSameTransaction() {
        Team team = repairTeam();
        TeamActivity activity = teams.recordActivity(new TeamActivityDraft(team.id(), MAY_DAY, "义务维修家电",
                new BigDecimal("3"), "小区广场", List.of(zhang, li)));

        assertEquals(2, activity.participants().size());
        for (long member : List.of(zhang, li)) {
            List<PassbookEntry> lines = services.passbook().statement(member).lines().stream().map(l -> l.entry()).toList();
            assertEquals(1, lines.size());
            PassbookEntry entry = lines.get(0);
            assertEquals(ServiceKind.TEAM_ACTIVITY, entry.kind());
            assertEquals(0, entry.points().compareTo(new BigDecimal("6")), "default rule: 2 points per hour × 3 hours");
            assertEquals(MAY_DAY, entry.date());
            assertEquals("电器维修队 · 义务维修家电", entry.description());
        }
        assertEquals(0, services.passbook().balance(wang).signum(), "who did not take part earns nothing");
        long linked = services.database().read(ctx -> (long) ctx.fetchCount(SERVICE_RECORD,
                SERVICE_RECORD.TEAM_ACTIVITY_ID.eq(activity.id())));
        assertEquals(2, linked, "each entry is linked to the activity");
        assertEquals(1, teams.get(team.id()).activityCount());
    }

    @Test
    void aParticipantOfAnotherCommunityRefusesTheWholeActivity() {
        Team team = repairTeam();
        long stranger = new VolunteerSeed(services).member(services.communities().add("城西社区").id(), "赵强");
        ServiceException refused = assertThrows(ServiceException.class, () -> teams.recordActivity(
                new TeamActivityDraft(team.id(), MAY_DAY, "义诊", new BigDecimal("2"), null, List.of(zhang, stranger))));
        assertEquals("activity.error.participant", refused.messageKey());
        assertEquals("赵强", refused.args()[0]);
        assertEquals(0, (int) services.database().read(ctx -> ctx.fetchCount(TEAM_ACTIVITY)));
        assertEquals(0, (int) services.database().read(ctx -> ctx.fetchCount(SERVICE_RECORD)), "no points for anyone");
    }

    @Test
    void aDisbandedTeamTakesNoActivitiesUntilReactivated() {
        Team team = repairTeam();
        Team disbanded = teams.disband(team.id(), LocalDate.of(2026, 4, 1));
        assertEquals(TeamStatus.DISBANDED, disbanded.status());
        assertEquals(LocalDate.of(2026, 4, 1), disbanded.disbandedDate());
        ServiceException refused = assertThrows(ServiceException.class, () -> teams.recordActivity(
                new TeamActivityDraft(team.id(), MAY_DAY, "义诊", BigDecimal.ONE, null, List.of(zhang))));
        assertEquals("activity.error.teamDisbanded", refused.messageKey());
        assertEquals(TeamStatus.ACTIVE, teams.reactivate(team.id()).status());
        assertEquals(1, teams.recordActivity(new TeamActivityDraft(team.id(), MAY_DAY, "义诊", BigDecimal.ONE, null, List.of(zhang)))
                .participants().size());
    }

    @Test
    void activitiesInTheFutureOrBeforeTheTeamWasFoundedAreRefused() {
        Team team = repairTeam();
        assertEquals("activity.error.futureDate", assertThrows(ServiceException.class, () -> teams.recordActivity(
                new TeamActivityDraft(team.id(), LocalDate.now().plusDays(1), "义诊", BigDecimal.ONE, null, List.of(zhang)))).messageKey());
        assertEquals("activity.error.beforeFounded", assertThrows(ServiceException.class, () -> teams.recordActivity(
                new TeamActivityDraft(team.id(), LocalDate.of(2025, 12, 1), "义诊", BigDecimal.ONE, null, List.of(zhang)))).messageKey());
    }

    @Test
    void changesAreAudited() {
        Team team = repairTeam();
        teams.recordActivity(new TeamActivityDraft(team.id(), MAY_DAY, "义诊", BigDecimal.ONE, null, List.of(zhang)));
        List<String> entities = services.database().read(ctx -> ctx.select(AUDIT_LOG.ENTITY).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.in("team", "team_activity")).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ENTITY));
        assertEquals(List.of("team", "team_activity"), entities);
    }
}
