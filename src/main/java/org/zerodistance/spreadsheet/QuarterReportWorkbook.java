package org.zerodistance.spreadsheet;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.zerodistance.domain.CommunityFigures;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.Phone;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.domain.ReportRows;

/**
 * The quarterly report workbook, streamed (SXSSF keeps a small window of rows per sheet in memory). Six sheets in a
 * fixed order with fixed names; each has a title row, a bold header row, frozen panes, an auto-filter, widths that fit
 * Chinese text, yuan and date formats and a print setup (landscape A4, fit to width, header row on every page).
 * User text always goes into text cells, so nothing a user typed can become a formula; the only formulas are the
 * totals on 汇总. ID numbers and phones are masked unless the workbook is made with {@code mask == false}.
 */
public final class QuarterReportWorkbook implements AutoCloseable {

    public static final String SUMMARY = "汇总";
    public static final String RANKING = "党员积分";
    public static final String WISHES = "微心愿";
    public static final String PAIRINGS = "结对帮扶";
    public static final String FUNDS = "帮扶资金";
    public static final String SERVICES = "服务记录";
    /** The sheets in workbook order: a contract with the clerks who file the report. */
    public static final List<String> SHEETS = List.of(SUMMARY, RANKING, WISHES, PAIRINGS, FUNDS, SERVICES);

    /** Rows kept in memory per sheet before they go to the temporary file. */
    private static final int WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final String FONT = "宋体";

    /** The clerk's words: titles by message key, and the names of stored codes. */
    public interface Labels {
        /** The text of a message key such as {@code report.column.name}. */
        String text(String key);

        /** A wish status code ({@code FULFILLED}) in words. */
        String wishStatus(String code);

        /** A wish source code ({@code HOME_VISIT}) in words. */
        String wishSource(String code);

        /** {@code CASH} or {@code MATERIAL} in words. */
        String fundKind(String code);

        /** {@code MEMBER}, {@code TEAM} or {@code ORGANISATION} in words. */
        String donorKind(String code);

        /** A passbook entry kind ({@code VISIT}) in words. */
        String serviceKind(String code);
    }

    private final SXSSFWorkbook workbook = new FastWorkbook();
    private final Labels labels;
    private final Function<String, String> words;
    private final boolean mask;
    private final Styles styles;

    /**
     * @param labels the clerk's words for titles and codes
     * @param mask   whether ID numbers and phones are masked
     */
    public QuarterReportWorkbook(Labels labels, boolean mask) {
        this.labels = labels;
        this.words = labels::text;
        this.mask = mask;
        this.styles = new Styles(workbook);
        for (String name : SHEETS) {
            workbook.createSheet(name);
        }
    }

    // ---------------------------------------------------------------------------------------------------- 汇总

