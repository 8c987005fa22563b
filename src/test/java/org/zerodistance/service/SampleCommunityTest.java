package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.Database;
import org.zerodistance.testutil.TestDatabases;

/** The sample community of the first run, loaded through the real services on a fresh database. */
class SampleCommunityTest {

    private static SampleCommunity.Loaded load(Services services) {
        return services.sampleCommunity().load((done, total) -> { });
    }

    private static int auditEntries(Services services) {
        return services.audit().search(AuditQuery.all(), 1).total();
    }

    @Test
    void loadsEveryKindOfRecordThroughTheServices() {
        Services services = TestDatabases.freshServices();
        List<int[]> progress = new ArrayList<>();
        SampleCommunity.Loaded loaded = services.sampleCommunity().load((done, total) -> progress.add(new int[] {done, total}));
        long c = loaded.community().id();

        assertEquals(SampleCommunity.NAME, loaded.community().name());
        assertEquals(List.of(SampleCommunity.NAME), services.communities().list(true).stream().map(x -> x.name()).toList());
        List<MemberSummary> members = services.members().list(c, true);
        assertEquals(36, members.size());
        assertEquals(36, loaded.counts().get("members"));
        assertEquals(1, members.stream().filter(m -> m.status() == MemberStatus.MOVED_OUT).count(), "one member moved out");
        members.forEach(m -> IdNumber.parse(m.idNumber())); // valid check characters
        assertEquals(18, services.households().list(c, false).size());
        assertEquals(4, services.teams().list(c).size());
        assertEquals(5, services.posts().list(c, false).size());
        assertEquals(8, services.pairings().list(c).size());
        assertTrue(services.pairings().list(c).stream().anyMatch(p -> !p.pairing().active()), "one pairing ended");
        assertTrue(loaded.counts().get("helpRecords") >= 10);
        assertTrue(loaded.counts().get("teamActivities") >= 10);
        assertTrue(loaded.counts().get("postDuties") >= 15);

        int[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0], "progress reaches its total");
        assertTrue(last[1] > 100);
    }

    @Test
    void hasWishesInEveryStateIncludingGroupClaimsAndAReleasedClaim() {
        Services services = TestDatabases.freshServices();
        long c = load(services).community().id();
        List<Wish> wishes = services.wishes().list(c, null);
        assertEquals(23, wishes.size());
        Set<WishStatus> states = wishes.stream().map(Wish::status).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(WishStatus.class), states);
        assertTrue(wishes.stream().anyMatch(w -> w.status() == WishStatus.CLAIMED && w.claimant().isTeam()), "claimed by a team");
        assertTrue(wishes.stream().anyMatch(w -> w.status() == WishStatus.CLAIMED && !w.claimant().isTeam()), "claimed by a member");
        assertTrue(wishes.stream().anyMatch(w -> w.status() == WishStatus.FULFILLED && w.claimant().isTeam()), "fulfilled by a team");
        assertTrue(wishes.stream().anyMatch(w -> w.status() == WishStatus.CANCELLED
                && services.wishes().timeline(w.id()).stream().anyMatch(e -> e.to() == WishStatus.CLAIMED)), "cancelled after a claim");
        Wish released = wishes.stream().filter(w -> services.wishes().timeline(w.id()).stream()
                .anyMatch(e -> e.from() == WishStatus.CLAIMED && e.to() == WishStatus.COLLECTED)).findFirst().orElseThrow();
        assertEquals(WishStatus.FULFILLED, released.status(), "claimed, released, claimed again, fulfilled");
        assertTrue(wishes.stream().allMatch(w -> !w.collectedDate().isAfter(LocalDate.now())));
    }

    @Test
    void everyOfTheLastFourQuartersHasFiguresAndNothingLiesInTheFuture() {
        Services services = TestDatabases.freshServices();
        long c = load(services).community().id();
        Quarter q = Quarter.of(LocalDate.now());
        for (int i = 0; i < 4; i++, q = q.previous()) {
            QuarterFigures f = services.stats().figures(q, c);
            assertTrue(f.wishesCollected() > 0, q + " wishes collected");
            assertTrue(f.wishesFulfilled() > 0, q + " wishes fulfilled");
            assertTrue(f.helpRecords() > 0, q + " help records");
            assertTrue(f.householdsVisited() > 0, q + " households visited");
            assertTrue(f.serviceRecords() > 0 && f.points().signum() > 0, q + " passbook points");
            assertTrue(f.fundsTotal().signum() > 0, q + " funds");
            assertTrue(f.pairsActive() > 0 && f.teams() > 0 && f.postClaims() > 0 && f.members() > 0, q + " pairs, teams, posts");
        }
        QuarterFigures now = services.stats().figures(Quarter.of(LocalDate.now()), c);
        assertTrue(now.newMembers() > 0 && now.pairsNew() > 0 && now.groupClaims() > 0, "the current quarter has new things too");
        assertTrue(services.stats().dashboard(Quarter.of(LocalDate.now()), c).topMembers().size() >= 10);

        List<FundEntry> funds = services.funds().list(FundQuery.community(c));
        assertTrue(funds.stream().anyMatch(FundEntry::isReversal), "one entry reversed");
        assertTrue(funds.stream().allMatch(e -> !e.date().isAfter(LocalDate.now())));
    }

    @Test
    void pointsFollowTheRulesOfSettings() {
        Services services = TestDatabases.freshServices();
        long c = load(services).community().id();
        // 王建国: 4 pairing visits + 1 household visit (VISIT 1), 3 help records (HELP_RECORD 3), a fulfilled wish
        // (WISH_FULFILLED 5), two household visits … and an adjustment of 5: the balance is what the rules give.
        long id = services.members().list(c, false).stream().filter(m -> m.name().equals("王建国")).findFirst()
                .orElseThrow().id();
        BigDecimal expected = new BigDecimal(4 + 2 + 3 * 3 + 5 + 5);
        assertEquals(0, expected.compareTo(services.passbook().balance(id)), "balance " + services.passbook().balance(id));
    }

    @Test
    void theQuarterlyReportOfTheCurrentQuarterIsFilled(@TempDir Path folder) throws IOException {
        Services services = TestDatabases.freshServices();
        long c = load(services).community().id();
        Path file = folder.resolve("report.xlsx");
        ReportService.Result result = services.reports().write(new ReportService.Request(Quarter.of(LocalDate.now()),
                List.of(c), file, false), Messages::get, ReportService.Monitor.NONE);
        assertTrue(result.rows().values().stream().allMatch(n -> n > 0), "every sheet has rows: " + result.rows());
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            assertEquals(6, book.getNumberOfSheets());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void onTheFirstDayOfAQuarterTheCurrentQuarterStillHasItsData() {
        Database database = TestDatabases.fresh();
        Services services = new Services(database);
        LocalDate firstDay = Quarter.of(LocalDate.now()).firstDay();
        long c = new SampleCommunity(database, services.auditor(), () -> firstDay).load((d, t) -> { }).community().id();
        QuarterFigures f = services.stats().figures(Quarter.of(firstDay), c);
        assertTrue(f.wishesCollected() > 0 && f.helpRecords() > 0 && f.serviceRecords() > 0, "figures on day one: " + f);
    }

    @Test
    void loadingTwiceIsRefusedAndChangesNothing() {
        Services services = TestDatabases.freshServices();
        load(services);
        int audit = auditEntries(services);
        ServiceException refused = assertThrows(ServiceException.class, () -> load(services));
        assertEquals("sample.error.exists", refused.messageKey());
        assertTrue(Messages.get(refused.messageKey(), refused.args()).contains(SampleCommunity.NAME));
        assertEquals(1, services.communities().list(true).size());
        assertEquals(audit, auditEntries(services));
    }

    @Test
    void aFileRefusedHalfWayLeavesNoHalfLoadedCommunity() throws IOException {
        Services services = TestDatabases.freshServices();
        int audit = auditEntries(services);
        String json;
        try (InputStream in = SampleCommunity.class.getResourceAsStream(SampleCommunity.RESOURCE)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the last fund entry names a member who does not exist: everything before it has already been written
        String broken = json.replace("\"organisation\": \"区残疾人联合会\"", "\"member\": \"无此人\"");
        assertFalse(broken.equals(json));
        ServiceException refused = assertThrows(ServiceException.class,
                () -> services.sampleCommunity().load(broken.getBytes(StandardCharsets.UTF_8), (d, t) -> { }));
        assertEquals("sample.error.unknown", refused.messageKey());
        assertTrue(services.communities().list(true).isEmpty());
        assertTrue(services.members().findByIdNumber("420106197205141012").isEmpty());
        assertEquals(audit, auditEntries(services), "no audit entry of the rolled-back work either");

        load(services); // and the real file still loads afterwards
        assertEquals(36, services.members().list(null, true).size());
    }

    @Test
    void aFileThatIsNotASampleCommunityIsRefusedInWords() {
        Services services = TestDatabases.freshServices();
        ServiceException refused = assertThrows(ServiceException.class,
                () -> services.sampleCommunity().load("{\"format\": 1, \"members\": 3}".getBytes(StandardCharsets.UTF_8), (d, t) -> { }));
        assertEquals("sample.error.format", refused.messageKey());
        assertTrue(services.communities().list(true).isEmpty());
    }
}
