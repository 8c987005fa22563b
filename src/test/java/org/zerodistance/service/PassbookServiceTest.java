package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.PassbookEntry;
import org.zerodistance.domain.PassbookStatement;
import org.zerodistance.domain.PointsRule;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.VolunteerSeed;

class PassbookServiceTest {

    private Services services;
    private PassbookService passbook;
    private VolunteerSeed seed;
    private long community;
    private long zhang;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        passbook = services.passbook();
        seed = new VolunteerSeed(services);
        community = seed.community("城东社区").id();
        zhang = seed.member(community, "张伟");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private PassbookEntry only(long entryId) {
        return passbook.statement(zhang).lines().stream().map(PassbookStatement.Line::entry)
                .filter(e -> e.id() == entryId).findFirst().orElseThrow();
    }

    @Test
    void pointsComeFromTheRuleOfTheKindFixedOrPerHour() {
        long wish = seed.entry(community, zhang, LocalDate.of(2026, 4, 2), ServiceKind.WISH_FULFILLED, null);
        long visit = seed.entry(community, zhang, LocalDate.of(2026, 4, 3), ServiceKind.VISIT, "3");
        long duty = seed.entry(community, zhang, LocalDate.of(2026, 4, 4), ServiceKind.POST_DUTY, "2.5");
        assertEquals("5.00", only(wish).points().toPlainString(), "wish fulfilled: 5 per entry");
        assertEquals("1.00", only(visit).points().toPlainString(), "a per-entry rule ignores the hours");
        assertEquals("5.00", only(duty).points().toPlainString(), "post duty: 2 per hour × 2.5 h");
    }

    @Test
    void aRuleChangeAffectsNewEntriesOnly() {
        long before = seed.entry(community, zhang, LocalDate.of(2026, 4, 4), ServiceKind.POST_DUTY, "2");
        List<PointsRule> saved = passbook.saveRules(List.of(new PointsRule(ServiceKind.POST_DUTY, new BigDecimal("3"), true),
                new PointsRule(ServiceKind.VISIT, new BigDecimal("2"), false)));
        assertTrue(saved.contains(new PointsRule(ServiceKind.POST_DUTY, new BigDecimal("3.00"), true)));
        long after = seed.entry(community, zhang, LocalDate.of(2026, 4, 5), ServiceKind.POST_DUTY, "2");

        assertEquals("4.00", only(before).points().toPlainString(), "the old entry keeps what it earned");
        assertEquals("6.00", only(after).points().toPlainString(), "the new entry earns by the new rule");
        assertEquals("10.00", passbook.balance(zhang).toPlainString());
    }

    @Test
    void aRuleMayTurnFromPerHourToFixed() {
        passbook.saveRules(List.of(new PointsRule(ServiceKind.TEAM_ACTIVITY, new BigDecimal("4"), false)));
        long entry = seed.entry(community, zhang, LocalDate.of(2026, 4, 5), ServiceKind.TEAM_ACTIVITY, "3");
        assertEquals("4.00", only(entry).points().toPlainString());
    }

    @Test
    void rulesOutOfRangeAreRefused() {
        ServiceException refused = assertThrows(ServiceException.class,
                () -> passbook.saveRules(List.of(new PointsRule(ServiceKind.VISIT, new BigDecimal("-1"), false))));
        assertEquals("rules.error.points", refused.messageKey());
        assertEquals("rules.error.kind", assertThrows(ServiceException.class,
                () -> passbook.saveRules(List.of(new PointsRule(ServiceKind.ADJUSTMENT, BigDecimal.ONE, false)))).messageKey());
    }

    @Test
    void anAdjustmentCarriesItsPointsAndNeedsAReason() {
        assertEquals("adjustment.error.reasonRequired", assertThrows(DomainException.class,
                () -> passbook.adjust(zhang, LocalDate.of(2026, 5, 1), new BigDecimal("3"), "  ")).messageKey());
        assertEquals("adjustment.error.pointsRequired", assertThrows(ServiceException.class,
                () -> passbook.adjust(zhang, LocalDate.of(2026, 5, 1), BigDecimal.ZERO, "补记")).messageKey());

        PassbookEntry deduction = passbook.adjust(zhang, LocalDate.of(2026, 5, 1), new BigDecimal("-2"), "重复登记的走访");
        assertEquals(ServiceKind.ADJUSTMENT, deduction.kind());
        assertEquals("-2.00", deduction.points().toPlainString());
        assertEquals("重复登记的走访", deduction.reason());
        assertEquals("测试员", deduction.operator());
        assertEquals("手工调整：重复登记的走访", PassbookService.describe(deduction, Messages::get));
    }

    @Test
    void aReversingEntryNegatesTheMistakeAndKeepsIt() {
        long mistake = seed.entry(community, zhang, LocalDate.of(2026, 4, 2), ServiceKind.WISH_FULFILLED, null);
        PassbookEntry reversal = passbook.reverse(mistake, LocalDate.of(2026, 4, 10), "认领人登记错了");

        assertEquals(ServiceKind.REVERSAL, reversal.kind());
        assertEquals(mistake, reversal.reversesId());
        assertEquals("-5.00", reversal.points().toPlainString());
        assertNull(reversal.hours());
        assertEquals(0, passbook.balance(zhang).signum());
        PassbookEntry original = only(mistake);
        assertEquals("5.00", original.points().toPlainString(), "the mistaken entry is not edited");
        assertTrue(original.reversed());
        assertEquals(reversal.id(), original.reversedById());
        assertTrue(PassbookService.describe(original, Messages::get).endsWith("（已冲正）"));
        assertTrue(PassbookService.describe(reversal, Messages::get).contains("认领人登记错了"));
    }

