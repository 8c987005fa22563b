package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.HELP_RECORD;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.PAIRING;
import static org.zerodistance.persistence.jooq.Tables.POST_CLAIM;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.VISIT;
import static org.zerodistance.persistence.jooq.Tables.WISH;
import static org.zerodistance.persistence.jooq.Tables.WISH_EVENT;

import java.util.List;
import java.util.Set;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.Phone;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.testutil.TestDatabases;

/** Demo data: plausible, valid and complete enough to show every screen and figure. */
class DemoDataServiceTest {

    private static final DemoSpec SPEC = new DemoSpec(4, 400, 200, 600, 3000, 1, Quarter.parse("2026Q3"));
    private static Services services;
    private static DemoDataService.Result result;

    @BeforeAll
    static void generate() {
        services = TestDatabases.freshServices();
        result = services.demoData().generate(SPEC, table -> { });
    }

    @Test
    void theCountsAskedForAreWritten() {
        assertEquals(4L, result.rows().get("community"));
        assertEquals(400L, result.rows().get("member"));
        assertEquals(200L, result.rows().get("household"));
        assertEquals(600L, result.rows().get("wish"));
        assertEquals(3000L, result.rows().get("service_record"));
        assertEquals(3000, count(SERVICE_RECORD));
        assertEquals(600, count(WISH));
    }

    @Test
    void idNumbersAndPhonesAreValid() {
        List<String> ids = services.database().read(ctx -> ctx.select(MEMBER.ID_NUMBER).from(MEMBER).fetch(MEMBER.ID_NUMBER));
        for (String id : ids) {
            assertEquals(id, IdNumber.parse(id).value());
        }
        assertEquals(ids.size(), Set.copyOf(ids).size(), "ID numbers are unique");
        List<String> phones = services.database().read(ctx -> ctx.select(MEMBER.PHONE).from(MEMBER).fetch(MEMBER.PHONE));
        phones.forEach(Phone::parse);
        List<String> households = services.database().read(ctx -> ctx.select(HOUSEHOLD.PHONE).from(HOUSEHOLD)
                .where(HOUSEHOLD.PHONE.isNotNull()).fetch(HOUSEHOLD.PHONE));
        households.forEach(Phone::parse);
        List<String> names = services.database().read(ctx -> ctx.select(MEMBER.NAME).from(MEMBER).fetch(MEMBER.NAME));
        assertTrue(names.stream().allMatch(n -> n.length() >= 2 && n.length() <= 3 && n.codePoints().allMatch(c -> c > 0x4E00)), names.toString());
    }

    @Test
    void wishesAreInEveryStateWithTheirHistory() {
        List<String> statuses = services.database().read(ctx -> ctx.selectDistinct(WISH.STATUS).from(WISH).fetch(WISH.STATUS));
        assertEquals(Set.of("COLLECTED", "CLAIMED", "FULFILLED", "CANCELLED"), Set.copyOf(statuses));
        assertTrue(count(WISH_EVENT) >= 600, "every wish has at least its COLLECTED event");
        int groupClaims = services.database().read(ctx -> ctx.fetchCount(WISH, WISH.CLAIM_TEAM_ID.isNotNull()));
        assertTrue(groupClaims > 0);
    }

    @Test
    void pairingsVisitsTeamsPostsAndFundsAreThere() {
        assertTrue(count(PAIRING) > 100);
        assertTrue(count(VISIT) > 100);
        assertTrue(count(HELP_RECORD) > 10);
        assertEquals(0, (int) services.database().read(ctx -> ctx.fetchCount(HELP_RECORD,
                HELP_RECORD.AMOUNT.isNotNull().and(HELP_RECORD.FUND_ENTRY_ID.isNull()))), "a help record with a value has its ledger entry");
        assertTrue(count(TEAM) >= 12);
        assertTrue(services.database().read(ctx -> ctx.fetchCount(POST_CLAIM, POST_CLAIM.COMMITMENT_DATE.isNotNull())) > 0);
        assertTrue(services.database().read(ctx -> ctx.fetchCount(FUND_ENTRY, FUND_ENTRY.REVERSES_ID.isNotNull())) > 0,
                "a few reversals");
        assertTrue(services.database().read(ctx -> ctx.fetchCount(SERVICE_RECORD, SERVICE_RECORD.KIND.eq("REVERSAL"))) > 0);
    }

    @Test
    void serviceRecordsSpanTheFourQuartersAndEveryQuarterHasFigures() {
        for (Quarter q : List.of(Quarter.parse("2025Q4"), Quarter.parse("2026Q1"), Quarter.parse("2026Q2"), Quarter.parse("2026Q3"))) {
            QuarterFigures figures = services.stats().figures(q, null);
            assertTrue(figures.serviceRecords() > 400, q + " " + figures);
            assertTrue(figures.wishesCollected() > 100, q + " " + figures);
            assertTrue(figures.wishesFulfilled() > 0, q + " " + figures);
            assertTrue(figures.householdsVisited() > 0, q + " " + figures);
            assertTrue(figures.fundsTotal().signum() > 0, q + " " + figures);
        }
        var range = services.database().read(ctx -> ctx.select(DSL.min(SERVICE_RECORD.RECORD_DATE), DSL.max(SERVICE_RECORD.RECORD_DATE))
                .from(SERVICE_RECORD).fetchOne());
        assertTrue(!range.value1().isBefore(Quarter.parse("2025Q4").firstDay()));
        assertTrue(!range.value2().isAfter(Quarter.parse("2026Q3").lastDay()));
    }

    @Test
    void aDatabaseWithCommunitiesIsRefused() {
        ServiceException refused = assertThrows(ServiceException.class, () -> services.demoData().generate(SPEC, t -> { }));
        assertEquals("demo.error.notEmpty", refused.messageKey());
        assertEquals(4, count(COMMUNITY));
    }

    @Test
    void countsOutOfRangeAreRefused() {
        assertEquals("demo.error.count", assertThrows(ServiceException.class,
                () -> new DemoSpec(0, 10, 1, 1, 1, 1, Quarter.parse("2026Q3"))).messageKey());
        assertEquals("demo.error.count", assertThrows(ServiceException.class,
                () -> new DemoSpec(5, 4, 1, 1, 1, 1, Quarter.parse("2026Q3"))).messageKey(), "fewer members than communities");
    }

    private static int count(org.jooq.Table<?> table) {
        return services.database().read(ctx -> ctx.fetchCount(table));
    }
}
