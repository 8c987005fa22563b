package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.zerodistance.testutil.QuarterData.EAST;
import static org.zerodistance.testutil.QuarterData.EAST_FIGURES;
import static org.zerodistance.testutil.QuarterData.EAST_ID;
import static org.zerodistance.testutil.QuarterData.Q;
import static org.zerodistance.testutil.QuarterData.WEST;
import static org.zerodistance.testutil.QuarterData.WEST_FIGURES;
import static org.zerodistance.testutil.QuarterData.WEST_ID;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.CommunityFigures;
import org.zerodistance.domain.Dashboard;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.testutil.QuarterData;
import org.zerodistance.testutil.TestDatabases;

/** The summary figures on a hand-made data set whose answers were counted by hand (see {@link QuarterData}). */
class StatsServiceTest {

    private Services services;

    @BeforeEach
    void load() {
        services = TestDatabases.freshServices();
        QuarterData.load(services.database());
    }

    @Test
    void oneCommunitysFiguresAreTheHandCountedOnes() {
        assertEquals(EAST_FIGURES, services.stats().figures(Q, EAST_ID));
        assertEquals(WEST_FIGURES, services.stats().figures(Q, WEST_ID));
    }

    @Test
    void ratesAreWorkedOutFromTheCounts() {
        QuarterFigures east = services.stats().figures(Q, EAST_ID);
        assertEquals(1 / 3.0, east.visitRate(), 1e-9);
        assertEquals(2 / 3.0, east.recognitionRate(), 1e-9);
        assertEquals(3 / 5.0, east.claimRate(), 1e-9);
        assertEquals(2 / 5.0, east.fulfilmentRate(), 1e-9);
        assertEquals(new BigDecimal("1250.50"), east.fundsTotal());
        assertEquals(0, QuarterFigures.ZERO.claimRate(), "no wishes: a rate of 0, not a division by zero");
    }

    @Test
    void allCommunitiesAreTheSumOfEachAndLeaveArchivedOnesOut() {
        List<CommunityFigures> rows = services.stats().figuresByCommunity(Q, null);
        assertEquals(List.of(EAST, WEST), rows.stream().map(r -> r.community().name()).toList(), "archived 老城社区 left out, name order");
        QuarterFigures all = services.stats().figures(Q, null);
        assertEquals(EAST_FIGURES.plus(WEST_FIGURES), all);
        assertEquals(5, all.members());
        assertEquals(new BigDecimal("13.00"), all.points());
    }

    @Test
    void anotherQuarterCountsOtherRecords() {
        QuarterFigures q4 = services.stats().figures(Quarter.parse("2026Q4"), EAST_ID);
        assertEquals(1, q4.serviceRecords());
        assertEquals(new BigDecimal("999.00"), q4.fundsCash());
        assertEquals(1, q4.helpRecords());
        assertEquals(1, q4.pairsNew());
        assertEquals(0, q4.wishesCollected());
    }

    @Test
    void aDashboardIsWorkedOutAgainOnlyAfterAWrite() {
        Dashboard first = services.stats().dashboard(Q, EAST_ID);
        assertSame(first, services.stats().dashboard(Q, EAST_ID), "nothing written since: the same answer, not H2's seconds again");
        assertEquals(EAST_FIGURES.plus(WEST_FIGURES), services.stats().dashboard(Q, null).figures(), "another scope is its own");

        services.members().add(EAST_ID, new MemberDraft("新来的", IdNumbers.valid(9901), null, "市财政局", null, List.of(),
                Q.firstDay().plusDays(3), MemberStatus.ACTIVE, null, null));

        Dashboard after = services.stats().dashboard(Q, EAST_ID);
        assertEquals(EAST_FIGURES.members() + 1, after.figures().members(), "the new member is counted at once");
        assertEquals(EAST_FIGURES.newMembers() + 1, after.figures().newMembers());
    }

    @Test
    void dashboardChartsShowTheQuartersWishesFundsByMonthAndTopMembers() {
        Dashboard dashboard = services.stats().dashboard(Q, EAST_ID);
        assertEquals(EAST_FIGURES, dashboard.figures());
        assertEquals(Map.of("FULFILLED", 2L, "CLAIMED", 2L, "CANCELLED", 1L), dashboard.wishesByStatus());
        assertEquals(List.of(
                new Dashboard.MonthFunds(YearMonth.of(2026, 7), new BigDecimal("1000.00"), new BigDecimal("0.00")),
                new Dashboard.MonthFunds(YearMonth.of(2026, 8), new BigDecimal("0.00"), new BigDecimal("250.50")),
                new Dashboard.MonthFunds(YearMonth.of(2026, 9), new BigDecimal("0.00"), new BigDecimal("0.00"))),
                dashboard.fundsByMonth());
        assertEquals(List.of("张伟", "李娜"), dashboard.topMembers().stream().map(Dashboard.MemberPoints::name).toList());
        assertEquals(new BigDecimal("6.00"), dashboard.topMembers().get(0).points());
        assertEquals(new BigDecimal("4.00"), dashboard.topMembers().get(1).points());
    }

    @Test
    void dashboardOfAllCommunitiesEqualsTheSumOfTheReportRows() {
        Dashboard dashboard = services.stats().dashboard(Q, null);
        QuarterFigures rows = QuarterFigures.sum(services.stats().figuresByCommunity(Q, List.of())
                .stream().map(CommunityFigures::figures).toList());
        assertEquals(rows, dashboard.figures());
        assertEquals(3, dashboard.topMembers().size(), "孙丽 of 城西 too; 周杰 of the archived community not");
    }

    @Test
    void anUnknownCommunityIsRefused() {
        ServiceException refused = assertThrows(ServiceException.class, () -> services.stats().figures(Q, 999L));
        assertEquals("community.error.notFound", refused.messageKey());
    }

    @Test
    void anEmptyDatabaseGivesZeros() {
        Services empty = TestDatabases.freshServices();
        assertEquals(QuarterFigures.ZERO, empty.stats().figures(Q, null));
        Dashboard dashboard = empty.stats().dashboard(Q, null);
        assertEquals(3, dashboard.fundsByMonth().size());
        assertEquals(List.of(), dashboard.topMembers());
    }
}