    @Test
    void anEntryIsReversedAtMostOnceAndAReversalIsNotReversed() {
        long mistake = seed.entry(community, zhang, LocalDate.of(2026, 4, 2), ServiceKind.VISIT, null);
        PassbookEntry reversal = passbook.reverse(mistake, LocalDate.of(2026, 4, 10), "重复");
        assertEquals("reversal.error.alreadyReversed", assertThrows(ServiceException.class,
                () -> passbook.reverse(mistake, LocalDate.of(2026, 4, 11), "再来一次")).messageKey());
        assertEquals("reversal.error.isReversal", assertThrows(ServiceException.class,
                () -> passbook.reverse(reversal.id(), LocalDate.of(2026, 4, 11), "撤销冲正")).messageKey());
        assertEquals("reversal.error.reasonRequired", assertThrows(DomainException.class,
                () -> passbook.reverse(mistake, LocalDate.of(2026, 4, 11), "")).messageKey());
        assertEquals(2, passbook.statement(zhang).lines().size());
    }

    @Test
    void theDatabaseItselfRefusesASecondReversalOfOneEntry() {
        long mistake = seed.entry(community, zhang, LocalDate.of(2026, 4, 2), ServiceKind.VISIT, null);
        passbook.reverse(mistake, LocalDate.of(2026, 4, 10), "重复");
        ServiceRecordDraft second = new ServiceRecordDraft(community, zhang, LocalDate.of(2026, 4, 11), ServiceKind.REVERSAL, null,
                null, new BigDecimal("-1"), ServiceRecordDraft.Links.reverses(mistake), "绕过检查");
        assertThrows(org.jooq.exception.DataAccessException.class,
                () -> services.database().inTransaction((DSLContext ctx) -> services.pointsLedger().record(ctx, second)));
        assertEquals(2, (int) services.database().read(ctx -> ctx.fetchCount(SERVICE_RECORD)));
    }

    @Test
    void theStatementShowsRunningBalanceAndQuarterlySubtotals() {
        seed.entry(community, zhang, LocalDate.of(2026, 3, 20), ServiceKind.VISIT, null);          // +1
        seed.entry(community, zhang, LocalDate.of(2026, 7, 3), ServiceKind.POST_DUTY, "2");        // +4
        long wish = seed.entry(community, zhang, LocalDate.of(2026, 7, 9), ServiceKind.WISH_FULFILLED, null); // +5
        passbook.reverse(wish, LocalDate.of(2026, 10, 8), "重复");                                    // -5 in Q4
        PassbookStatement statement = passbook.statement(zhang);

        assertEquals(List.of("1.00", "5.00", "10.00", "5.00"),
                statement.lines().stream().map(l -> l.balance().toPlainString()).toList());
        assertEquals(List.of("2026Q1", "2026Q3", "2026Q4"), statement.quarters().stream().map(q -> q.quarter().code()).toList());
        assertEquals("9.00", statement.subtotal(Quarter.parse("2026Q3")).points().toPlainString());
        assertEquals("-5.00", statement.subtotal(Quarter.parse("2026Q4")).points().toPlainString());
        assertEquals("5.00", statement.balance().toPlainString());
    }

    @Test
    void theExportIsAPrintablePassbookPage(@TempDir Path folder) throws Exception {
        seed.entry(community, zhang, LocalDate.of(2026, 3, 20), ServiceKind.VISIT, null);
        seed.entry(community, zhang, LocalDate.of(2026, 7, 3), ServiceKind.POST_DUTY, "2");
        String fileName = PassbookService.exportFileName(new org.zerodistance.domain.MemberName(zhang, "张伟"), Messages::get);
        assertEquals("爱心储蓄存折-张伟.xlsx", fileName);
        Path file = passbook.export(zhang, Messages::get, folder.resolve(fileName));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> text = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(formatter.formatCellValue(cell)).append('|'));
                text.add(line.toString());
            }
            assertEquals("爱心储蓄存折|", text.get(0));
            assertTrue(text.get(1).contains("张伟") && text.get(1).contains("城东社区"), text.get(1));
            assertTrue(text.stream().anyMatch(l -> l.startsWith("日期|类别|摘要|")), "column headings");
            assertTrue(text.stream().anyMatch(l -> l.startsWith("2026-03-20|走访|")), String.join("\n", text));
            assertTrue(text.stream().anyMatch(l -> l.contains("2026年第1季度小计（1 笔）") && l.endsWith("1.00|1.00|")), String.join("\n", text));
            assertTrue(text.stream().anyMatch(l -> l.contains("2026年第3季度小计（1 笔）") && l.endsWith("4.00|5.00|")), String.join("\n", text));
            assertTrue(text.stream().anyMatch(l -> l.contains("合计（共 2 笔）") && l.endsWith("5.00|5.00|")), String.join("\n", text));

            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals(1, print.getFitWidth());
            assertTrue(sheet.getFitToPage());
            assertFalse(print.getLandscape());
            assertTrue(sheet.getRepeatingRows() != null, "column headings repeat on every printed page");
        }
    }
}
