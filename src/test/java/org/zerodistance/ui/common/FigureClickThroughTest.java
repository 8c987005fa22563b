package org.zerodistance.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.testutil.QuarterData.EAST;
import static org.zerodistance.testutil.QuarterData.Q;
import static org.zerodistance.testutil.QuarterData.WEST;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Dashboard;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.QuarterData;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.funds.FundsViewModel;
import org.zerodistance.ui.households.HouseholdsViewModel;
import org.zerodistance.ui.members.MembersViewModel;
import org.zerodistance.ui.pairings.PairingsViewModel;
import org.zerodistance.ui.passbook.PassbookViewModel;
import org.zerodistance.ui.passbook.StatementRow;
import org.zerodistance.ui.teams.TeamsViewModel;
import org.zerodistance.ui.wishes.WishesViewModel;

/**
 * Every dashboard figure with a list screen, opened filtered on the hand-counted quarter ({@link QuarterData}): the
 * list shows as many records as the figure counts (for funds: lines whose total is the figure), for one community and
 * for all, with the banner; clearing brings the whole list back.
 */
class FigureClickThroughTest {

    private final CommunityScope scope = new CommunityScope();
    private final TaskRunner tasks = new ImmediateTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Services services;
    private Community east;
    private Community west;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        QuarterData.load(services.database());
        scope.replaceAll(services.communities().list(true));
        east = community(EAST);
        west = community(WEST);
    }

    @AfterEach
    void noErrors() {
        assertEquals(List.of(), dialogs.errors(), "no error shown");
    }

    private Community community(String name) {
        return scope.communities().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private long figure(Figure figure, Community community) {
        QuarterFigures figures = services.stats().figures(Q, community == null ? null : community.id());
        return FigureFilter.listed(figure).valueOf(figures).longValue();
    }

    /** For each community choice (城东, 城西, all): the list's size after the filter equals the figure. */
    private void eachScope(Figure figure, java.util.function.Consumer<ListFilter> apply, IntSupplier shown, FigureFilter filter) {
        for (Community community : new Community[] {east, west, null}) {
            scope.selectedProperty().set(community);
            apply.accept(new ListFilter(figure, Q, community, null));
            assertEquals(figure(figure, community), shown.getAsInt(), figure + " in " + (community == null ? "all" : community.name()));
            assertTrue(filter.bannerProperty().get().startsWith("已筛选：2026年第3季度 · "), filter.bannerProperty().get());
            assertTrue(filter.bannerProperty().get().contains("共 " + shown.getAsInt() + " 条"), filter.bannerProperty().get());
        }
    }

    @Test
    void membersShowExactlyTheMembersTheFigureCounts() {
        MembersViewModel vm = new MembersViewModel(services.members(), services.vocabulary(), services.stats(), tasks, dialogs, scope);
        vm.load();
        for (Figure figure : List.of(Figure.MEMBERS, Figure.NEW_MEMBERS)) {
            eachScope(figure, vm::applyFigureFilter, () -> vm.rows().size(), vm.figureFilter());
        }
        scope.selectedProperty().set(east);
        vm.applyFigureFilter(new ListFilter(Figure.MEMBERS, Q, east, null));
        assertEquals(java.util.Set.of("张伟", "李娜", "陈静", "杨敏"),
                vm.rows().stream().map(r -> r.member().name()).collect(java.util.stream.Collectors.toSet()),
                "registered by the end and serving then; 刘洋 left in the quarter, 王强 came later, 赵磊 is archived");
        assertEquals("已筛选：2026年第3季度 · 在册党员（城东社区）· 共 4 条", vm.figureFilter().bannerProperty().get());

        vm.queryProperty().set("张");
        assertEquals(1, vm.rows().size(), "the search narrows the figure's members");
        assertTrue(vm.figureFilter().isActive());
        vm.queryProperty().set("");

        vm.clearFigureFilter();
        assertFalse(vm.figureFilter().isActive());
        assertEquals("", vm.figureFilter().bannerProperty().get());
        assertEquals(6, vm.rows().size(), "every current member of 城东 again");
    }

    @Test
    void householdsShowTheCurrentVisitedAndRecognisedOnes() {
        HouseholdsViewModel vm = new HouseholdsViewModel(services.households(), services.members(), services.vocabulary(),
                services.stats(), tasks, dialogs, scope);
        vm.load();
        for (Figure figure : List.of(Figure.HOUSEHOLDS, Figure.HOUSEHOLDS_VISITED, Figure.VISIT_RATE,
                Figure.HOUSEHOLDS_VISITED_EVER, Figure.RECOGNITION_RATE)) {
            eachScope(figure, vm::applyFigureFilter, () -> vm.rows().size(), vm.figureFilter());
        }
        scope.selectedProperty().set(east);
        vm.applyFigureFilter(new ListFilter(Figure.HOUSEHOLDS_VISITED, Q, east, null));
        assertEquals(List.of("李秀英"), vm.rows().stream().map(r -> r.summary().household().headName()).toList());
        vm.clearFigureFilter();
        assertEquals(3, vm.rows().size());
    }

    @Test
    void wishesShowTheQuarterCohortInEveryStatusAndAPieSliceInItsTab() {
        WishesViewModel vm = new WishesViewModel(services.wishes(), services.vocabulary(), services.stats(), tasks, dialogs, scope);
        vm.load();
        for (Figure figure : List.of(Figure.WISHES_COLLECTED, Figure.WISHES_CLAIMED, Figure.GROUP_CLAIMS,
                Figure.WISHES_FULFILLED, Figure.CLAIM_RATE, Figure.FULFILMENT_RATE)) {
            eachScope(figure, vm::applyFigureFilter, () -> vm.rows().size(), vm.figureFilter());
            assertEquals(null, vm.statusTabProperty().get(), "every status shows");
        }
        scope.selectedProperty().set(east);
        Dashboard dashboard = services.stats().dashboard(Q, east.id());
        for (var slice : dashboard.wishesByStatus().entrySet()) {
            vm.applyFigureFilter(new ListFilter(Figure.WISHES_COLLECTED, Q, east, slice.getKey()));
            assertEquals(WishStatus.valueOf(slice.getKey()), vm.statusTabProperty().get());
            assertEquals(slice.getValue().intValue(), vm.rows().size(), "slice " + slice.getKey());
            assertTrue(vm.figureFilter().bannerProperty().get().contains("共 " + slice.getValue() + " 条"));
        }
        vm.applyFigureFilter(new ListFilter(Figure.WISHES_COLLECTED, Q, east, "CLAIMED"));
        assertEquals(List.of(2L, 3L), vm.rows().stream().map(r -> r.id()).sorted().toList(), "collected in the quarter, claimed now");

        vm.clearFigureFilter();
        assertEquals(WishStatus.CLAIMED, vm.statusTabProperty().get(), "the tab the clerk was on");
        assertEquals(2, vm.rows().size(), "every claimed wish of 城东 (5 was collected before the quarter but is fulfilled)");
        assertEquals("", vm.figureFilter().bannerProperty().get());
    }

    @Test
    void pairingsShowTheActiveAndNewOnesEndedIncluded() {
        PairingsViewModel vm = new PairingsViewModel(services.pairings(), services.stats(), tasks, dialogs, scope);
        vm.load();
        for (Figure figure : List.of(Figure.PAIRS_ACTIVE, Figure.PAIRS_NEW)) {
            eachScope(figure, vm::applyFigureFilter, () -> vm.shown().size(), vm.figureFilter());
        }
        scope.selectedProperty().set(east);
        vm.applyFigureFilter(new ListFilter(Figure.PAIRS_NEW, Q, east, null));
        assertEquals(List.of(2L, 4L), vm.shown().stream().map(p -> p.id()).sorted().toList());

        vm.applyFigureFilter(new ListFilter(Figure.HELP_RECORDS, Q, east, null));
        assertFalse(vm.figureFilter().isActive(), "help records have no list here: the pairings open unfiltered");
        vm.clearFigureFilter();
        assertEquals(PairingsViewModel.StatusFilter.ACTIVE, vm.statusProperty().get());
    }

    @Test
    void teamsShowThoseServingAtTheQuartersEnd() {
        TeamsViewModel vm = new TeamsViewModel(services.teams(), services.vocabulary(), services.stats(), tasks, dialogs, scope);
        vm.load();
        eachScope(Figure.TEAMS, vm::applyFigureFilter, () -> vm.rows().size(), vm.figureFilter());
        scope.selectedProperty().set(east);
        vm.applyFigureFilter(new ListFilter(Figure.TEAMS, Q, east, null));
        assertEquals(List.of(1L, 4L), vm.rows().stream().map(t -> t.id()).sorted().toList());
        vm.clearFigureFilter();
        assertEquals(4, vm.rows().size());
    }

    @Test
    void fundsShowTheLinesWhoseTotalIsTheFigure() {
        FundsViewModel vm = new FundsViewModel(services.funds(), tasks, dialogs, scope);
        vm.load();
        for (Community community : new Community[] {east, west, null}) {
            scope.selectedProperty().set(community);
            QuarterFigures figures = services.stats().figures(Q, community == null ? null : community.id());
            vm.applyFigureFilter(new ListFilter(Figure.FUNDS_CASH, Q, community, null));
            assertEquals(figures.fundsCash(), vm.shownTotalsProperty().get().cash());
            assertEquals(BigDecimal.ZERO.setScale(2), vm.shownTotalsProperty().get().materials(), "cash only");
            vm.applyFigureFilter(new ListFilter(Figure.FUNDS_MATERIALS, Q, community, null));
            assertEquals(figures.fundsMaterials(), vm.shownTotalsProperty().get().total());
            vm.applyFigureFilter(new ListFilter(Figure.FUNDS_TOTAL, Q, community, null));
            assertEquals(figures.fundsTotal(), vm.shownTotalsProperty().get().total());
            assertTrue(vm.figureFilter().bannerProperty().get().endsWith("合计 " + Money.format(figures.fundsTotal())),
                    vm.figureFilter().bannerProperty().get());
        }
        scope.selectedProperty().set(east);
        vm.applyFigureFilter(new ListFilter(Figure.FUNDS_TOTAL, Q, east, null));
        assertEquals(4, vm.rows().size(), "three entries and the reversal of one; entry 5 is after the quarter");
        assertEquals(Q.firstDay(), vm.fromProperty().get());

        for (Dashboard.MonthFunds month : services.stats().dashboard(Q, east.id()).fundsByMonth()) {
            vm.applyFigureFilter(new ListFilter(Figure.FUNDS_TOTAL, Q, east, month.month().toString()));
            assertEquals(month.cash().add(month.materials()), vm.shownTotalsProperty().get().total(), month.month().toString());
        }
        assertTrue(vm.figureFilter().bannerProperty().get().contains("2026年9月"), vm.figureFilter().bannerProperty().get());

        vm.applyFigureFilter(new ListFilter(Figure.FUNDS_TOTAL, Q, east, YearMonth.of(2026, 8).toString()));
        assertEquals(3, vm.rows().size());
        vm.toProperty().set(Q.lastDay());
        assertFalse(vm.figureFilter().isActive(), "other dates than the figure's end the filter");
        vm.clearFigureFilter();
        assertEquals(null, vm.fromProperty().get());
        assertEquals(5, vm.rows().size(), "every line of 城东");
    }

    @Test
    void aBarOfThePointsChartShowsThatMembersQuarter() {
        PassbookViewModel vm = new PassbookViewModel(services.passbook(), tasks, dialogs,
                (title, name, filter, extension) -> Optional.empty(), scope);
        scope.selectedProperty().set(east);
        vm.load();
        for (Dashboard.MemberPoints top : services.stats().dashboard(Q, east.id()).topMembers()) {
            vm.applyFigureFilter(new ListFilter(Figure.POINTS, Q, east, String.valueOf(top.memberId())));
            assertEquals(top.memberId(), vm.memberProperty().get().id());
            List<StatementRow> entries = vm.rows().stream().filter(r -> r.type() == StatementRow.Type.ENTRY).toList();
            assertTrue(entries.stream().allMatch(r -> Q.contains(r.date())));
            assertEquals(0, top.points().compareTo(entries.stream().map(StatementRow::points).reduce(BigDecimal.ZERO, BigDecimal::add)),
                    top.name());
            assertTrue(vm.figureFilter().bannerProperty().get().contains(top.name()), vm.figureFilter().bannerProperty().get());
        }
        vm.applyFigureFilter(new ListFilter(Figure.POINTS, Q, east, "1"));
        assertEquals(2, vm.rows().stream().filter(r -> r.type() == StatementRow.Type.ENTRY).count(), "张伟's entries of 2026Q3");
        vm.clearFigureFilter();
        assertFalse(vm.figureFilter().isActive());
        assertTrue(vm.rows().stream().anyMatch(r -> r.type() == StatementRow.Type.ENTRY && !Q.contains(r.date())),
                "the whole passbook again, 2026Q4's visit included");
        assertTrue(vm.rows().stream().anyMatch(r -> r.type() == StatementRow.Type.TOTAL));
    }
}
