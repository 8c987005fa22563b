package org.zerodistance.ui.passbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.PointsRule;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.common.ImmediateTaskRunner;

class PassbookSettingsViewModelTest {

    private Services services;
    private ScriptedDialogs dialogs;
    private PassbookSettingsViewModel viewModel;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        dialogs = new ScriptedDialogs();
        viewModel = new PassbookSettingsViewModel(services.passbook(), services.recognition(), new ImmediateTaskRunner(), dialogs);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private PassbookSettingsViewModel.RuleRow row(ServiceKind kind) {
        return viewModel.rules().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void showsARulePerEarningKindAndTheDefaultsOfNAndM() {
        assertEquals(List.of(ServiceKind.WISH_FULFILLED, ServiceKind.HELP_RECORD, ServiceKind.VISIT, ServiceKind.TEAM_ACTIVITY,
                ServiceKind.POST_DUTY), viewModel.rules().stream().map(PassbookSettingsViewModel.RuleRow::kind).toList());
        assertEquals("2", row(ServiceKind.POST_DUTY).pointsProperty().get());
        assertTrue(row(ServiceKind.POST_DUTY).perHourProperty().get());
        assertEquals("10", viewModel.topNProperty().get());
        assertEquals("2", viewModel.minServicesProperty().get());
    }

    @Test
    void savesRulesAndSettingsTogether() {
        row(ServiceKind.VISIT).pointsProperty().set("1.5");
        row(ServiceKind.VISIT).perHourProperty().set(true);
        viewModel.topNProperty().set("5");
        viewModel.save();
        assertEquals(List.of(), dialogs.errorKeys());
        assertTrue(services.passbook().rules().contains(new PointsRule(ServiceKind.VISIT, new BigDecimal("1.50"), true)));
        assertEquals(5, services.recognition().topN());
        assertEquals(Messages.get("rules.saved"), viewModel.feedbackProperty().get());
    }

    @Test
    void refusesWhatIsNotANumberAndSavesNothing() {
        row(ServiceKind.VISIT).pointsProperty().set("两分");
        viewModel.topNProperty().set("3");
        viewModel.save();
        assertEquals(List.of("points.error.notNumber"), dialogs.errorKeys());
        assertEquals(10, services.recognition().topN());

        row(ServiceKind.VISIT).pointsProperty().set("-1");
        viewModel.save();
        assertEquals("rules.error.points", dialogs.errorKeys().get(1));
        assertEquals("走访", ((org.zerodistance.domain.DomainException) dialogs.errors().get(1)).args()[0], "the kind named in words");
    }
}
