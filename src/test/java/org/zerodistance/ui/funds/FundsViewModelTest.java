package org.zerodistance.ui.funds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.PairingSeeds;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;
import org.zerodistance.ui.funds.FundsViewModel.KindFilter;

/** The ledger screen's filters, shown total, entry form and reversal, without a toolkit. */
class FundsViewModelTest {

    private static final LocalDate TODAY = LocalDate.now();

    private Services services;
    private FundsViewModel viewModel;
    private ScriptedDialogs dialogs;
    private CommunityScope scope;
    private long east;
    private long grannyLi;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = PairingSeeds.servicesOn(TODAY);
        east = PairingSeeds.community(services, "城东社区");
        long zhang = PairingSeeds.member(services, east, "张伟");
        grannyLi = PairingSeeds.household(services, east, "李秀英", "空巢老人");
        services.funds().record(new FundEntryDraft(east, TODAY.minusDays(30), FundKind.CASH, null, null, new BigDecimal("0.10"),
                DonorKind.ORGANISATION, null, null, "爱心超市", grannyLi, null, null, null));
        services.funds().record(new FundEntryDraft(east, TODAY.minusDays(10), FundKind.MATERIAL, "棉被", "2床", new BigDecimal("0.20"),
                DonorKind.MEMBER, zhang, null, null, grannyLi, null, null, null));
        dialogs = new ScriptedDialogs();
        scope = new CommunityScope();
        viewModel = new FundsViewModel(services.funds(), new ImmediateTaskRunner(), dialogs, scope);
        scope.replaceAll(services.communities().list(false));
        scope.selectedProperty().set(new Community(east, "城东社区", false));
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void theShownTotalFollowsTheFilters() {
        assertEquals(2, viewModel.rows().size());
        assertEquals(new BigDecimal("0.30"), viewModel.shownTotalsProperty().get().total());
        viewModel.kindFilterProperty().set(KindFilter.MATERIAL);
        assertEquals(1, viewModel.rows().size());
        assertEquals(new BigDecimal("0.20"), viewModel.shownTotalsProperty().get().total());
        viewModel.kindFilterProperty().set(KindFilter.ALL);
        viewModel.donorFilterProperty().set("超市");
        assertEquals(new BigDecimal("0.10"), viewModel.shownTotalsProperty().get().total());
        viewModel.clearFilters();
        viewModel.fromProperty().set(TODAY.minusDays(15));
        assertEquals(1, viewModel.rows().size());
        viewModel.toProperty().set(TODAY.minusDays(20));
        assertEquals(Messages.get("fund.error.dateRange"), viewModel.filterErrorProperty().get());
        viewModel.clearFilters();
        assertEquals("", viewModel.filterErrorProperty().get());
        assertEquals(2, viewModel.rows().size());
    }

    @Test
    void theFormExplainsWhatIsMissingAndAppendsAnEntry() {
        viewModel.save();
        assertEquals(Messages.get("fund.error.amountPositive"), viewModel.formErrorProperty().get());
        viewModel.amountProperty().set("500");
        viewModel.save();
        assertEquals(Messages.get("fund.error.donor.organisation"), viewModel.formErrorProperty().get());
        viewModel.kindProperty().set(FundKind.MATERIAL);
        viewModel.donorNameProperty().set("街道慈善会");
        viewModel.save();
        assertEquals(Messages.get("fund.error.descriptionRequired"), viewModel.formErrorProperty().get());
        viewModel.descriptionProperty().set("米面油");
        viewModel.quantityProperty().set("10 套");
        viewModel.householdProperty().set(viewModel.households().get(0));
        viewModel.save();
        assertEquals("", viewModel.formErrorProperty().get());
        assertEquals(3, viewModel.rows().size());
        assertEquals(new BigDecimal("500.30"), viewModel.shownTotalsProperty().get().total());
        assertEquals("", viewModel.amountProperty().get(), "the form is ready for the next entry");
        FundEntry added = viewModel.rows().get(viewModel.rows().size() - 1);
        assertEquals("街道慈善会", added.donor());
        assertEquals("10 套", added.quantity());
    }

    @Test
    void reversingAsksForAReasonAndKeepsBothLines() {
        FundEntry first = viewModel.rows().get(0);
        viewModel.reverse(first); // cancelled: nothing happens
        assertEquals(2, viewModel.rows().size());
        dialogs.answerText("录错了");
        viewModel.reverse(first);
        assertEquals(3, viewModel.rows().size());
        assertTrue(viewModel.rows().stream().anyMatch(e -> e.id() == first.id() && e.isReversed()));
        assertEquals(new BigDecimal("0.20"), viewModel.shownTotalsProperty().get().total());
        assertTrue(viewModel.feedbackProperty().get().contains("冲正"));
        dialogs.answerText("再冲一次");
        viewModel.reverse(viewModel.rows().stream().filter(FundEntry::isReversal).findFirst().orElseThrow());
        assertEquals(3, viewModel.rows().size(), "a reversing entry is not offered for reversal");
        assertEquals(List.of(), dialogs.errorKeys());
    }
}