    /**
     * Writes 汇总: a title, a line with the period and when the report was made, one row per community and a total
     * row whose cells are formulas (sums, and rates worked out from the sums), then a note on how figures are counted.
     */
    public void writeSummary(String title, String subtitle, List<CommunityFigures> rows, String note) {
        SXSSFSheet sheet = workbook.getSheet(SUMMARY);
        Figure[] figures = Figure.values();
        int lastColumn = figures.length;
        titleRows(sheet, title, subtitle, lastColumn);
        int headerRow = 2;
        Row header = sheet.createRow(headerRow);
        header.setHeightInPoints(36);
        headerCell(header, 0, words.apply("report.column.community"));
        sheet.setColumnWidth(0, width(words.apply("report.column.community"), 14));
        for (int i = 0; i < figures.length; i++) {
            String text = words.apply(figures[i].labelKey());
            headerCell(header, i + 1, text);
            sheet.setColumnWidth(i + 1, summaryWidth(figures[i], text));
        }
        int rowIndex = headerRow + 1;
        for (CommunityFigures row : rows) {
            Row r = sheet.createRow(rowIndex++);
            text(r, 0, row.community().name(), styles.text);
            for (int i = 0; i < figures.length; i++) {
                Cell cell = r.createCell(i + 1);
                Figure figure = figures[i];
                cell.setCellValue(figure.valueOf(row.figures()).doubleValue());
                cell.setCellStyle(styles.forKind(figure.kind(), false));
            }
        }
        int firstData = headerRow + 1;
        int lastData = rowIndex - 1;
        int totalRow = rowIndex;
        QuarterFigures total = QuarterFigures.sum(rows.stream().map(CommunityFigures::figures).toList());
        Row t = sheet.createRow(totalRow);
        text(t, 0, words.apply("report.total"), styles.totalText);
        for (int i = 0; i < figures.length; i++) {
            Figure figure = figures[i];
            Cell cell = t.createCell(i + 1);
            cell.setCellStyle(styles.forKind(figure.kind(), true));
            if (figure.kind() == Figure.Kind.RATE) {
                String numerator = ref(totalRow, column(figure.numerator()));
                String denominator = ref(totalRow, column(figure.denominator()));
                cell.setCellFormula("IF(" + denominator + "=0,0," + numerator + "/" + denominator + ")");
            } else {
                String letter = CellReference.convertNumToColString(i + 1);
                cell.setCellFormula(rows.isEmpty() ? "0" : "SUM(" + letter + (firstData + 1) + ":" + letter + (lastData + 1) + ")");
            }
            // The value the formula gives, so readers that do not recalculate still show it.
            cell.setCellValue(figure.valueOf(total).doubleValue());
        }
        Row noteRow = sheet.createRow(totalRow + 2);
        text(noteRow, 0, note, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(totalRow + 2, totalRow + 2, 0, lastColumn));
        noteRow.setHeightInPoints(30);
        sheet.createFreezePane(1, headerRow + 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastData, 0, lastColumn));
        }
        printSetup(sheet, headerRow, true);
        workbook.setForceFormulaRecalculation(true);
    }

    /** Wide enough for the values, and for the title on at most two lines (the header row wraps). */
    private static int summaryWidth(Figure figure, String title) {
        int values = switch (figure.kind()) {
            case YUAN -> 14;
            case POINTS -> 12;
            default -> 8;
        };
        return 256 * Math.max(values, (displayWidth(title) + 1) / 2 + 2);
    }

    private static int column(Figure figure) {
        return figure.ordinal() + 1;
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    // ---------------------------------------------------------------------------------------------------- details

    /** 党员积分: start the sheet; rows go to the returned sink, {@link DetailSheet#finish} closes it. */
    public DetailSheet<ReportRows.Ranking> ranking(String title) {
        return new DetailSheet<>(RANKING, title, List.of(
                new Column<ReportRows.Ranking>("report.column.community", Type.TEXT, 12, ReportRows.Ranking::community),
                new Column<ReportRows.Ranking>("report.column.rank", Type.COUNT, 6, ReportRows.Ranking::rank),
                new Column<ReportRows.Ranking>("report.column.name", Type.TEXT, 10, ReportRows.Ranking::name),
                new Column<ReportRows.Ranking>("report.column.idNumber", Type.ID_NUMBER, 21, ReportRows.Ranking::idNumber),
                new Column<ReportRows.Ranking>("report.column.phone", Type.PHONE, 14, ReportRows.Ranking::phone),
                new Column<ReportRows.Ranking>("report.column.partyBranch", Type.TEXT, 24, ReportRows.Ranking::partyBranch),
                new Column<ReportRows.Ranking>("report.column.workUnit", Type.TEXT, 18, ReportRows.Ranking::workUnit),
                new Column<ReportRows.Ranking>("report.column.records", Type.COUNT, 9, ReportRows.Ranking::records),
                new Column<ReportRows.Ranking>("report.column.fulfilledWishes", Type.COUNT, 9, ReportRows.Ranking::fulfilledWishes),
                new Column<ReportRows.Ranking>("report.column.points", Type.POINTS, 10, ReportRows.Ranking::points),
                new Column<ReportRows.Ranking>("report.column.awards", Type.TEXT, 24, ReportRows.Ranking::awards)));
    }

    /** 微心愿. */
    public DetailSheet<ReportRows.Wish> wishes(String title) {
        return new DetailSheet<>(WISHES, title, List.of(
                new Column<ReportRows.Wish>("report.column.community", Type.TEXT, 12, ReportRows.Wish::community),
                new Column<ReportRows.Wish>("report.column.number", Type.COUNT, 9, ReportRows.Wish::id),
                new Column<ReportRows.Wish>("report.column.wishContent", Type.TEXT, 34, ReportRows.Wish::content),
                new Column<ReportRows.Wish>("report.column.category", Type.TEXT, 10, ReportRows.Wish::category),
                new Column<ReportRows.Wish>("report.column.resident", Type.TEXT, 10, ReportRows.Wish::resident),
                new Column<ReportRows.Wish>("report.column.phone", Type.PHONE, 14, ReportRows.Wish::phone),
                new Column<ReportRows.Wish>("report.column.source", Type.TEXT, 9, w -> code(w.source(), labels::wishSource)),
                new Column<ReportRows.Wish>("report.column.collected", Type.DATE, 11, ReportRows.Wish::collected),
                new Column<ReportRows.Wish>("report.column.deadline", Type.DATE, 11, ReportRows.Wish::deadline),
                new Column<ReportRows.Wish>("report.column.status", Type.TEXT, 8, w -> code(w.status(), labels::wishStatus)),
                new Column<ReportRows.Wish>("report.column.claimant", Type.TEXT, 16,
                        w -> w.claimant() == null ? null : w.teamClaim() ? words.apply("report.teamClaim") + w.claimant() : w.claimant()),
                new Column<ReportRows.Wish>("report.column.claimed", Type.DATE, 11, ReportRows.Wish::claimed),
                new Column<ReportRows.Wish>("report.column.fulfilled", Type.DATE, 11, ReportRows.Wish::fulfilled),
                new Column<ReportRows.Wish>("report.column.estimatedValue", Type.YUAN, 11, ReportRows.Wish::estimatedValue),
                new Column<ReportRows.Wish>("report.column.actualValue", Type.YUAN, 11, ReportRows.Wish::actualValue),
                new Column<ReportRows.Wish>("report.column.wishNote", Type.TEXT, 20, ReportRows.Wish::note)));
    }

    /** 结对帮扶. */
    public DetailSheet<ReportRows.Pairing> pairings(String title) {
        return new DetailSheet<>(PAIRINGS, title, List.of(
                new Column<ReportRows.Pairing>("report.column.community", Type.TEXT, 12, ReportRows.Pairing::community),
                new Column<ReportRows.Pairing>("report.column.number", Type.COUNT, 8, ReportRows.Pairing::id),
                new Column<ReportRows.Pairing>("report.column.member", Type.TEXT, 10, ReportRows.Pairing::member),
                new Column<ReportRows.Pairing>("report.column.memberPhone", Type.PHONE, 14, ReportRows.Pairing::memberPhone),
                new Column<ReportRows.Pairing>("report.column.household", Type.TEXT, 10, ReportRows.Pairing::household),
                new Column<ReportRows.Pairing>("report.column.address", Type.TEXT, 16, ReportRows.Pairing::address),
                new Column<ReportRows.Pairing>("report.column.householdPhone", Type.PHONE, 14, ReportRows.Pairing::householdPhone),
                new Column<ReportRows.Pairing>("report.column.pairStart", Type.DATE, 11, ReportRows.Pairing::start),
                new Column<ReportRows.Pairing>("report.column.pairEnd", Type.DATE, 11, ReportRows.Pairing::end),
                new Column<ReportRows.Pairing>("report.column.visits", Type.COUNT, 9, ReportRows.Pairing::visits),
                new Column<ReportRows.Pairing>("report.column.helpRecords", Type.COUNT, 9, ReportRows.Pairing::helpRecords),
                new Column<ReportRows.Pairing>("report.column.helpValue", Type.YUAN, 12, ReportRows.Pairing::helpValue)));
    }

    /** 帮扶资金. */
    public DetailSheet<ReportRows.Fund> funds(String title) {
        return new DetailSheet<>(FUNDS, title, List.of(
                new Column<ReportRows.Fund>("report.column.community", Type.TEXT, 12, ReportRows.Fund::community),
                new Column<ReportRows.Fund>("report.column.number", Type.COUNT, 8, ReportRows.Fund::id),
                new Column<ReportRows.Fund>("report.column.date", Type.DATE, 11, ReportRows.Fund::date),
                new Column<ReportRows.Fund>("report.column.fundKind", Type.TEXT, 8, f -> code(f.kind(), labels::fundKind)),
                new Column<ReportRows.Fund>("report.column.description", Type.TEXT, 24, ReportRows.Fund::description),
                new Column<ReportRows.Fund>("report.column.quantity", Type.TEXT, 8, ReportRows.Fund::quantity),
                new Column<ReportRows.Fund>("report.column.amount", Type.YUAN, 12, ReportRows.Fund::amount),
                new Column<ReportRows.Fund>("report.column.donorKind", Type.TEXT, 8, f -> code(f.donorKind(), labels::donorKind)),
                new Column<ReportRows.Fund>("report.column.donor", Type.TEXT, 16, ReportRows.Fund::donor),
                new Column<ReportRows.Fund>("report.column.beneficiary", Type.TEXT, 10, ReportRows.Fund::beneficiary),
                new Column<ReportRows.Fund>("report.column.reverses", Type.COUNT, 8, ReportRows.Fund::reversesId),
                new Column<ReportRows.Fund>("report.column.reason", Type.TEXT, 16, ReportRows.Fund::reason),
                new Column<ReportRows.Fund>("report.column.operator", Type.TEXT, 10, ReportRows.Fund::operator)));
    }

    /** 服务记录. */
    public DetailSheet<ReportRows.Service> serviceRecords(String title) {
        return new DetailSheet<>(SERVICES, title, List.of(
                new Column<ReportRows.Service>("report.column.community", Type.TEXT, 12, ReportRows.Service::community),
                new Column<ReportRows.Service>("report.column.number", Type.COUNT, 9, ReportRows.Service::id),
                new Column<ReportRows.Service>("report.column.date", Type.DATE, 11, ReportRows.Service::date),
                new Column<ReportRows.Service>("report.column.name", Type.TEXT, 10, ReportRows.Service::member),
                new Column<ReportRows.Service>("report.column.serviceKind", Type.TEXT, 10, s -> code(s.kind(), labels::serviceKind)),
                new Column<ReportRows.Service>("report.column.description", Type.TEXT, 26, ReportRows.Service::description),
                new Column<ReportRows.Service>("report.column.hours", Type.POINTS, 8, ReportRows.Service::hours),
                new Column<ReportRows.Service>("report.column.points", Type.POINTS, 8, ReportRows.Service::points),
                new Column<ReportRows.Service>("report.column.reverses", Type.COUNT, 9, ReportRows.Service::reversesId),
                new Column<ReportRows.Service>("report.column.reason", Type.TEXT, 14, ReportRows.Service::reason),
                new Column<ReportRows.Service>("report.column.operator", Type.TEXT, 10, ReportRows.Service::operator)));
    }

    private static String code(String code, Function<String, String> words) {
        return code == null ? null : words.apply(code);
    }

    // ---------------------------------------------------------------------------------------------------- output

    /** Writes the workbook to {@code file} through a temporary file, so a failure leaves no half workbook behind. */
    public void writeTo(Path file) throws IOException {
        SafeFiles.write(file, workbook::write);
    }

    /** Also deletes SXSSF's temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    // ---------------------------------------------------------------------------------------------------- sheet parts

    private void titleRows(SXSSFSheet sheet, String title, String subtitle, int lastColumn) {
        Row t = sheet.createRow(0);
        t.setHeightInPoints(28);
        text(t, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
        Row s = sheet.createRow(1);
        text(s, 0, subtitle, styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
    }

    private void headerCell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** Landscape A4, all columns on one page width, the header row (and on 汇总 the community column) on every page. */
    private void printSetup(SXSSFSheet sheet, int headerRow, boolean repeatFirstColumn) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        if (repeatFirstColumn) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(words.apply("report.footer.page").replace("{0}", "&P").replace("{1}", "&N"));
        sheet.getHeader().setRight(sheet.getSheetName());
    }

    /** A column width in characters that fits {@code header} (a Chinese character counts double) and {@code content}. */
    private static int width(String header, int content) {
        return 256 * Math.min(60, Math.max(content, displayWidth(header) + 3));
    }

    /** Text width in character cells: a Chinese character takes two. */
    private static int displayWidth(String text) {
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            chars += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return chars;
    }

    /** How a column's values are written. */
    enum Type { TEXT, ID_NUMBER, PHONE, DATE, YUAN, POINTS, COUNT }

    /** A column of a detail sheet: its title's message key, how it is written, its width in characters, its value. */
    record Column<T>(String key, Type type, int width, Function<T, Object> value) {
    }

    /** A detail sheet being written: a title row, a header row, then one row per {@link #accept}. */
    public final class DetailSheet<T> implements Consumer<T> {

        private static final int HEADER_ROW = 1;

        private final SXSSFSheet sheet;
        private final List<Column<T>> columns;
        private final CellStyle[] cellStyles;
        private int next = HEADER_ROW + 1;

        DetailSheet(String name, String title, List<Column<T>> columns) {
            this.sheet = workbook.getSheet(name);
            this.columns = new ArrayList<>(columns);
            this.cellStyles = new CellStyle[columns.size()];
            Row t = sheet.createRow(0);
            t.setHeightInPoints(26);
            text(t, 0, title, styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(22);
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                String text = words.apply(column.key());
                headerCell(header, i, text);
                sheet.setColumnWidth(i, width(text, column.width()));
                cellStyles[i] = switch (column.type()) {
                    case TEXT, ID_NUMBER, PHONE -> styles.text;
                    case DATE -> styles.date;
                    case YUAN -> styles.yuan;
                    case POINTS -> styles.decimal;
                    case COUNT -> styles.count;
                };
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
        }

        /** Appends one row. */
        @Override
        public void accept(T item) {
            if (next >= MAX_ROWS) {
                throw new DomainException("report.error.tooManyRows", sheet.getSheetName(), MAX_ROWS - HEADER_ROW - 1);
            }
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cellStyles.length; i++) {
                Column<T> column = columns.get(i);
                Object value = column.value().apply(item);
                Cell cell = row.createCell(i);
                cell.setCellStyle(cellStyles[i]);
                if (value == null) {
                    continue; // a blank cell, still with its borders on paper
                }
                switch (column.type()) {
                    case TEXT -> cell.setCellValue((String) value);
                    case ID_NUMBER -> cell.setCellValue(mask ? IdNumber.mask((String) value) : (String) value);
                    case PHONE -> cell.setCellValue(mask ? Phone.mask((String) value) : (String) value);
                    case DATE -> cell.setCellValue((LocalDate) value);
                    case YUAN, POINTS -> cell.setCellValue(((BigDecimal) value).doubleValue());
                    case COUNT -> cell.setCellValue(((Number) value).doubleValue());
                }
            }
        }

        /** Data rows written so far. */
        public int rows() {
            return next - HEADER_ROW - 1;
        }

        /**
         * Adds the auto-filter over the rows written and the print setup. Both add defined names to the workbook, a list
         * the sheets share: sheets filled on two threads finish one at a time (unsynchronised, a report failed now and
         * then with a ConcurrentModificationException).
         */
        public void finish() {
            synchronized (QuarterReportWorkbook.this) {
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, next - 1), 0, columns.size() - 1));
                printSetup(sheet, HEADER_ROW, false);
            }
        }
    }

    /** The few cell styles of the workbook, made once (a style per cell would bloat the file). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;
        final CellStyle yuan;
        final CellStyle decimal;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle totalText;
        final CellStyle totalYuan;
        final CellStyle totalDecimal;
        final CellStyle totalCount;
        final CellStyle totalPercent;
        final CellStyle note;

        Styles(SXSSFWorkbook workbook) {
            var format = workbook.createDataFormat();
            Font plain = font(workbook, false, 11);
            Font bold = font(workbook, true, 11);
            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, 16));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setDataFormat(format.getFormat("@"));
            subtitle = workbook.createCellStyle();
            subtitle.setFont(plain);
            subtitle.setDataFormat(format.getFormat("@"));
            header = bordered(workbook, bold, format.getFormat("@"));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook, plain, format.getFormat("@"));
            date = bordered(workbook, plain, format.getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.CENTER);
            yuan = bordered(workbook, plain, format.getFormat("#,##0.00"));
            decimal = bordered(workbook, plain, format.getFormat("0.00"));
            count = bordered(workbook, plain, format.getFormat("0"));
            percent = bordered(workbook, plain, format.getFormat("0.0%"));
            totalText = bordered(workbook, bold, format.getFormat("@"));
            totalText.setAlignment(HorizontalAlignment.CENTER);
            totalYuan = bordered(workbook, bold, format.getFormat("#,##0.00"));
            totalDecimal = bordered(workbook, bold, format.getFormat("0.00"));
            totalCount = bordered(workbook, bold, format.getFormat("0"));
            totalPercent = bordered(workbook, bold, format.getFormat("0.0%"));
            note = workbook.createCellStyle();
            note.setFont(plain);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            note.setDataFormat(format.getFormat("@"));
        }

        CellStyle forKind(Figure.Kind kind, boolean total) {
            return switch (kind) {
                case COUNT -> total ? totalCount : count;
                case YUAN -> total ? totalYuan : yuan;
                case POINTS -> total ? totalDecimal : decimal;
                case RATE -> total ? totalPercent : percent;
            };
        }

        private static Font font(SXSSFWorkbook workbook, boolean bold, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(SXSSFWorkbook workbook, Font font, short dataFormat) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setDataFormat(dataFormat);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }

    /**
     * SXSSF tuned for large sheets, measured on a quarter of 450,000 rows (and again on 262,000): each sheet's XML is
     * written through an unsynchronised UTF-8 buffer (SXSSF writes it a character at a time, and the JDK's
     * BufferedWriter takes a lock for each one: a fifth of the whole report's time), and compressed by the sheet's own
     * thread as it is written, so saving the workbook only joins compressed parts ({@link DeflatedSheets}; compressing
     * 290 MB of sheet XML at the end took 1.6 s on one core while the other waited).
     */
    private static final class FastWorkbook extends SXSSFWorkbook {
        FastWorkbook() {
            super(WINDOW);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new FastSheetDataWriter();
        }

        /**
         * SXSSF's own copying of the template's entries into the zip, except that a sheet's entry is put together from
         * data its thread already compressed ({@link DeflatedSheets}).
         */
        @Override
        protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
            // A plain zip stream: POI's own for SXSSF (Zip64 always) passes entries through a stream of its own that
            // knows nothing of raw entries. Every size is known here, so Zip64 is needed only beyond 4 GB.
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            zip.setLevel(Deflater.BEST_SPEED); // the small parts; the sheets come compressed at this level
            try {
                Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry entry = entries.nextElement();
                    try (InputStream in = source.getInputStream(entry)) {
                        if (in instanceof ZipArchiveThresholdInputStream guarded) {
                            guarded.setGuardState(false); // as SXSSF does: the template is ours
                        }
                        XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                        if (sheet != null && !(sheet instanceof XSSFChartSheet)) {
                            try (InputStream data = getSheet(sheet.getSheetName()).getWorksheetXMLInputStream()) {
                                DeflatedSheets.writeSheet(zip, entry, in, data);
                            }
                        } else {
                            ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                            if (entry.getSize() >= 0) {
                                copy.setSize(entry.getSize());
                            }
                            if (entry.getTime() >= 0) {
                                copy.setTime(entry.getTime());
                            }
                            zip.putArchiveEntry(copy);
                            in.transferTo(zip);
                            zip.closeArchiveEntry();
                        }
                    }
                }
            } finally {
                zip.finish();
                source.close();
            }
        }
    }

    /**
     * SXSSF's sheet writer with the hooks it offers replaced: the temporary file is written through {@link Utf8Writer} and
     * compressed on the way ({@link DeflatedSheets}),
     * and text is escaped a character at a time instead of through a stream of code points made for every string (POI's
     * {@code String.codePoints()} took a tenth of the report's time). The escaping is POI's, character for character:
     * the same entities, ISO control characters and U+FFFE/U+FFFF as '?', surrogate pairs passed on together
     * ({@code FastSheetDataWriterTest} compares the two). Rows, cells and the sheet XML around them stay SXSSF's.
     */
    static final class FastSheetDataWriter extends SheetDataWriter {
        FastSheetDataWriter() throws IOException {
            super();
        }

        /** Writes to {@code writer} instead of a temporary file (tests). */
        FastSheetDataWriter(Writer writer) throws IOException {
            super(writer);
        }

        /**
         * Set while the superclass's constructor makes the writer (so it has no initialiser, which would run after and
         * clear it): the sheet's compressed rows, read back by {@link #decorateInputStream}.
         */
        private DeflatedSheets.DeflatingStream deflating;

        @Override
        public Writer createWriter(File file) throws IOException {
            return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream file) {
            deflating = new DeflatedSheets.DeflatingStream(file);
            return deflating;
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream file) {
            return new DeflatedSheets.SheetData(file, deflating);
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                return;
            }
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> _out.write("&lt;");
                    case '>' -> _out.write("&gt;");
                    case '&' -> _out.write("&amp;");
                    case '"' -> _out.write("&quot;");
                    case '\n' -> _out.write("&#xa;");
                    case '\r' -> _out.write("&#xd;");
                    case '\t' -> _out.write("&#x9;");
                    case '\u00A0' -> _out.write("&#xa0;");
                    default -> {
                        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            _out.write(c);
                            _out.write(s.charAt(++i));
                        } else if (c < ' ' || c >= '\uFFFE') {
                            _out.write('?');
                        } else {
                            _out.write(c);
                        }
                    }
                }
            }
        }
    }

    /**
     * A UTF-8 writer with its own byte buffer and no locking (one sheet is written by one thread). SXSSF hands it the
     * sheet XML a character at a time: each is encoded straight into the buffer, with no char buffer, String or byte
     * array in between. Unpaired surrogates become '?', as {@link String#getBytes} makes them.
     */
    static final class Utf8Writer extends Writer {
        private static final int CAPACITY = 1 << 16;
        private final OutputStream out;
        /** Room for one more character's four bytes beyond the capacity. */
        private final byte[] bytes = new byte[CAPACITY + 4];
        private int used;
        /** A high surrogate waiting for its pair, or 0. */
        private char high;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (ch < 0x80 && high == 0 && used < CAPACITY) {
                bytes[used++] = (byte) ch;
            } else {
                encode(ch);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                char ch = text.charAt(i);
                if (ch < 0x80 && high == 0 && used < CAPACITY) {
                    bytes[used++] = (byte) ch;
                } else {
                    encode(ch);
                }
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                char ch = chars[i];
                if (ch < 0x80 && high == 0 && used < CAPACITY) {
                    bytes[used++] = (byte) ch;
                } else {
                    encode(ch);
                }
            }
        }

        private void encode(char ch) throws IOException {
            if (used >= CAPACITY) {
                drain();
            }
            if (high != 0) {
                char pending = high;
                high = 0;
                if (Character.isLowSurrogate(ch)) {
                    int code = Character.toCodePoint(pending, ch);
                    bytes[used++] = (byte) (0xF0 | code >> 18);
                    bytes[used++] = (byte) (0x80 | code >> 12 & 0x3F);
                    bytes[used++] = (byte) (0x80 | code >> 6 & 0x3F);
                    bytes[used++] = (byte) (0x80 | code & 0x3F);
                    return;
                }
                bytes[used++] = '?';
                if (used >= CAPACITY) {
                    drain();
                }
            }
            if (ch < 0x80) {
                bytes[used++] = (byte) ch;
            } else if (ch < 0x800) {
                bytes[used++] = (byte) (0xC0 | ch >> 6);
                bytes[used++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch)) {
                high = ch;
            } else if (Character.isLowSurrogate(ch)) {
                bytes[used++] = '?';
            } else {
                bytes[used++] = (byte) (0xE0 | ch >> 12);
                bytes[used++] = (byte) (0x80 | ch >> 6 & 0x3F);
                bytes[used++] = (byte) (0x80 | ch & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(bytes, 0, used);
            used = 0;
        }

        /** Writes what is buffered; a high surrogate stays back until its pair arrives (or the writer closes). */
        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                if (high != 0) {
                    high = 0;
                    bytes[used++] = '?';
                }
                flush();
            } finally {
                out.close();
            }
        }
    }
}
