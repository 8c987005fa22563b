package org.zerodistance.ui.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberName;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.VolunteerSeed;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;

class TeamsViewModelTest {

    private Services services;
    private ScriptedDialogs dialogs;
    private CommunityScope scope;
    private TeamsViewModel viewModel;
    private Community east;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        VolunteerSeed seed = new VolunteerSeed(services);
        east = seed.community("城东社区");
        seed.member(east.id(), "张伟");
        seed.member(east.id(), "李娜");
        scope = new CommunityScope();
        scope.replaceAll(services.communities().list(false));
        dialogs = new ScriptedDialogs();
        viewModel = new TeamsViewModel(services.teams(), services.vocabulary(), services.stats(), new ImmediateTaskRunner(), dialogs, scope);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void aTeamIsFoundedOnlyOnceACommunityIsChosen() {
        assertFalse(viewModel.canCreate().get());
        viewModel.newTeam();
        assertEquals(Messages.get("team.chooseCommunity"), viewModel.feedbackProperty().get());

        scope.selectedProperty().set(east);
        assertTrue(viewModel.canCreate().get());
        viewModel.newTeam();
        assertEquals(List.of("张伟", "李娜").stream().sorted().toList(),
                viewModel.memberChoices().stream().map(c -> c.member().name()).sorted().toList());
        viewModel.nameProperty().set("文艺队");
        viewModel.specialtyProperty().set("文艺");
        viewModel.memberChoices().forEach(c -> c.checkedProperty().set(true));
        viewModel.save();

        assertEquals(List.of(), dialogs.errorKeys());
        assertEquals(1, viewModel.rows().size());
        assertEquals("文艺队", viewModel.selectedProperty().get().name());
        assertEquals(2, viewModel.participantChoices().size(), "the members are offered as participants, ticked");
    }

    @Test
    void hoursThatAreNotANumberAreRefusedBeforeAnythingIsWritten() {
        scope.selectedProperty().set(east);
        viewModel.newTeam();
        viewModel.nameProperty().set("助老队");
        viewModel.memberChoices().get(0).checkedProperty().set(true);
        viewModel.save();
        viewModel.activityTitleProperty().set("陪老人聊天");
        viewModel.activityHoursProperty().set("两小时");
        viewModel.recordActivity();
        assertEquals(List.of("hours.error.notNumber"), dialogs.errorKeys());
        assertTrue(viewModel.activities().isEmpty());

        viewModel.activityHoursProperty().set("2");
        viewModel.recordActivity();
        assertEquals(1, viewModel.activities().size());
        MemberName participant = viewModel.activities().get(0).participants().get(0);
        assertEquals(0, services.passbook().balance(participant.id()).compareTo(new java.math.BigDecimal("4")));
    }
}
