package org.zerodistance.ui.passbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.VolunteerSeed;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** The passbook view model on the same-thread runner, without a toolkit. */
class PassbookViewModelTest {

    private Services services;
    private ScriptedDialogs dialogs;
    private PassbookViewModel viewModel;
    private long zhang;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        VolunteerSeed seed = new VolunteerSeed(services);
        Community community = seed.community("城东社区");
        zhang = seed.member(community.id(), "张伟");
        seed.member(seed.community("城西社区").id(), "赵强");
        seed.entry(community.id(), zhang, LocalDate.of(2026, 3, 2), ServiceKind.VISIT, null);
        seed.entry(community.id(), zhang, LocalDate.of(2026, 7, 2), ServiceKind.POST_DUTY, "2");
        CommunityScope scope = new CommunityScope();
        scope.replaceAll(services.communities().list(false));
        scope.selectedProperty().set(community);
        dialogs = new ScriptedDialogs();
        viewModel = new PassbookViewModel(services.passbook(), new ImmediateTaskRunner(), dialogs,
                (title, name, filter, extension) -> java.util.Optional.empty(), scope);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private void open(String name) {
        viewModel.memberProperty().set(viewModel.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void onlyTheChosenCommunitysMembersAreOffered() {
        assertEquals(List.of("张伟"), viewModel.members().stream().map(MemberName::name).toList());
    }

    @Test
    void theStatementShowsEntriesQuarterSubtotalsAndTheTotal() {
        open("张伟");
        List<StatementRow.Type> types = viewModel.rows().stream().map(StatementRow::type).toList();
        assertEquals(List.of(StatementRow.Type.ENTRY, StatementRow.Type.SUBTOTAL, StatementRow.Type.ENTRY,
                StatementRow.Type.SUBTOTAL, StatementRow.Type.TOTAL), types);
        assertEquals("2026年第1季度小计（1 笔）", viewModel.rows().get(1).description());
        assertEquals("岗位值守", viewModel.rows().get(2).kind());
        assertEquals("积分余额：5 分", viewModel.balanceProperty().get());
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefusedAndOneWithAReasonIsRecorded() {
        open("张伟");
        viewModel.adjustPointsProperty().set("3");
        viewModel.adjust();
        assertEquals(List.of("adjustment.error.reasonRequired"), dialogs.errorKeys());
        viewModel.adjustReasonProperty().set("补记 5 月份值守");
        viewModel.adjust();
        assertEquals("积分余额：8 分", viewModel.balanceProperty().get());
        assertEquals("", viewModel.adjustReasonProperty().get(), "the form is cleared for the next one");
    }

    @Test
    void reversingAsksForTheReasonAndAddsTheReversingLine() {
        open("张伟");
        viewModel.selectedRowProperty().set(viewModel.rows().get(2)); // the post duty, 4 points
        dialogs.answerText("记错了人");
        viewModel.reverseSelected();
        assertEquals("积分余额：1 分", viewModel.balanceProperty().get());
        assertTrue(viewModel.rows().stream().anyMatch(r -> r.description().contains("记错了人")));
        assertTrue(viewModel.rows().stream().filter(r -> r.entry() != null && r.entry().kind() == ServiceKind.POST_DUTY)
                .allMatch(r -> r.entry().reversed()));

        viewModel.selectedRowProperty().set(viewModel.rows().stream()
                .filter(r -> r.entry() != null && r.entry().kind() == ServiceKind.POST_DUTY).findFirst().orElseThrow());
        viewModel.reverseSelected();
        assertEquals(List.of("reversal.error.alreadyReversed"), dialogs.errorKeys());
    }
}
