package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.HELP_RECORD;
import static org.zerodistance.persistence.jooq.Tables.PAIRING;
import static org.zerodistance.persistence.jooq.Tables.POINTS_RULE;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;
import static org.zerodistance.persistence.jooq.Tables.VISIT;
import static org.zerodistance.persistence.jooq.Tables.WISH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.Condition;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.HelpRecord;
import org.zerodistance.domain.HelpRecordDraft;
import org.zerodistance.domain.HouseholdHelpHistory;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.Pairing;
import org.zerodistance.domain.PairingDetail;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.Visit;
import org.zerodistance.persistence.PairingRepository;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.PairingSeeds;

class PairingServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

    private Services services;
    private PairingService pairings;
    private long community;
    private long zhang;
    private long li;
    private long grannyLi;
    private long wangFamily;

    @BeforeEach
    void setUp() {
        services = PairingSeeds.servicesOn(TODAY);
        pairings = services.pairings();
        community = PairingSeeds.community(services, "城东社区");
        zhang = PairingSeeds.member(services, community, "张伟");
        li = PairingSeeds.member(services, community, "李娜");
        grannyLi = PairingSeeds.household(services, community, "李秀英", "空巢老人");
        wangFamily = PairingSeeds.household(services, community, "王建国", "困难家庭");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void pairingIsListedAsActiveWithNamesAndInterval() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(3));
        assertTrue(p.active());
        List<PairingOverview> list = pairings.list(community);
        assertEquals(1, list.size());
        PairingOverview row = list.get(0);
        assertEquals("张伟", row.memberName());
        assertEquals("李秀英", row.householdHead());
        assertEquals("3栋2单元401", row.householdAddress());
        assertEquals("城东社区", row.communityName());
        assertEquals(List.of("空巢老人"), row.categories());
        assertEquals(30, row.intervalDays());
        assertFalse(row.overdue());
        assertEquals(1, pairings.list(null).size(), "all communities");
    }

    @Test
    void onlyOneActivePairingPerMemberAndHousehold() {
        Pairing first = pairings.pair(zhang, grannyLi, TODAY.minusDays(30));
        DomainException refused = assertThrows(DomainException.class, () -> pairings.pair(zhang, grannyLi, TODAY));
        assertEquals("pairing.error.alreadyActive", refused.messageKey());
        assertEquals(1, count(PAIRING, PAIRING.MEMBER_ID.eq(zhang)), "the refused pairing left no row");

        // several pairs per member and per household are fine
        pairings.pair(zhang, wangFamily, TODAY);
        pairings.pair(li, grannyLi, TODAY);

        // once ended, the same two may pair again, and the ended pairing stays listed
        pairings.end(first.id(), TODAY.minusDays(1), "对象搬迁");
        Pairing again = pairings.pair(zhang, grannyLi, TODAY);
        assertTrue(again.active());
        List<PairingOverview> both = pairings.list(community).stream()
                .filter(o -> o.pairing().memberId() == zhang && o.pairing().householdId() == grannyLi).toList();
        assertEquals(2, both.size());
        assertEquals(1, both.stream().filter(PairingOverview::active).count());
    }

    @Test
    void twoClerksPairingTheSameTwoAtOnceMakeOnlyOneActivePairing() throws Exception {
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Callable<Boolean> attempt = () -> {
                start.await();
                try {
                    pairings.pair(zhang, grannyLi, TODAY);
                    return true;
                } catch (ServiceException e) {
                    assertEquals("pairing.error.alreadyActive", e.messageKey());
                    return false;
                }
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            if (result.get()) {
                succeeded++;
            }
        }
        pool.shutdown();
        assertEquals(1, succeeded);
        assertEquals(1, count(PAIRING, PAIRING.MEMBER_ID.eq(zhang).and(PAIRING.END_DATE.isNull())));
    }

    @Test
    void pairingIsRefusedAcrossCommunitiesForMembersWhoLeftAndInTheFuture() {
        long other = PairingSeeds.community(services, "城西社区");
        long elsewhere = PairingSeeds.household(services, other, "赵大爷", "独居老人");
        assertEquals("pairing.error.otherCommunity",
                assertThrows(ServiceException.class, () -> pairings.pair(zhang, elsewhere, TODAY)).messageKey());
        long movedOut = PairingSeeds.member(services, Members.aMember().inCommunity(community).withName("钱进")
                .withStatus(MemberStatus.MOVED_OUT).build());
        assertEquals("pairing.error.memberInactive",
                assertThrows(ServiceException.class, () -> pairings.pair(movedOut, grannyLi, TODAY)).messageKey());
        assertEquals("pairing.error.startInFuture",
                assertThrows(ServiceException.class, () -> pairings.pair(zhang, grannyLi, TODAY.plusDays(1))).messageKey());
        assertEquals(0, count(PAIRING, PAIRING.ID.isNotNull()));
    }

    @Test
    void endingNeedsAReasonADateWithinRangeAndHappensOnce() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(10));
        assertEquals("pairing.error.reasonRequired",
                assertThrows(ServiceException.class, () -> pairings.end(p.id(), TODAY, " ")).messageKey());
        assertEquals("pairing.error.endBeforeStart",
                assertThrows(ServiceException.class, () -> pairings.end(p.id(), TODAY.minusDays(11), "搬走")).messageKey());
        Pairing ended = pairings.end(p.id(), TODAY, "对象已去世");
        assertFalse(ended.active());
        assertEquals(TODAY, ended.endDate());
        assertEquals("对象已去世", ended.endReason());
        assertEquals("pairing.error.alreadyEnded",
                assertThrows(ServiceException.class, () -> pairings.end(p.id(), TODAY, "再次")).messageKey());
    }

    @Test
    void helpRecordWithValueEarnsPointsAndIsEnteredInTheLedgerOnce() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(20));
        HelpRecord record = pairings.addHelpRecord(HelpRecordDraft.forPairing(p.id(), TODAY.minusDays(2), "买了大米和食用油", "生活物品")
                .withValue(new BigDecimal("158.50"), FundKind.MATERIAL, "大米10斤、油1桶"));

        assertEquals(zhang, record.memberId());
        assertEquals(grannyLi, record.householdId());
        assertEquals(new BigDecimal("158.50"), record.amount());
        assertNotNull(record.fundEntryId());

        var points = services.database().read(ctx -> ctx.selectFrom(SERVICE_RECORD).fetch());
        assertEquals(1, points.size());
        assertEquals("HELP_RECORD", points.get(0).getKind());
        assertEquals(record.id(), points.get(0).getHelpRecordId());
        assertEquals(zhang, points.get(0).getMemberId());
        assertEquals(0, new BigDecimal("3").compareTo(points.get(0).getPoints()), "the HELP_RECORD rule gives 3 points");

        FundEntry entry = services.funds().entry(record.fundEntryId());
        assertEquals(FundKind.MATERIAL, entry.kind());
        assertEquals("张伟", entry.donor());
        assertEquals(grannyLi, entry.householdId());
        assertEquals(p.id(), entry.pairingId());
        assertEquals("大米10斤、油1桶", entry.quantity());

        // the quarter's funds and materials figure counts it once: help_record.amount is not added again
        var totals = services.funds().totals(community, Quarter.of(TODAY));
        assertEquals(new BigDecimal("158.50"), totals.total());
        assertEquals(new BigDecimal("158.50"), totals.materials());
        assertEquals(new BigDecimal("158.50"), overview(p).helpValue());

        // a reversed ledger entry takes the value out of the ledger and out of the pairing's help value
        services.funds().reverse(record.fundEntryId(), "金额录错");
        assertEquals(new BigDecimal("0.00"), services.funds().totals(community, Quarter.of(TODAY)).total());
        assertEquals(0, BigDecimal.ZERO.compareTo(overview(p).helpValue()));
        assertEquals(1, overview(p).helpCount(), "the real thing done still counts");
    }

    @Test
    void helpRecordWithoutValueMakesNoLedgerEntry() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(20));
        HelpRecord record = pairings.addHelpRecord(HelpRecordDraft.forPairing(p.id(), TODAY, "陪同就医", "医疗健康"));
        assertNull(record.amount());
        assertNull(record.fundEntryId());
        assertEquals(0, services.funds().list(FundQuery.community(community)).size());
        assertEquals(1, count(SERVICE_RECORD, SERVICE_RECORD.HELP_RECORD_ID.eq(record.id())));
    }

    @Test
    void aFailedHelpRecordLeavesNoPointsNoLedgerEntryAndNoRecord() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(20));
        services.database().inTransactionDo(ctx -> ctx.deleteFrom(POINTS_RULE).where(POINTS_RULE.KIND.eq("HELP_RECORD")).execute());
        HelpRecordDraft draft = HelpRecordDraft.forPairing(p.id(), TODAY, "送慰问金", null).withValue(new BigDecimal("500"), FundKind.CASH, null);
        assertEquals("passbook.error.noRule", assertThrows(ServiceException.class, () -> pairings.addHelpRecord(draft)).messageKey());
        assertEquals(0, count(HELP_RECORD, HELP_RECORD.ID.isNotNull()));
        assertEquals(0, count(FUND_ENTRY, FUND_ENTRY.ID.isNotNull()));
        assertEquals(0, count(SERVICE_RECORD, SERVICE_RECORD.ID.isNotNull()));
    }

    @Test
    void helpRecordMustFallWithinThePairingAndMaterialsNeedAQuantity() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(20));
        assertEquals("help.error.beforeStart", assertThrows(ServiceException.class,
                () -> pairings.addHelpRecord(HelpRecordDraft.forPairing(p.id(), TODAY.minusDays(21), "修灯", null))).messageKey());
        assertEquals("help.error.dateInFuture", assertThrows(ServiceException.class,
                () -> pairings.addHelpRecord(HelpRecordDraft.forPairing(p.id(), TODAY.plusDays(1), "修灯", null))).messageKey());
        assertEquals("fund.error.quantityRequired", assertThrows(ServiceException.class,
                () -> pairings.addHelpRecord(HelpRecordDraft.forPairing(p.id(), TODAY, "送棉被", null)
                        .withValue(new BigDecimal("200"), FundKind.MATERIAL, null))).messageKey());
        assertEquals(0, count(HELP_RECORD, HELP_RECORD.ID.isNotNull()));
    }

    @Test
    void helpRecordForAWishNamesTheMemberAndReachesTheWishHousehold() {
        long wish = services.database().inTransaction(ctx -> ctx.insertInto(WISH)
                .set(WISH.COMMUNITY_ID, community).set(WISH.HOUSEHOLD_ID, wangFamily).set(WISH.CONTENT, "孩子需要一个书包")
                .set(WISH.CATEGORY, "生活物品").set(WISH.SOURCE, "HOME_VISIT").set(WISH.COLLECTED_DATE, TODAY.minusDays(5))
                .returning(WISH.ID).fetchOne(WISH.ID));
        assertEquals("help.error.memberRequired", assertThrows(ServiceException.class, () -> pairings.addHelpRecord(
                new HelpRecordDraft(null, wish, null, TODAY, "送书包", null, null, null, null))).messageKey());
        HelpRecord record = pairings.addHelpRecord(new HelpRecordDraft(null, wish, li, TODAY, "送书包", "生活物品",
                new BigDecimal("89.00"), FundKind.MATERIAL, "1个"));
        assertEquals(wangFamily, record.householdId());
        assertEquals(li, record.memberId());
        assertEquals(wish, services.funds().entry(record.fundEntryId()).wishId());
        assertEquals(1, count(SERVICE_RECORD, SERVICE_RECORD.HELP_RECORD_ID.eq(record.id())));

        // the wish's value is now in the ledger: a second valued help record for it would count it twice
        assertEquals("help.error.wishValueCounted", assertThrows(ServiceException.class, () -> pairings.addHelpRecord(
                new HelpRecordDraft(null, wish, li, TODAY, "再送文具", null, new BigDecimal("20"), FundKind.CASH, null))).messageKey());
        pairings.addHelpRecord(new HelpRecordDraft(null, wish, li, TODAY, "辅导作业", null, null, null, null));
        services.funds().reverse(record.fundEntryId(), "书包由学校提供，未花钱");
        pairings.addHelpRecord(new HelpRecordDraft(null, wish, li, TODAY, "买文具", null, new BigDecimal("20"), FundKind.CASH, null));
        assertEquals(new BigDecimal("20.00"), services.funds().totals(community, Quarter.of(TODAY)).total());
    }

    @Test
    void visitByThePairedMemberLinksToThePairingAndEarnsVisitPoints() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(20));
        Visit visit = pairings.addVisit(p.id(), TODAY.minusDays(1), "聊天，查看用电安全");
        assertEquals(p.id(), visit.pairingId());
        assertEquals(List.of("张伟"), visit.memberNames());
        var entry = services.database().read(ctx -> ctx.selectFrom(SERVICE_RECORD).where(SERVICE_RECORD.VISIT_ID.eq(visit.id())).fetchOne());
        assertEquals("VISIT", entry.getKind());
        assertEquals(zhang, entry.getMemberId());
        assertEquals(0, BigDecimal.ONE.compareTo(entry.getPoints()));

        PairingDetail detail = pairings.detail(p.id());
        assertEquals(1, detail.visits().size());
        assertEquals(TODAY.minusDays(1), detail.overview().lastContact());
        assertEquals(1, detail.overview().visitCount());
        assertEquals("visit.error.beforeStart", assertThrows(ServiceException.class,
                () -> pairings.addVisit(p.id(), TODAY.minusDays(30), null)).messageKey());
    }

    @Test
    void overdueWhenNeitherVisitNorHelpForLongerThanTheCategoryInterval() {
        Pairing elderly = pairings.pair(zhang, grannyLi, TODAY.minusDays(31)); // 空巢老人: 30 days
        Pairing poor = pairings.pair(zhang, wangFamily, TODAY.minusDays(31)); // 困难家庭: 60 days
        assertTrue(overview(elderly).overdue());
        assertFalse(overview(poor).overdue());

        pairings.addHelpRecord(HelpRecordDraft.forPairing(elderly.id(), TODAY.minusDays(30), "打扫卫生", null));
        assertFalse(overview(elderly).overdue(), "a help record 30 days ago is within 30 days");

        services.settings().put("visit.interval.困难家庭", "20");
        assertTrue(overview(poor).overdue(), "the category's setting replaces the default");
        pairings.addVisit(poor.id(), TODAY.minusDays(5), null);
        assertFalse(overview(poor).overdue());

        // a visit recorded from the Households screen (no pairing link) by the paired member counts too
        Pairing other = pairings.pair(li, grannyLi, TODAY.minusDays(40));
        assertTrue(overview(other).overdue());
        services.database().inTransactionDo(ctx -> new PairingRepository().insertVisit(ctx, grannyLi, null, TODAY.minusDays(2), null, List.of(li)));
        assertFalse(overview(other).overdue());

        // ended pairings are never overdue
        Pairing ended = pairings.pair(li, wangFamily, TODAY.minusDays(200));
        pairings.end(ended.id(), TODAY.minusDays(100), "结束");
        assertFalse(overview(ended).overdue());
    }

    @Test
    void badIntervalSettingFallsBackToTheDefault() {
        Pairing elderly = pairings.pair(zhang, grannyLi, TODAY.minusDays(45));
        services.settings().put("visit.interval.空巢老人", "很多天");
        assertEquals(30, overview(elderly).intervalDays());
        assertTrue(overview(elderly).overdue());
    }

    @Test
    void householdHistoryShowsEverythingReceivedAndWhoVisited() {
        Pairing p = pairings.pair(zhang, grannyLi, TODAY.minusDays(60));
        pairings.addVisit(p.id(), TODAY.minusDays(50), "第一次认亲");
        pairings.addHelpRecord(HelpRecordDraft.forPairing(p.id(), TODAY.minusDays(40), "送慰问金", null)
                .withValue(new BigDecimal("300"), FundKind.CASH, null));
        services.database().inTransactionDo(ctx -> new PairingRepository().insertVisit(ctx, grannyLi, null, TODAY.minusDays(3), null, List.of(li, zhang)));
        services.funds().record(new FundEntryDraft(community, TODAY.minusDays(10), FundKind.MATERIAL,
                "米面油", "1套", new BigDecimal("120.25"), DonorKind.ORGANISATION, null, null, "爱心超市",
                grannyLi, null, null, null));

        HouseholdHelpHistory history = pairings.householdHistory(grannyLi);
        assertEquals(1, history.pairings().size());
        assertEquals(2, history.visits().size());
        assertEquals(List.of("张伟", "李娜").stream().sorted().toList(), history.visits().get(0).memberNames().stream().sorted().toList());
        assertEquals(1, history.helpRecords().size());
        assertEquals(2, history.fundEntries().size());
        assertEquals(new BigDecimal("300.00"), history.received().cash());
        assertEquals(new BigDecimal("120.25"), history.received().materials());
        assertEquals(new BigDecimal("420.25"), history.receivedTotal());
    }

    private PairingOverview overview(Pairing p) {
        return pairings.list(community).stream().filter(o -> o.id() == p.id()).findFirst().orElseThrow();
    }

    private int count(Table<?> table, Condition where) {
        return services.database().read(ctx -> ctx.fetchCount(table, where));
    }
}
