package org.zerodistance.ui.pairings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.Pairing;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.PairingSeeds;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;
import org.zerodistance.ui.pairings.PairingsViewModel.Mode;
import org.zerodistance.ui.pairings.PairingsViewModel.StatusFilter;

/** The pairings screen's state and actions, without a toolkit. */
class PairingsViewModelTest {

    private static final LocalDate TODAY = LocalDate.now();

    private Services services;
    private PairingsViewModel viewModel;
    private ScriptedDialogs dialogs;
    private CommunityScope scope;
    private long zhang;
    private long grannyLi;
    private long wang;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = PairingSeeds.servicesOn(TODAY);
        long east = PairingSeeds.community(services, "城东社区");
        zhang = PairingSeeds.member(services, east, "张伟");
        long li = PairingSeeds.member(services, east, "李娜");
        grannyLi = PairingSeeds.household(services, east, "李秀英", "空巢老人");
        wang = PairingSeeds.household(services, east, "王建国", "困难家庭");
        services.pairings().pair(zhang, grannyLi, TODAY.minusDays(40)); // overdue: 空巢老人 30 days
        services.pairings().pair(li, wang, TODAY.minusDays(10));
        Pairing ended = services.pairings().pair(li, grannyLi, TODAY.minusDays(90));
        services.pairings().end(ended.id(), TODAY.minusDays(60), "党员调离");
        dialogs = new ScriptedDialogs();
        scope = new CommunityScope();
        viewModel = new PairingsViewModel(services.pairings(), services.stats(), new ImmediateTaskRunner(), dialogs, scope);
        scope.replaceAll(services.communities().list(false));
        scope.selectedProperty().set(new Community(east, "城东社区", false));
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void filtersByStateOverdueAndSearch() {
        assertEquals(3, viewModel.all().size());
        assertEquals(2, viewModel.shown().size(), "active ones by default");
        viewModel.statusProperty().set(StatusFilter.ENDED);
        assertEquals(1, viewModel.shown().size());
        assertEquals("党员调离", viewModel.shown().get(0).pairing().endReason());
        viewModel.statusProperty().set(StatusFilter.ALL);
        assertEquals(3, viewModel.shown().size());
        viewModel.overdueOnlyProperty().set(true);
        assertEquals(1, viewModel.shown().size());
        assertEquals("张伟", viewModel.shown().get(0).memberName());
        viewModel.overdueOnlyProperty().set(false);
        viewModel.searchProperty().set("王建");
        assertEquals(1, viewModel.shown().size());
        viewModel.searchProperty().set("困难");
        assertEquals(1, viewModel.shown().size(), "categories are searched too");
        viewModel.searchProperty().set("3栋");
        assertEquals(3, viewModel.shown().size(), "and addresses");
        assertEquals(0, dialogs.errors().size());
    }

    @Test
    void pairingThroughTheFormSelectsTheNewPairingAndARefusalStaysInTheForm() {
        viewModel.startPair();
        assertEquals(Mode.PAIR, viewModel.modeProperty().get());
        assertEquals(2, viewModel.members().size());
        assertEquals(2, viewModel.households().size());
        viewModel.savePair();
        assertEquals(Messages.get("pairing.form.memberRequired"), viewModel.formErrorProperty().get());

        viewModel.pairMemberProperty().set(viewModel.members().stream().filter(m -> m.id() == zhang).findFirst().orElseThrow());
        viewModel.pairHouseholdProperty().set(viewModel.households().stream().filter(h -> h.id() == wang).findFirst().orElseThrow());
        viewModel.savePair();
        assertEquals(Mode.DETAIL, viewModel.modeProperty().get());
        PairingOverview chosen = viewModel.selectedProperty().get();
        assertEquals("王建国", chosen.householdHead());
        assertEquals(chosen.id(), viewModel.detailProperty().get().overview().id());
        assertTrue(viewModel.feedbackProperty().get().contains("王建国"));

        viewModel.startPair();
        viewModel.pairMemberProperty().set(viewModel.members().stream().filter(m -> m.id() == zhang).findFirst().orElseThrow());
        viewModel.pairHouseholdProperty().set(viewModel.households().stream().filter(h -> h.id() == wang).findFirst().orElseThrow());
        viewModel.savePair();
        assertEquals(Mode.PAIR, viewModel.modeProperty().get(), "the form stays open");
        assertTrue(viewModel.formErrorProperty().get().contains("已有进行中的结对"), viewModel.formErrorProperty().get());
    }

    @Test
    void helpRecordWithAValueShowsInTheDetailAndItsLedgerLine() {
        viewModel.selectedProperty().set(viewModel.shown().stream().filter(p -> p.memberName().equals("张伟")).findFirst().orElseThrow());
        viewModel.startHelp();
        assertEquals(Mode.HELP, viewModel.modeProperty().get());
        assertTrue(viewModel.categories().contains("生活物品"));
        viewModel.helpContentProperty().set("送米送油");
        viewModel.helpValueProperty().set("12元3角");
        viewModel.saveHelp();
        assertEquals(Mode.HELP, viewModel.modeProperty().get());
        assertTrue(viewModel.formErrorProperty().get().contains("12元3角"), viewModel.formErrorProperty().get());

        viewModel.helpValueProperty().set("￥1,200.5");
        viewModel.helpKindProperty().set(FundKind.CASH);
        viewModel.saveHelp();
        assertEquals(Mode.DETAIL, viewModel.modeProperty().get(), viewModel.formErrorProperty().get());
        assertEquals(1, viewModel.helpRows().size());
        assertEquals(new BigDecimal("1200.50"), viewModel.helpRows().get(0).amount());
        assertEquals(1, viewModel.fundRows().size());
        assertEquals(FundKind.CASH, viewModel.fundRows().get(0).kind());
        assertEquals(TODAY, viewModel.selectedProperty().get().lastContact());
        assertTrue(!viewModel.selectedProperty().get().overdue(), "the help record ends the overdue state");
    }

    @Test
    void endingAndVisitingFromTheDetail() {
        PairingOverview li = viewModel.shown().stream().filter(p -> p.householdHead().equals("王建国")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(li);
        viewModel.startVisit();
        viewModel.visitNoteProperty().set("了解孩子上学情况");
        viewModel.saveVisit();
        assertEquals(1, viewModel.visitRows().size());
        assertEquals("了解孩子上学情况", viewModel.visitRows().get(0).note());

        viewModel.startEnd();
        assertEquals(Mode.END, viewModel.modeProperty().get());
        viewModel.saveEnd();
        assertEquals(Messages.get("pairing.error.reasonRequired"), viewModel.formErrorProperty().get());
        viewModel.endReasonProperty().set("对象搬迁");
        viewModel.saveEnd();
        assertEquals(Mode.DETAIL, viewModel.modeProperty().get());
        assertNotNull(viewModel.selectedProperty().get(), "the ended pairing stays chosen (the filter widens to show it)");
        assertEquals(StatusFilter.ALL, viewModel.statusProperty().get());
        assertEquals("对象搬迁", viewModel.selectedProperty().get().pairing().endReason());
    }

    @Test
    void allCommunitiesListsEverythingButCannotPair() {
        scope.selectedProperty().set(null);
        assertEquals(3, viewModel.all().size());
        viewModel.startPair();
        assertEquals(Mode.DETAIL, viewModel.modeProperty().get());
        assertEquals(Messages.get("pairing.chooseCommunity"), viewModel.feedbackProperty().get());
        assertNull(viewModel.detailProperty().get());
    }
}
