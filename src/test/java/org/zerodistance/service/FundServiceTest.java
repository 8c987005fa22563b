package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.AUDIT_LOG;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.FundTotals;
import org.zerodistance.domain.Quarter;
import org.zerodistance.testutil.PairingSeeds;

class FundServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private Services services;
    private FundService funds;
    private long community;
    private long other;
    private long zhang;
    private long grannyLi;
    private long wangFamily;

    @BeforeEach
    void setUp() {
        services = PairingSeeds.servicesOn(TODAY);
        funds = services.funds();
        community = PairingSeeds.community(services, "城东社区");
        other = PairingSeeds.community(services, "城西社区");
        zhang = PairingSeeds.member(services, community, "张伟");
        grannyLi = PairingSeeds.household(services, community, "李秀英", "空巢老人");
        wangFamily = PairingSeeds.household(services, community, "王建国", "困难家庭");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void entriesAreStoredWithDonorNamesAndAudited() {
        FundEntry cash = funds.record(cash(community, LocalDate.of(2026, 7, 3), "500", grannyLi));
        FundEntry goods = funds.record(new FundEntryDraft(community, LocalDate.of(2026, 7, 4), FundKind.MATERIAL, "冬衣", "3件",
                new BigDecimal("240.00"), DonorKind.MEMBER, zhang, null, null, wangFamily, null, null, "冬季送温暖"));
        assertEquals("爱心企业", cash.donor());
        assertEquals("李秀英", cash.householdHead());
        assertEquals("张伟", goods.donor());
        assertEquals("测试员", goods.operator());
        assertEquals("城东社区", goods.communityName());
        int audited = services.database().read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("fund_entry")));
        assertEquals(2, audited);
    }

    @Test
    void materialsNeedDescriptionAndQuantityAndDonorsMustMatchTheirKind() {
        assertRefused("fund.error.descriptionRequired", new FundEntryDraft(community, TODAY, FundKind.MATERIAL, " ", "1袋",
                new BigDecimal("10"), DonorKind.ORGANISATION, null, null, "超市", null, null, null, null));
        assertRefused("fund.error.quantityRequired", new FundEntryDraft(community, TODAY, FundKind.MATERIAL, "大米", null,
                new BigDecimal("10"), DonorKind.ORGANISATION, null, null, "超市", null, null, null, null));
        assertRefused("fund.error.donor.organisation", new FundEntryDraft(community, TODAY, FundKind.CASH, null, null,
                new BigDecimal("10"), DonorKind.ORGANISATION, null, null, " ", null, null, null, null));
        assertRefused("fund.error.donor.member", new FundEntryDraft(community, TODAY, FundKind.CASH, null, null,
                new BigDecimal("10"), DonorKind.MEMBER, null, null, null, null, null, null, null));
        assertRefused("fund.error.householdOtherCommunity", cash(other, TODAY, "10", grannyLi));
        assertRefused("fund.error.dateInFuture", cash(community, TODAY.plusDays(1), "10", grannyLi));
        assertEquals(0, rows());
    }

    @Test
    void reversingEntryCancelsTheOriginalAndBothStayVisible() {
        FundEntry wrong = funds.record(cash(community, LocalDate.of(2026, 8, 1), "5000", grannyLi));
        funds.record(cash(community, LocalDate.of(2026, 8, 1), "500", grannyLi));

        FundEntry reversal = funds.reverse(wrong.id(), " 多输了一个零 ");
        assertTrue(reversal.isReversal());
        assertEquals(wrong.id(), reversal.reversesId());
        assertEquals("多输了一个零", reversal.reason());
        assertEquals(new BigDecimal("5000.00"), reversal.amount());
        assertEquals(new BigDecimal("-5000.00"), reversal.signedAmount());
        assertEquals(wrong.date(), reversal.date(), "the correction cancels the entry in the quarter it was counted");
        assertEquals("爱心企业", reversal.donor());

        List<FundEntry> ledger = funds.list(FundQuery.community(community));
        assertEquals(3, ledger.size(), "nothing is deleted");
        FundEntry original = ledger.stream().filter(e -> e.id() == wrong.id()).findFirst().orElseThrow();
        assertTrue(original.isReversed());
        assertEquals(reversal.id(), original.reversedById());
        assertEquals(new BigDecimal("5000.00"), original.amount(), "nothing is edited");

        assertEquals(new BigDecimal("500.00"), funds.totals(community, Quarter.parse("2026Q3")).cash());
        assertEquals(new BigDecimal("500.00"), FundTotals.of(ledger).cash(), "the screen's running total agrees with SQL");
    }

    @Test
    void anEntryIsReversedOnceAndAReversalIsNotReversed() {
        FundEntry entry = funds.record(cash(community, TODAY, "80", grannyLi));
        assertEquals("fund.error.reasonRequired", assertThrows(ServiceException.class, () -> funds.reverse(entry.id(), "  ")).messageKey());
        FundEntry reversal = funds.reverse(entry.id(), "重复录入");
        assertEquals("fund.error.alreadyReversed", assertThrows(ServiceException.class, () -> funds.reverse(entry.id(), "再冲一次")).messageKey());
        assertEquals("fund.error.reverseReversal", assertThrows(ServiceException.class, () -> funds.reverse(reversal.id(), "冲正冲正")).messageKey());
        assertEquals("fund.error.notFound", assertThrows(ServiceException.class, () -> funds.reverse(999_999, "不存在")).messageKey());
        assertEquals(2, rows());
    }

    @Test
    void totalsAreExactDecimalSums() {
        // 0.1 + 0.2 is not 0.3 in floating point; a thousand 0.01 entries must add to exactly 10.00
        for (int i = 0; i < 1000; i++) {
            funds.record(cash(community, LocalDate.of(2026, 7, 1 + i % 30), "0.01", grannyLi));
        }
        funds.record(cash(community, LocalDate.of(2026, 7, 2), "0.10", grannyLi));
        funds.record(cash(community, LocalDate.of(2026, 7, 2), "0.20", grannyLi));
        funds.record(new FundEntryDraft(community, LocalDate.of(2026, 8, 8), FundKind.MATERIAL, "轮椅", "1台",
                new BigDecimal("999999999.99"), DonorKind.ORGANISATION, null, null, "慈善总会", grannyLi, null, null, null));
        FundEntry mistake = funds.record(new FundEntryDraft(community, LocalDate.of(2026, 8, 9), FundKind.MATERIAL, "棉被", "2床",
                new BigDecimal("333.33"), DonorKind.ORGANISATION, null, null, "慈善总会", grannyLi, null, null, null));
        funds.reverse(mistake.id(), "录错了");

        FundTotals q3 = funds.totals(community, Quarter.parse("2026Q3"));
        assertEquals(new BigDecimal("10.30"), q3.cash());
        assertEquals(new BigDecimal("999999999.99"), q3.materials());
        assertEquals(new BigDecimal("1000000010.29"), q3.total());
    }

    @Test
    void quarterTotalsFollowQuarterBoundaries() {
        funds.record(cash(community, LocalDate.of(2026, 6, 30), "1.00", grannyLi)); // Q2
        funds.record(cash(community, LocalDate.of(2026, 7, 1), "2.00", grannyLi)); // Q3 first day
        funds.record(cash(community, LocalDate.of(2026, 9, 30), "4.00", grannyLi)); // Q3 last day
        funds.record(cash(community, LocalDate.of(2026, 10, 1), "8.00", grannyLi)); // Q4
        long westHousehold = PairingSeeds.household(services, other, "赵大爷", "独居老人");
        funds.record(cash(other, LocalDate.of(2026, 8, 15), "16.00", westHousehold));

        assertEquals(new BigDecimal("1.00"), funds.totals(community, Quarter.parse("2026Q2")).total());
        assertEquals(new BigDecimal("6.00"), funds.totals(community, Quarter.parse("2026Q3")).total());
        assertEquals(new BigDecimal("8.00"), funds.totals(community, Quarter.parse("2026Q4")).total());
        assertEquals(new BigDecimal("22.00"), funds.totals(null, Quarter.parse("2026Q3")).total(), "all communities");
        assertEquals(FundTotals.ZERO.total().setScale(2), funds.totals(community, Quarter.parse("2027Q1")).total());

        Map<Long, FundTotals> byCommunity = funds.totalsByCommunity(Quarter.parse("2026Q3"));
        assertEquals(new BigDecimal("6.00"), byCommunity.get(community).cash());
        assertEquals(new BigDecimal("16.00"), byCommunity.get(other).cash());
        assertEquals(2, funds.list(FundQuery.quarter(community, Quarter.parse("2026Q3"))).size());
    }

    @Test
    void filtersByKindDonorHouseholdAndDates() {
        funds.record(cash(community, LocalDate.of(2026, 7, 3), "100", grannyLi));
        funds.record(new FundEntryDraft(community, LocalDate.of(2026, 8, 3), FundKind.MATERIAL, "书包", "1个",
                new BigDecimal("60"), DonorKind.MEMBER, zhang, null, null, wangFamily, null, null, null));
        assertEquals(1, funds.list(new FundQuery(community, null, null, FundKind.MATERIAL, null, null, null, null)).size());
        assertEquals("张伟", funds.list(new FundQuery(community, null, null, null, "张", null, null, null)).get(0).donor());
        assertEquals(1, funds.list(new FundQuery(community, null, null, null, "爱心", null, null, null)).size());
        assertEquals(1, funds.list(new FundQuery(community, null, null, null, null, null, "王建", null)).size());
        assertEquals(2, funds.list(new FundQuery(community, null, null, null, null, null, "2单元", null)).size(), "address");
        assertEquals(1, funds.list(new FundQuery(community, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), null, null, null, null, null)).size());
        assertEquals(new BigDecimal("60.00"),
                funds.totals(new FundQuery(community, null, null, null, "张伟", null, null, null)).total());
        assertFalse(funds.list(FundQuery.household(grannyLi)).isEmpty());
    }

    private void assertRefused(String key, FundEntryDraft draft) {
        assertEquals(key, assertThrows(ServiceException.class, () -> funds.record(draft)).messageKey());
    }

    private int rows() {
        return services.database().read(ctx -> ctx.fetchCount(FUND_ENTRY));
    }

    private static FundEntryDraft cash(long communityId, LocalDate date, String amount, long householdId) {
        return new FundEntryDraft(communityId, date, FundKind.CASH, null, null, new BigDecimal(amount), DonorKind.ORGANISATION,
                null, null, "爱心企业", householdId, null, null, null);
    }
}
