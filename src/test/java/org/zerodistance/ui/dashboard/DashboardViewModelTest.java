package org.zerodistance.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Figure;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.QuarterData;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Navigator;

/** The dashboard's view model without a toolkit: figures follow the quarter and the toolbar's community; links navigate. */
class DashboardViewModelTest {

    private final CommunityScope scope = new CommunityScope();
    private final List<String> opened = new ArrayList<>();
    private final List<ListFilter> filters = new ArrayList<>();
    private Services services;
    private DashboardViewModel viewModel;

    @BeforeEach
    void setUp() {
        services = TestDatabases.freshServices();
        QuarterData.load(services.database());
        scope.replaceAll(services.communities().list(true));
        Navigator navigator = new Navigator() {
            @Override
            public boolean has(String sectionId) {
                return Set.of("wishes", "funds", "passbook").contains(sectionId);
            }

            @Override
            public void open(String sectionId, ListFilter filter) {
                opened.add(sectionId);
                filters.add(filter);
            }
        };
        viewModel = new DashboardViewModel(services.stats(), new ImmediateTaskRunner(), new ScriptedDialogs(), scope,
                navigator, LocalDate.of(2026, 11, 23));
    }

    @Test
    void offersTheCurrentQuarterFirstAndShowsTheChosenOnesFigures() {
        assertEquals("2026Q4", viewModel.quarterProperty().get().code());
        assertEquals(8, viewModel.quarters().size());
        viewModel.quarterProperty().set(QuarterData.Q);
        assertEquals("5", viewModel.valueText(Figure.MEMBERS));
        assertEquals("50.0%", viewModel.valueText(Figure.CLAIM_RATE));
        assertEquals("1,000.00", viewModel.valueText(Figure.FUNDS_CASH));
        assertEquals("13", viewModel.valueText(Figure.POINTS));
        assertTrue(viewModel.periodProperty().get().contains("2026-07-01"));
    }

    @Test
    void followsTheCommunityChosenInTheToolbar() {
        viewModel.quarterProperty().set(QuarterData.Q);
        Community east = scope.communities().stream().filter(c -> c.name().equals(QuarterData.EAST)).findFirst().orElseThrow();
        scope.selectedProperty().set(east);
        assertEquals("4", viewModel.valueText(Figure.MEMBERS));
        assertEquals(List.of("CLAIMED", "FULFILLED", "CANCELLED"),
                viewModel.wishSlices().stream().map(java.util.Map.Entry::getKey).toList());
    }

    @Test
    void figuresLinkToTheirListFilteredWhereTheScreenExists() {
        viewModel.quarterProperty().set(QuarterData.Q);
        assertTrue(viewModel.canOpen(Figure.WISHES_FULFILLED));
        assertFalse(viewModel.canOpen(Figure.MEMBERS), "no members screen in this build: shown, not linked");
        viewModel.open(Figure.WISHES_FULFILLED);
        viewModel.open(Figure.MEMBERS);
        viewModel.openFunds(YearMonth.of(2026, 8));
        viewModel.openMember(1);
        assertEquals(List.of("wishes", "funds", "passbook"), opened);
        assertEquals(new ListFilter(Figure.WISHES_FULFILLED, QuarterData.Q, null, null), filters.get(0));
        assertEquals("2026-08", filters.get(1).detail());
        assertEquals("1", filters.get(2).detail());
    }
}
