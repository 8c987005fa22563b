package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.testutil.QuarterData.EAST;
import static org.zerodistance.testutil.QuarterData.EAST_ID;
import static org.zerodistance.testutil.QuarterData.FORMULA_DONOR;
import static org.zerodistance.testutil.QuarterData.FORMULA_TEXT;
import static org.zerodistance.testutil.QuarterData.Q;
import static org.zerodistance.testutil.QuarterData.WEST;
import static org.zerodistance.testutil.QuarterData.ZHANG_ID;
import static org.zerodistance.testutil.QuarterData.ZHANG_PHONE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.CommunityFigures;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.Phone;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.AuditRepository;
import org.zerodistance.spreadsheet.QuarterReportWorkbook;
import org.zerodistance.testutil.QuarterData;
import org.zerodistance.testutil.TestDatabases;

/** The quarterly workbook read back with POI: structure, formulas, text cells, masking, and equality with the dashboard. */
class ReportServiceTest {

    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void load() {
        services = TestDatabases.freshServices();
        QuarterData.load(services.database());
    }

    private XSSFWorkbook write(List<Long> communities, boolean unmask) throws IOException {
        Path file = folder.resolve("report.xlsx");
        services.reports().write(new ReportService.Request(Q, communities, file, unmask), Messages::get, ReportService.Monitor.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetsComeInTheAgreedOrderWithTheirRows() throws IOException {
        try (XSSFWorkbook book = write(List.of(), false)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("汇总", "党员积分", "微心愿", "结对帮扶", "帮扶资金", "服务记录"), names);
            // data rows start below the title and header rows
            assertEquals(List.of(3, 7, 4, 5, 6), List.of(dataRows(book, "党员积分"), dataRows(book, "微心愿"),
                    dataRows(book, "结对帮扶"), dataRows(book, "帮扶资金"), dataRows(book, "服务记录")));
            Sheet ranking = book.getSheet("党员积分");
            assertEquals("张伟", ranking.getRow(2).getCell(2).getStringCellValue());
            assertEquals(1, ranking.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(1.0, ranking.getRow(2).getCell(8).getNumericCellValue(), "wishes fulfilled");
            assertEquals(6.0, ranking.getRow(2).getCell(9).getNumericCellValue());
            assertEquals("服务之星", ranking.getRow(2).getCell(10).getStringCellValue(), "only the quarter's award");
            assertEquals(2, ranking.getRow(3).getCell(1).getNumericCellValue());
            Sheet funds = book.getSheet("帮扶资金");
            assertEquals(-200.0, funds.getRow(5).getCell(6).getNumericCellValue(), "a reversing entry counts negatively");
            assertEquals(3.0, funds.getRow(5).getCell(10).getNumericCellValue(), "and names the entry it reverses");
            Sheet wishes = book.getSheet("微心愿");
            assertEquals(1.0, wishes.getRow(2).getCell(1).getNumericCellValue(), "rows in the order they were entered");
            assertEquals("已兑现", cellText(wishes, 2, 9), "wish 1: fulfilled in the quarter");
            assertEquals("已兑现", statusOfWish(wishes, 5), "collected before the quarter, fulfilled in it");
            assertEquals("已取消", statusOfWish(wishes, 4));
            assertEquals("待认领", statusOfWish(wishes, 3), "claimed only after the quarter: still waiting at its end");
            assertEquals("［团队］电器维修志愿服务队", claimantOfWish(wishes, 2));
            Cell collected = wishes.getRow(2).getCell(7);
            assertEquals(LocalDate.of(2026, 7, 10), collected.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("2026-07-10", new DataFormatter().formatCellValue(collected));
        }
    }

    @Test
    void theRankingSheetIsTheRecognitionRankingOfEachCommunity() throws IOException {
        try (XSSFWorkbook book = write(List.of(), false)) {
            Sheet sheet = book.getSheet("党员积分");
            int row = 2;
            for (long community : List.of(EAST_ID, QuarterData.WEST_ID)) {
                for (RankingRow expected : services.recognition().ranking(community, Q).rows()) {
                    Row actual = sheet.getRow(row++);
                    assertEquals(expected.rank(), (int) actual.getCell(1).getNumericCellValue());
                    assertEquals(expected.member().name(), actual.getCell(2).getStringCellValue());
                    assertEquals(expected.fulfilledWishes(), (int) actual.getCell(8).getNumericCellValue());
                    assertEquals(expected.points().doubleValue(), actual.getCell(9).getNumericCellValue(), 1e-9);
                }
            }
            assertEquals(row - 1, sheet.getLastRowNum(), "no other rows");
        }
    }

    @Test
    void theSummaryHasARowPerCommunityAndATotalRowOfFormulas() throws IOException {
        try (XSSFWorkbook book = write(List.of(), false)) {
            Sheet summary = book.getSheet("汇总");
            assertTrue(summary.getRow(0).getCell(0).getStringCellValue().contains("2026年第3季度"));
            assertTrue(summary.getRow(1).getCell(0).getStringCellValue().contains("2026-07-01 至 2026-09-30"));
            assertEquals("社区", summary.getRow(2).getCell(0).getStringCellValue());
            assertEquals(EAST, summary.getRow(3).getCell(0).getStringCellValue());
            assertEquals(WEST, summary.getRow(4).getCell(0).getStringCellValue());
            Row total = summary.getRow(5);
            assertEquals("合计", total.getCell(0).getStringCellValue());
            int members = Figure.MEMBERS.ordinal() + 1;
            assertEquals("SUM(B4:B5)", total.getCell(members).getCellFormula());
            assertEquals(5.0, total.getCell(members).getNumericCellValue(), "cached value for readers that do not recalculate");
            String claimRate = total.getCell(Figure.CLAIM_RATE.ordinal() + 1).getCellFormula();
            assertTrue(claimRate.startsWith("IF("), claimRate);
            assertTrue(book.getForceFormulaRecalculation());
        }
    }

    @Test
    void formulasAppearOnlyInTheSummarysTotalRow() throws IOException {
        try (XSSFWorkbook book = write(List.of(), false)) {
            List<String> formulaCells = new ArrayList<>();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulaCells.add(sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
            assertEquals(Figure.values().length, formulaCells.size(), formulaCells.toString());
            assertTrue(formulaCells.stream().allMatch(a -> a.startsWith("汇总!") && a.endsWith("6")), formulaCells.toString());
        }
    }

    @Test
    void userTextIsAlwaysATextCellSoItNeverRunsAsAFormula() throws IOException {
        try (XSSFWorkbook book = write(List.of(), false)) {
            Cell wish = find(book.getSheet("微心愿"), FORMULA_TEXT);
            assertNotNull(wish, "the wish that looks like a formula is there, as text");
            assertEquals(CellType.STRING, wish.getCellType());
            assertEquals("@", wish.getCellStyle().getDataFormatString());
            Cell donor = find(book.getSheet("帮扶资金"), FORMULA_DONOR);
            assertNotNull(donor);
            assertEquals(CellType.STRING, donor.getCellType());
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertEquals("@", cell.getCellStyle().getDataFormatString(), sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
        }
    }

    @Test
    void idNumbersAndPhonesAreMaskedUnlessAskedAndUnmaskingIsAudited() throws IOException {
        try (XSSFWorkbook masked = write(List.of(), false)) {
            Row zhang = masked.getSheet("党员积分").getRow(2);
            assertEquals(IdNumber.mask(ZHANG_ID), zhang.getCell(3).getStringCellValue());
            assertEquals(Phone.mask(ZHANG_PHONE), zhang.getCell(4).getStringCellValue());
            assertNull(find(masked.getSheet("党员积分"), ZHANG_ID));
            assertNull(find(masked.getSheet("微心愿"), "13500003333"));
            assertNotNull(find(masked.getSheet("微心愿"), Phone.mask("13500003333")));
        }
        assertFalse(audited(AuditEntry.Action.REVEAL));
        try (XSSFWorkbook clear = write(List.of(), true)) {
            Row zhang = clear.getSheet("党员积分").getRow(2);
            assertEquals(ZHANG_ID, zhang.getCell(3).getStringCellValue());
            assertEquals(ZHANG_PHONE, zhang.getCell(4).getStringCellValue());
        }
        assertTrue(audited(AuditEntry.Action.REVEAL));
    }

    @Test
    void theWorkbooksFiguresEqualTheDashboards() throws IOException {
        assertWorkbookEqualsDashboard(List.of(), null);
        assertWorkbookEqualsDashboard(List.of(EAST_ID), EAST_ID);
    }

    private void assertWorkbookEqualsDashboard(List<Long> communities, Long dashboardScope) throws IOException {
        QuarterFigures dashboard = services.stats().dashboard(Q, dashboardScope).figures();
        List<CommunityFigures> perCommunity = services.stats().figuresByCommunity(Q, communities);
        try (XSSFWorkbook book = write(communities, false)) {
            Sheet summary = book.getSheet("汇总");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int totalRow = 3 + perCommunity.size();
            assertEquals("合计", summary.getRow(totalRow).getCell(0).getStringCellValue());
            for (Figure figure : Figure.values()) {
                Cell total = summary.getRow(totalRow).getCell(figure.ordinal() + 1);
                double expected = figure.valueOf(dashboard).doubleValue();
                assertEquals(expected, evaluator.evaluate(total).getNumberValue(), 1e-9, "recalculated " + figure);
                assertEquals(expected, total.getNumericCellValue(), 1e-9, "cached " + figure);
                for (int i = 0; i < perCommunity.size(); i++) {
                    assertEquals(figure.valueOf(perCommunity.get(i).figures()).doubleValue(),
                            summary.getRow(3 + i).getCell(figure.ordinal() + 1).getNumericCellValue(), 1e-9,
                            perCommunity.get(i).community().name() + " " + figure);
                }
            }
        }
    }

    @Test
    void sheetsLookLikeAReportAClerkHandsIn() throws IOException {
        try (XSSFWorkbook book = write(List.of(), false)) {
            for (String name : QuarterReportWorkbook.SHEETS) {
                XSSFSheet sheet = book.getSheet(name);
                int headerRow = name.equals("汇总") ? 2 : 1;
                assertTrue(book.getFontAt(sheet.getRow(headerRow).getCell(0).getCellStyle().getFontIndex()).getBold(), name + " bold header");
                assertNotNull(sheet.getPaneInformation(), name + " frozen panes");
                assertEquals(headerRow + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), name);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + " auto-filter");
                assertTrue(sheet.getPrintSetup().getLandscape(), name + " landscape");
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name + " fit to width");
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(headerRow, sheet.getRepeatingRows().getFirstRow(), name + " header row on every page");
                assertTrue(sheet.getColumnWidth(0) >= 12 * 256, name + " community column fits Chinese names");
            }
            XSSFSheet funds = book.getSheet("帮扶资金");
            assertEquals("#,##0.00", funds.getRow(2).getCell(6).getCellStyle().getDataFormatString(), "yuan");
            assertEquals("yyyy-mm-dd", funds.getRow(2).getCell(2).getCellStyle().getDataFormatString(), "date");
            XSSFSheet summary = book.getSheet("汇总");
            assertEquals("0.0%", summary.getRow(3).getCell(Figure.CLAIM_RATE.ordinal() + 1).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void oneCommunityOnlyHasItsOwnRows() throws IOException {
        try (XSSFWorkbook book = write(List.of(EAST_ID), false)) {
            assertEquals(EAST, book.getSheet("汇总").getRow(3).getCell(0).getStringCellValue());
            assertEquals("合计", book.getSheet("汇总").getRow(4).getCell(0).getStringCellValue());
            assertEquals(5, dataRows(book, "服务记录"));
            assertNull(find(book.getSheet("服务记录"), WEST));
        }
    }

    @Test
    void progressIsReportedAndCancellingWritesNoFile() {
        Path file = folder.resolve("cancelled.xlsx");
        List<long[]> steps = new ArrayList<>();
        ReportService.Result result = services.reports().write(new ReportService.Request(Q, List.of(), folder.resolve("ok.xlsx"), false),
                Messages::get, new ReportService.Monitor() {
                    @Override
                    public void progress(long done, long total) {
                        steps.add(new long[] {done, total});
                    }
                });
        assertEquals(steps.get(0)[1], steps.get(steps.size() - 1)[0], "ends with all steps done");
        assertTrue(steps.size() > 5, "several steps along the way");
        assertEquals(steps.get(0)[1], steps.get(steps.size() - 1)[1]);
        assertEquals(Map.of("汇总", 2, "党员积分", 3, "微心愿", 7, "结对帮扶", 4, "帮扶资金", 5, "服务记录", 6), result.rows());

        int[] calls = {0};
        assertThrows(ReportService.ReportCancelledException.class, () -> services.reports().write(
                new ReportService.Request(Q, List.of(), file, false), Messages::get, new ReportService.Monitor() {
                    @Override
                    public boolean isCancelled() {
                        return ++calls[0] > 3;
                    }
                }));
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(folder.resolve("cancelled.xlsx.part")));
    }

    @Test
    void badTargetsAreRefusedWithAReason() {
        assertEquals("report.error.extension", refusal(folder.resolve("report.csv")));
        assertEquals("report.error.folderMissing", refusal(folder.resolve("missing").resolve("report.xlsx")));
    }

    @Test
    void aFolderNamedLikeAWorkbookIsRefused() throws IOException {
        assertEquals("report.error.isFolder", refusal(Files.createDirectories(folder.resolve("dir.xlsx"))));
    }

    private String refusal(Path file) {
        return assertThrows(ServiceException.class, () -> services.reports().write(
                new ReportService.Request(Q, List.of(), file, false), Messages::get, ReportService.Monitor.NONE)).messageKey();
    }

    private boolean audited(AuditEntry.Action action) {
        return services.database().read(ctx -> new AuditRepository().latest(ctx, 50)).stream()
                .anyMatch(e -> e.action() == action && "report".equals(e.entity()));
    }

    private static int dataRows(XSSFWorkbook book, String sheet) {
        return book.getSheet(sheet).getLastRowNum() - 1;
    }

    private static String cellText(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? null : new DataFormatter().formatCellValue(cell);
    }

    private static String statusOfWish(Sheet wishes, long id) {
        return cellText(wishes, rowOfWish(wishes, id), 9);
    }

    private static String claimantOfWish(Sheet wishes, long id) {
        return cellText(wishes, rowOfWish(wishes, id), 10);
    }

    private static int rowOfWish(Sheet wishes, long id) {
        for (Row row : wishes) {
            Cell number = row.getCell(1);
            if (row.getRowNum() >= 2 && number != null && number.getNumericCellValue() == id) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no wish " + id);
    }

    private static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        return null;
    }
}
