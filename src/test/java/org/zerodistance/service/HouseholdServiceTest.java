package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;
import static org.zerodistance.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.HouseholdDraft;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.persistence.AuditRepository;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.TestDatabases;

/** Households, visits with their passbook entries, and overdue visits. */
class HouseholdServiceTest {

    private static final LocalDate TODAY = LocalDate.now();

    private final Services services = TestDatabases.freshServices();
    private final HouseholdService households = services.households();
    private final long east = services.communities().add("城东社区").id();
    private final long west = services.communities().add("城西社区").id();

    @AfterEach
    void close() {
        services.database().close();
    }

    private static HouseholdDraft draft(String head, String... categories) {
        return new HouseholdDraft(head, "3", "2", "401", "0971-8123456", List.of(categories), 2, null);
    }

    private Member member(long communityId, String name) {
        Members builder = Members.aMember().withName(name);
        return services.members().add(communityId, org.zerodistance.domain.MemberDraft.of(builder.inCommunity(communityId).build()));
    }

    @Test
    void addedHouseholdIsListedWithAddressAndCategories() {
        Household added = households.add(east, draft(" 李秀英 ", "空巢老人", "困难家庭"));
        HouseholdSummary row = households.list(east, false).get(0);
        assertEquals(added.id(), row.id());
        assertEquals("李秀英", row.household().headName());
        assertEquals("3栋2单元401", row.household().address());
        assertEquals("09718123456", row.household().phone());
        assertEquals(List.of("困难家庭", "空巢老人"), row.household().categories().stream().sorted().toList());
        assertEquals("城东社区", row.communityName());
        assertEquals(30, row.intervalDays(), "seeded interval for 空巢老人 / 困难家庭");
        assertNull(row.lastVisit());
    }

    @Test
    void formProblemsAndUnknownCategoriesAreRefused() {
        assertEquals("household.error.categoryRequired", assertThrows(org.zerodistance.domain.DomainException.class, () -> households.add(east, draft("王"))).messageKey());
        assertEquals("household.error.unknownCategory", assertThrows(ServiceException.class, () -> households.add(east, draft("王", "外星人"))).messageKey());
        assertTrue(households.list(null, true).isEmpty());
    }

    @Test
    void visitEarnsEachVisitorAVisitEntryInTheSameTransaction() {
        Household h = households.add(east, draft("李秀英", "空巢老人"));
        Member a = member(east, "张伟");
        Member b = member(east, "王芳");
        Visit visit = households.addVisit(new VisitDraft(h.id(), TODAY.minusDays(1), List.of(a.id(), b.id()), "聊家常，测血压", null));

        assertEquals(2, visit.visitors().size());
        List<Visit> listed = households.visits(h.id());
        assertEquals(1, listed.size());
        assertEquals("张伟、王芳", listed.get(0).visitorNames());
        assertEquals("聊家常，测血压", listed.get(0).note());
        var entries = services.database().read(ctx -> ctx.selectFrom(SERVICE_RECORD).where(SERVICE_RECORD.VISIT_ID.eq(visit.id())).fetch());
        assertEquals(2, entries.size());
        entries.forEach(r -> {
            assertEquals("VISIT", r.getKind());
            assertEquals(0, new BigDecimal("1").compareTo(r.getPoints()), "points from the VISIT rule");
            assertEquals(east, r.getCommunityId());
        });
        assertEquals(TODAY.minusDays(1), households.list(east, false).get(0).lastVisit());
    }

    @Test
    void aRefusedVisitLeavesNoVisitAndNoPoints() {
        Household h = households.add(east, draft("李秀英", "空巢老人"));
        Member here = member(east, "张伟");
        Member there = member(west, "赵六");
        ServiceException e = assertThrows(ServiceException.class,
                () -> households.addVisit(new VisitDraft(h.id(), TODAY, List.of(here.id(), there.id()), null, null)));
        assertEquals("visit.error.memberElsewhere", e.messageKey());
        assertEquals(0, (int) services.database().read(ctx -> ctx.fetchCount(VISIT)));
        assertEquals(0, (int) services.database().read(ctx -> ctx.fetchCount(SERVICE_RECORD)));
        assertEquals("visit.error.visitorRequired", assertThrows(org.zerodistance.domain.DomainException.class,
                () -> households.addVisit(new VisitDraft(h.id(), TODAY, List.of(), null, null))).messageKey());
        assertEquals("visit.error.dateInFuture", assertThrows(org.zerodistance.domain.DomainException.class,
                () -> households.addVisit(new VisitDraft(h.id(), TODAY.plusDays(1), List.of(here.id()), null, null))).messageKey());
    }

    @Test
    void overdueFollowsTheIntervalOfTheCategoryInSettingsSharedWithPairings() {
        Household lonely = households.add(east, draft("独居的周奶奶", "独居老人"));
        Household emptyNest = households.add(east, draft("空巢的吴爷爷", "空巢老人"));
        Household other = households.add(east, draft("其他的郑家", "其他"));
        Member m = member(east, "张伟");
        households.addVisit(new VisitDraft(lonely.id(), TODAY.minusDays(40), List.of(m.id()), null, null));
        households.addVisit(new VisitDraft(emptyNest.id(), TODAY.minusDays(20), List.of(m.id()), null, null));

        List<Long> overdue = households.overdue(east, TODAY).stream().map(HouseholdSummary::id).toList();
        assertEquals(List.of(lonely.id()), overdue,
                "30 days for 独居老人 passed; 30 for 空巢老人 not yet; 其他 (60) was registered today and counts from then");
        HouseholdSummary late = households.summary(lonely.id());
        assertEquals(10, late.daysOverdue(TODAY));
        assertEquals(TODAY.minusDays(10), late.dueDate());
        assertEquals(TODAY.plusDays(60), households.summary(other.id()).dueDate(), "never visited: due from registration");

        households.setVisitInterval("空巢老人", 15);
        assertEquals(15, households.visitIntervals().days("空巢老人"));
        assertEquals(15, services.settings().visitIntervals().days("空巢老人"), "one setting for households and pairings");
        assertTrue(households.overdue(east, TODAY).stream().anyMatch(s -> s.id() == emptyNest.id()));
        households.setVisitInterval("独居老人", 45);
        assertFalse(households.overdue(east, TODAY).stream().anyMatch(s -> s.id() == lonely.id()));
        households.setVisitInterval("独居老人", null);
        assertEquals(30, households.visitIntervals().days("独居老人"), "cleared: back to the default");
        assertTrue(households.overdue(east, TODAY).stream().anyMatch(s -> s.id() == lonely.id()));
        assertEquals("visitInterval.error.invalid", assertThrows(org.zerodistance.domain.DomainException.class,
                () -> households.setVisitInterval("空巢老人", 0)).messageKey());
        assertEquals("household.error.unknownCategory", assertThrows(ServiceException.class,
                () -> households.setVisitInterval("外星人", 10)).messageKey());
    }

    @Test
    void archiveRestoreAndRevealPhone() {
        Household h = households.add(east, draft("李秀英", "空巢老人"));
        households.archive(h.id());
        assertTrue(households.list(east, false).isEmpty());
        assertTrue(households.list(east, true).get(0).household().archived());
        households.restore(h.id());
        assertEquals(1, households.list(east, false).size());

        assertEquals("09718123456", households.revealPhone(h.id()));
        AuditEntry entry = services.database().read(ctx -> new AuditRepository().latest(ctx, 1)).get(0);
        assertEquals(AuditEntry.Action.REVEAL, entry.action());
        assertTrue(entry.summary().contains("李秀英"));
        assertFalse(entry.summary().contains("09718123456"));
    }
}
