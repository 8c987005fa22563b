package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.AUDIT_LOG;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.POINTS_RULE;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;
import static org.zerodistance.persistence.jooq.Tables.WISH_EVENT;
import static org.zerodistance.persistence.jooq.Tables.WISH_PARTICIPANT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Claimant;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishChange;
import org.zerodistance.domain.WishEvent;
import org.zerodistance.domain.WishFulfilment;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.domain.WishSuggestion;
import org.zerodistance.persistence.jooq.tables.records.FundEntryRecord;
import org.zerodistance.persistence.jooq.tables.records.ServiceRecordRecord;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.WishFixtures;

class WishServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    private Services services;
    private WishService wishes;
    private WishFixtures in;
    private long plumber;

    @BeforeEach
    void setUp() {
        services = TestDatabases.freshServices();
        wishes = WishFixtures.wishServiceOn(services, TODAY);
        in = WishFixtures.newCommunity(services, "城东社区");
        plumber = in.member("王师傅", "水电维修");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private <T> T read(Function<DSLContext, T> query) {
        return services.database().read(query);
    }

    private int count(Table<?> table) {
        return count(table, org.jooq.impl.DSL.noCondition());
    }

    private int count(Table<?> table, org.jooq.Condition where) {
        return services.database().read(ctx -> ctx.fetchCount(table, where));
    }

    private Wish collected() {
        return wishes.collect(in.wish("厨房水龙头漏水", "维修", TODAY.minusDays(2)));
    }

    private static void assertRefused(String key, Runnable action) {
        DomainException e = assertThrows(DomainException.class, action::run);
        assertEquals(key, e.messageKey());
    }

    // ---- collecting -------------------------------------------------------------------------------------------------

    @Test
    void collectingRecordsTheWishItsFirstEventAndAnAuditEntry() {
        long household = in.household("李秀英", "3", "2", "401");
        Wish wish = wishes.collect(in.householdWish(household, "想要一台收音机", "生活物品", "80", TODAY));

        assertEquals(WishStatus.COLLECTED, wish.status());
        assertEquals("李秀英", wish.resident().name());
        assertEquals("3栋2单元401", wish.resident().address());
        assertEquals(new BigDecimal("80.00"), wish.estimatedValue());
        assertNull(wish.claimant());
        List<WishEvent> timeline = wishes.timeline(wish.id());
        assertEquals(1, timeline.size());
        assertNull(timeline.get(0).from());
        assertEquals(WishStatus.COLLECTED, timeline.get(0).to());
        assertEquals("测试员", timeline.get(0).operator());
        assertEquals(1, count(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("wish").and(AUDIT_LOG.ENTITY_ID.eq(wish.id()))));
        assertEquals(List.of(wish.id()), wishes.wishesOfHousehold(household).stream().map(Wish::id).toList());
    }

    @Test
    void anUnregisteredResidentKeepsNameAndPhoneButTheAuditLogDoesNot() {
        Wish wish = collected();
        assertEquals("王大爷", wish.resident().name());
        assertEquals("13900001111", wish.resident().phone());
        assertFalse(wish.resident().isRegistered());
        List<String> summaryList = read(ctx -> ctx.select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG).fetch(AUDIT_LOG.SUMMARY));
        String summaries = String.join("\n", summaryList);
        assertFalse(summaries.contains("13900001111"));
    }

    @Test
    void collectingRefusesAFutureDateAndAnotherCommunitysHousehold() {
        assertRefused("wish.error.collectedInFuture", () -> wishes.collect(in.wish("修灯", "维修", TODAY.plusDays(1))));
        WishFixtures other = WishFixtures.newCommunity(services, "城西社区");
        long elsewhere = other.household("赵大妈", "1", "1", "101");
        assertRefused("wish.error.householdOtherCommunity",
                () -> wishes.collect(in.householdWish(elsewhere, "修灯", "维修", null, TODAY)));
        assertEquals(0, wishes.list(null, null).size());
    }

    // ---- the state machine through the service -------------------------------------------------------------------

    /** A wish driven to {@code status} through the service. */
    private Wish wishIn(WishStatus status) {
        Wish wish = collected();
        if (status == WishStatus.COLLECTED) {
            return wish;
        }
        if (status == WishStatus.CANCELLED) {
            return wishes.cancel(wish.id(), "居民已搬走");
        }
        wish = wishes.claimByMember(wish.id(), plumber, null);
        if (status == WishStatus.FULFILLED) {
            wish = wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "换了水龙头", null, false, List.of()));
        }
        return wish;
    }

    private Wish attempt(Wish wish, WishChange change) {
        return switch (change) {
            case CLAIM -> wishes.claimByMember(wish.id(), plumber, "我来修");
            case RELEASE -> wishes.release(wish.id(), "临时出差");
            case FULFIL -> wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "修好了", null, false, List.of()));
            case CANCEL -> wishes.cancel(wish.id(), "居民不需要了");
        };
    }

    /** The allowed changes, written out independently of the domain's own table. */
    private static final java.util.Map<WishStatus, Set<WishChange>> ALLOWED = java.util.Map.of(
            WishStatus.COLLECTED, Set.of(WishChange.CLAIM, WishChange.CANCEL),
            WishStatus.CLAIMED, Set.of(WishChange.RELEASE, WishChange.FULFIL, WishChange.CANCEL),
            WishStatus.FULFILLED, Set.of(),
            WishStatus.CANCELLED, Set.of());

    @Test
    void everyChangeFromEveryStatusIsAllowedOrRefusedByTheService() {
        for (WishStatus from : WishStatus.values()) {
            for (WishChange change : WishChange.values()) {
                Wish wish = wishIn(from);
                assertEquals(from, wish.status());
                int eventsBefore = wishes.timeline(wish.id()).size();
                int auditBefore = count(AUDIT_LOG);
                if (ALLOWED.get(from).contains(change)) {
                    Wish after = attempt(wish, change);
                    assertEquals(change.target(), after.status(), from + " " + change);
                    List<WishEvent> timeline = wishes.timeline(wish.id());
                    assertEquals(eventsBefore + 1, timeline.size());
                    WishEvent last = timeline.get(timeline.size() - 1);
                    assertEquals(from, last.from());
                    assertEquals(change.target(), last.to());
                    assertEquals("测试员", last.operator());
                    assertEquals(auditBefore + 1, count(AUDIT_LOG));
                } else {
                    assertRefused(change.refusalKey(from), () -> attempt(wish, change));
                    assertEquals(from, wishes.get(wish.id()).status(), from + " " + change + " left the wish alone");
                    assertEquals(eventsBefore, wishes.timeline(wish.id()).size());
                    assertEquals(auditBefore, count(AUDIT_LOG));
                }
            }
        }
    }

    @Test
    void aWishHasAtMostOneActiveClaim() {
        Wish wish = collected();
        long other = in.member("李四", "家电维修");
        wishes.claimByMember(wish.id(), plumber, null);
        assertRefused("wish.error.claim.claimed", () -> wishes.claimByMember(wish.id(), other, null));
        long team = in.team("电器维修队", "电器维修", other);
        assertRefused("wish.error.claim.claimed", () -> wishes.claimByTeam(wish.id(), team, null));
        assertEquals(Claimant.member(plumber, "王师傅"), wishes.get(wish.id()).claimant());
    }

    @Test
    void releasingGivesTheWishBackAndTheTimelineSaysWhoAndWhy() {
        Wish wish = collected();
        wishes.claimByMember(wish.id(), plumber, "周末上门");
        Wish released = wishes.release(wish.id(), "临时出差");
        assertEquals(WishStatus.COLLECTED, released.status());
        assertNull(released.claimant());
        assertNull(released.claimedDate());
        List<WishEvent> timeline = wishes.timeline(wish.id());
        assertEquals(List.of(WishStatus.COLLECTED, WishStatus.CLAIMED, WishStatus.COLLECTED), timeline.stream().map(WishEvent::to).toList());
        assertEquals("周末上门", timeline.get(1).note());
        assertEquals(Claimant.member(plumber, "王师傅"), timeline.get(2).claimant());
        assertEquals("临时出差", timeline.get(2).note());
        // after a release someone else may claim
        long other = in.member("李四");
        assertEquals(WishStatus.CLAIMED, wishes.claimByMember(wish.id(), other, null).status());
    }

    @Test
    void claimsAreRefusedForPeopleWhoCannotTakeThemOn() {
        Wish wish = collected();
        WishFixtures other = WishFixtures.newCommunity(services, "城西社区");
        long stranger = other.member("外社区");
        assertRefused("wish.error.memberOtherCommunity", () -> wishes.claimByMember(wish.id(), stranger, null));
        long gone = in.member(Members.aMember().inCommunity(in.communityId()).withName("迁出").withStatus(MemberStatus.MOVED_OUT).build());
        assertRefused("wish.error.memberInactive", () -> wishes.claimByMember(wish.id(), gone, null));
        long archived = in.member(Members.aMember().inCommunity(in.communityId()).withName("归档").archived().build());
        assertRefused("wish.error.memberInactive", () -> wishes.claimByMember(wish.id(), archived, null));
        long team = in.team("老队", "助老");
        in.disbandTeam(team);
        assertRefused("wish.error.teamInactive", () -> wishes.claimByTeam(wish.id(), team, null));
        long otherTeam = other.team("西队", "助老");
        assertRefused("wish.error.teamOtherCommunity", () -> wishes.claimByTeam(wish.id(), otherTeam, null));
        assertRefused("wish.error.memberNotFound", () -> wishes.claimByMember(wish.id(), 9999, null));
        assertRefused("wish.error.notFound", () -> wishes.claimByMember(9999, plumber, null));
        assertEquals(WishStatus.COLLECTED, wishes.get(wish.id()).status());
        assertEquals(1, wishes.timeline(wish.id()).size());
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheClaim() {
        Wish wish = collected();
        wishes.claimByMember(wish.id(), plumber, null);
        assertRefused("wish.error.cancelReasonRequired", () -> wishes.cancel(wish.id(), "  "));
        Wish cancelled = wishes.cancel(wish.id(), "居民已自行解决");
        assertEquals(WishStatus.CANCELLED, cancelled.status());
        assertEquals("居民已自行解决", cancelled.cancelReason());
        assertNull(cancelled.claimant());
    }

    // ---- fulfilment and the ledgers ----------------------------------------------------------------------------------

    @Test
    void fulfillingAMemberClaimCreditsTheMemberAndRecordsCashGivenToTheHousehold() {
        long household = in.household("李秀英", "3", "2", "401");
        Wish wish = wishes.collect(in.householdWish(household, "想要一台收音机", "生活物品", "80", TODAY.minusDays(3)));
        wishes.claimByMember(wish.id(), plumber, null);

        Wish done = wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "买了收音机送上门", new BigDecimal("75.5"), true, List.of()));

        assertEquals(WishStatus.FULFILLED, done.status());
        assertEquals(TODAY, done.fulfilledDate());
        assertEquals(new BigDecimal("75.50"), done.actualValue());
        assertEquals(List.of(Claimant.member(plumber, "王师傅")), wishes.participants(wish.id()));
        List<ServiceRecordRecord> points = read(ctx -> ctx.selectFrom(SERVICE_RECORD).fetch());
        assertEquals(1, points.size());
        ServiceRecordRecord entry = points.get(0);
        assertEquals(plumber, entry.getMemberId());
        assertEquals("WISH_FULFILLED", entry.getKind());
        assertEquals(wish.id(), entry.getWishId());
        assertEquals(TODAY, entry.getRecordDate());
        assertEquals(0, new BigDecimal("5").compareTo(entry.getPoints()), "points from the rule in Settings");
        assertEquals("测试员", entry.getOperator());
        FundEntryRecord fund = read(ctx -> ctx.selectFrom(FUND_ENTRY).fetchSingle());
        assertEquals("CASH", fund.getKind());
        assertEquals(new BigDecimal("75.50"), fund.getAmount());
        assertEquals("MEMBER", fund.getDonorKind());
        assertEquals(plumber, fund.getDonorMemberId());
        assertNull(fund.getDonorTeamId());
        assertEquals(household, fund.getHouseholdId());
        assertEquals(wish.id(), fund.getWishId());
        assertEquals(in.communityId(), fund.getCommunityId());
    }

    @Test
    void fulfillingATeamClaimCreditsEachMemberWhoTookPartAndRecordsMaterialsByDefault() {
        long a = in.member("队员甲");
        long b = in.member("队员乙");
        long c = in.member("队员丙");
        long team = in.team("电器维修队", "电器维修", a, b, c);
        Wish wish = wishes.collect(in.wish("冰箱不制冷", "维修", TODAY.minusDays(1)));
        Wish claimed = wishes.claimByTeam(wish.id(), team, null);
        assertEquals(Claimant.team(team, "电器维修队"), claimed.claimant());
        assertEquals(List.of(a, b, c), wishes.teamMembers(team).stream().map(Claimant::id).sorted().toList());

        wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "更换了温控器", new BigDecimal("120"), false, List.of(a, c)));

        List<Long> credited = read(ctx -> ctx.select(SERVICE_RECORD.MEMBER_ID).from(SERVICE_RECORD)
                .where(SERVICE_RECORD.WISH_ID.eq(wish.id()).and(SERVICE_RECORD.KIND.eq("WISH_FULFILLED")))
                .orderBy(SERVICE_RECORD.MEMBER_ID).fetch(SERVICE_RECORD.MEMBER_ID));
        assertEquals(List.of(a, c), credited);
        assertEquals(Set.of(a, c), Set.copyOf(wishes.participants(wish.id()).stream().map(Claimant::id).toList()));
        FundEntryRecord fund = read(ctx -> ctx.selectFrom(FUND_ENTRY).fetchSingle());
        assertEquals("MATERIAL", fund.getKind());
        assertEquals("TEAM", fund.getDonorKind());
        assertEquals(team, fund.getDonorTeamId());
        assertNull(fund.getDonorMemberId());
        assertNull(fund.getHouseholdId(), "an unregistered resident is no household");
    }

    @Test
    void withoutAValueNoFundsEntryIsWritten() {
        Wish wish = wishIn(WishStatus.CLAIMED);
        wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "陪老人聊天", null, false, List.of()));
        Wish zero = wishIn(WishStatus.CLAIMED);
        wishes.fulfil(zero.id(), new WishFulfilment(TODAY, "陪老人聊天", BigDecimal.ZERO, false, List.of()));
        assertEquals(0, count(FUND_ENTRY));
        assertEquals(2, count(SERVICE_RECORD));
    }

    /** Everything fulfilment may write, to compare before and after a failure. */
    private List<Integer> ledgerCounts() {
        return List.of(count(SERVICE_RECORD), count(FUND_ENTRY), count(WISH_EVENT), count(WISH_PARTICIPANT), count(AUDIT_LOG));
    }

    @Test
    void whenThePassbookCannotBeWrittenFulfilmentWritesNothingAtAll() {
        long household = in.household("李秀英", "3", "2", "401");
        Wish wish = wishes.collect(in.householdWish(household, "修门锁", "维修", "30", TODAY.minusDays(1)));
        wishes.claimByMember(wish.id(), plumber, null);
        services.database().inTransactionDo(ctx -> ctx.deleteFrom(POINTS_RULE).where(POINTS_RULE.KIND.eq("WISH_FULFILLED")).execute());
        List<Integer> before = ledgerCounts();

        // The wish row is updated, participants and the event appended before the passbook refuses: all must roll back.
        assertRefused("passbook.error.noRule", () -> wishes.fulfil(wish.id(),
                new WishFulfilment(TODAY, "换了锁芯", new BigDecimal("30"), false, List.of())));

        assertEquals(before, ledgerCounts());
        Wish after = wishes.get(wish.id());
        assertEquals(WishStatus.CLAIMED, after.status());
        assertNull(after.fulfilledDate());
        assertNull(after.actualValue());
    }

    @Test
    void whenTheFundsEntryCannotBeWrittenFulfilmentWritesNothingAtAll() {
        Wish wish = wishIn(WishStatus.CLAIMED);
        // Inject a failure at the last write: the funds table now refuses amounts of 10 yuan or more.
        services.database().inTransactionDo(ctx -> ctx.execute("ALTER TABLE fund_entry ADD CONSTRAINT ck_test_small CHECK (amount < 10)"));
        List<Integer> before = ledgerCounts();

        assertThrows(RuntimeException.class, () -> wishes.fulfil(wish.id(),
                new WishFulfilment(TODAY, "修好了", new BigDecimal("30"), false, List.of())));

        assertEquals(before, ledgerCounts(), "the passbook entry written before the funds entry was rolled back too");
        assertEquals(WishStatus.CLAIMED, wishes.get(wish.id()).status());
        // and the same fulfilment below the injected limit goes through, writing both ledgers
        wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "修好了", new BigDecimal("9"), false, List.of()));
        assertEquals(1, count(FUND_ENTRY));
        assertEquals(1, count(SERVICE_RECORD));
    }

    @Test
    void teamFulfilmentNeedsTeamMembersAndRefusalsWriteNothing() {
        long a = in.member("队员甲");
        long outsider = in.member("路人");
        long team = in.team("助老队", "助老", a);
        Wish wish = wishes.collect(in.wish("陪老人去医院", "陪伴关爱", TODAY));
        wishes.claimByTeam(wish.id(), team, null);
        List<Integer> before = ledgerCounts();
        assertRefused("wish.error.participantsRequired",
                () -> wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "陪同就医", null, false, List.of())));
        assertRefused("wish.error.participantNotInTeam",
                () -> wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "陪同就医", null, false, List.of(a, outsider))));
        assertEquals(before, ledgerCounts());
        assertEquals(WishStatus.CLAIMED, wishes.get(wish.id()).status());
    }

    @Test
    void fulfilmentDatesMustBeBetweenCollectionAndToday() {
        Wish wish = wishIn(WishStatus.CLAIMED);
        assertRefused("wish.error.fulfilDateFuture",
                () -> wishes.fulfil(wish.id(), new WishFulfilment(TODAY.plusDays(1), "修好了", null, false, List.of())));
        assertRefused("wish.error.fulfilDateBeforeCollected",
                () -> wishes.fulfil(wish.id(), new WishFulfilment(TODAY.minusDays(30), "修好了", null, false, List.of())));
        long other = in.member("李四");
        assertRefused("wish.error.participantsForTeamOnly",
                () -> wishes.fulfil(wish.id(), new WishFulfilment(TODAY, "修好了", null, false, List.of(other))));
    }

    // ---- matching ------------------------------------------------------------------------------------------------

    @Test
    void suggestionsRankMembersBySkillThenOpenClaimsThenExperienceAndTeamsBySpecialty() {
        long busyPlumber = in.member("忙师傅", "水电维修");
        long lawyer = in.member("律师", "法律咨询");
        in.member(Members.aMember().inCommunity(in.communityId()).withName("迁出者").withSkills("水电维修")
                .withStatus(MemberStatus.TRANSFERRED).build());
        long elderTeam = in.team("夕阳红助老队", "助老");
        long repairTeam = in.team("电器维修队", "电器维修");
        // 忙师傅 has one wish on hand; 王师傅 none
        Wish onHand = wishes.collect(in.wish("换灯泡", "维修", TODAY));
        wishes.claimByMember(onHand.id(), busyPlumber, null);

        Wish leak = collected();
        WishService.Suggestions suggestions = wishes.suggestions(leak.id());

        List<String> memberOrder = suggestions.members().stream().map(s -> s.claimant().name()).toList();
        assertEquals(List.of("王师傅", "忙师傅", "律师"), memberOrder, "moved-out members are not suggested");
        WishSuggestion best = suggestions.members().get(0);
        assertEquals(List.of("水电维修"), best.matchedSkills());
        assertEquals(0, best.openClaims());
        assertEquals(1, suggestions.members().get(1).openClaims());
        assertEquals(lawyer, suggestions.members().get(2).claimant().id());
        assertEquals(List.of(repairTeam, elderTeam), suggestions.teams().stream().map(s -> s.claimant().id()).toList());
        assertTrue(suggestions.teams().get(0).claimant().isTeam());
    }

    @Test
    void pastFulfilmentsBreakTiesBetweenEquallyFitAndEquallyFreeMembers() {
        long veteran = in.member("老师傅", "水电维修");
        Wish earlier = wishes.collect(in.wish("修水管", "维修", TODAY.minusDays(5)));
        wishes.claimByMember(earlier.id(), veteran, null);
        wishes.fulfil(earlier.id(), new WishFulfilment(TODAY, "修好了", null, false, List.of()));

        WishService.Suggestions suggestions = wishes.suggestions(collected().id());
        assertEquals(veteran, suggestions.members().get(0).claimant().id());
        assertEquals(1, suggestions.members().get(0).fulfilled());
        assertEquals(plumber, suggestions.members().get(1).claimant().id());
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    @Test
    void theOverdueRuleComesFromSettingsWithASafeDefault() {
        assertEquals(7, wishes.overdueRule().unclaimedDays());
        wishes.setOverdueDays(3);
        assertEquals(3, wishes.overdueRule().unclaimedDays());
        assertRefused("wish.error.overdueDays", () -> wishes.setOverdueDays(0));
        services.settings().put(WishService.OVERDUE_DAYS_KEY, "abc");
        assertEquals(7, wishes.overdueRule().unclaimedDays());
    }

    @Test
    void wishCategoriesAreTheWishCategoryWordList() {
        VocabularyService vocabulary = services.vocabulary();
        List<String> seeded = List.of("生活物品", "维修", "学习辅导", "医疗健康", "法律援助", "陪伴关爱", "就业创业", "其他");
        assertEquals(seeded, vocabulary.list(VocabularyKind.WISH_CATEGORY));
        vocabulary.add(VocabularyKind.WISH_CATEGORY, " 环境卫生 ");
        assertEquals("环境卫生", vocabulary.list(VocabularyKind.WISH_CATEGORY).get(seeded.size()));
        assertRefused("vocabulary.error.duplicate", () -> vocabulary.add(VocabularyKind.WISH_CATEGORY, "维修"));
        assertRefused("vocabulary.error.termRequired", () -> vocabulary.add(VocabularyKind.WISH_CATEGORY, "  "));
        assertRefused("vocabulary.error.termTooLong", () -> vocabulary.add(VocabularyKind.WISH_CATEGORY, "类".repeat(51)));

        Wish wish = collected();
        DomainException inUse = assertThrows(DomainException.class, () -> vocabulary.remove(VocabularyKind.WISH_CATEGORY, "维修"));
        assertEquals("vocabulary.error.inUse.WISH_CATEGORY", inUse.messageKey());
        assertEquals(1, inUse.args()[1], "the refusal counts the wishes filed under the category");
        assertTrue(vocabulary.list(VocabularyKind.WISH_CATEGORY).contains("维修"));
        vocabulary.remove(VocabularyKind.WISH_CATEGORY, "环境卫生");
        assertFalse(vocabulary.list(VocabularyKind.WISH_CATEGORY).contains("环境卫生"));
        assertRefused("vocabulary.error.unknown", () -> vocabulary.remove(VocabularyKind.WISH_CATEGORY, "环境卫生"));

        vocabulary.rename(VocabularyKind.WISH_CATEGORY, "维修", "维修服务");
        assertEquals("维修服务", wishes.get(wish.id()).category(), "a renamed category is renamed on the wishes filed under it");
        assertEquals(3, count(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("vocabulary").and(AUDIT_LOG.SUMMARY.startsWith("WISH_CATEGORY"))),
                "added, removed and renamed: each audited");
    }

    @Test
    void listFiltersByCommunityAndStatus() {
        Wish a = collected();
        Wish b = wishIn(WishStatus.CLAIMED);
        WishFixtures other = WishFixtures.newCommunity(services, "城西社区");
        wishes.collect(other.wish("修灯", "维修", TODAY));
        assertEquals(2, wishes.list(in.communityId(), null).size());
        assertEquals(List.of(b.id()), wishes.list(in.communityId(), WishStatus.CLAIMED).stream().map(Wish::id).toList());
        assertEquals(List.of(a.id()), wishes.list(in.communityId(), WishStatus.COLLECTED).stream().map(Wish::id).toList());
        assertEquals(3, wishes.list(null, null).size());
        assertEquals(0, count(MEMBER, MEMBER.COMMUNITY_ID.eq(other.communityId())));
    }
}
