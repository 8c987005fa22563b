package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link PrintableTable} as an {@code .xlsx} page ready to print: A4 portrait, one page wide, the column
 * headings repeated on every page, page numbers in the footer, subtotal and total rows in bold.
 */
public final class PrintableTableWriter {

    /** Chinese text needs a font that has it; Excel and WPS both know this one. */
    public static final String FONT = "宋体";

    private PrintableTableWriter() {
    }

    /** Writes the table to {@code target} through a temporary file, so a failure leaves no half workbook. */
    public static void write(PrintableTable table, Path target) throws IOException {
        try (Workbook workbook = build(table)) {
            SafeFiles.write(target, workbook::write);
        }
    }

    static Workbook build(PrintableTable table) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        Sheet sheet = workbook.createSheet(table.sheetName());
        int columns = table.columns().size();
        int r = 0;

        Row title = sheet.createRow(r);
        title.setHeightInPoints(30);
        cell(title, 0, styles.title).setCellValue(table.title());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        r++;
        for (String line : table.subtitles()) {
            Row row = sheet.createRow(r);
            cell(row, 0, styles.subtitle).setCellValue(line);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            r++;
        }
        r++;
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < columns; c++) {
            PrintableTable.Column column = table.columns().get(c);
            cell(header, c, styles.header).setCellValue(column.heading());
            sheet.setColumnWidth(c, Math.min(255, column.width()) * 256);
        }
        for (PrintableTable.Row data : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                Object value = c < data.cells().size() ? data.cells().get(c) : null;
                PrintableTable.Column column = table.columns().get(c);
                Cell cell = row.createCell(c);
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.number(data.emphasis(), column.decimals()));
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.number(data.emphasis(), column.decimals()));
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date(data.emphasis()));
                } else {
                    cell.setCellValue(value == null ? "" : value.toString());
                    cell.setCellStyle(styles.text(data.emphasis()));
                }
            }
        }
        if (table.footer() != null) {
            r++;
            Row row = sheet.createRow(r);
            cell(row, 0, styles.subtitle).setCellValue(table.footer());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        printSetup(sheet, headerRow);
        return workbook;
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static void printSetup(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.7);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getFooter().setCenter("&P / &N");
        sheet.createFreezePane(0, headerRow + 1);
    }

    /** The few styles the page needs, made once per workbook. */
    private static final class Styles {
        private final Workbook workbook;
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        private final Map<PrintableTable.Emphasis, CellStyle> texts = new EnumMap<>(PrintableTable.Emphasis.class);
        private final Map<PrintableTable.Emphasis, CellStyle> dates = new EnumMap<>(PrintableTable.Emphasis.class);
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(Workbook workbook) {
            this.workbook = workbook;
            title = workbook.createCellStyle();
            title.setFont(font(18, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(font(11, false));
            header = bordered(font(11, true));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        CellStyle text(PrintableTable.Emphasis emphasis) {
            return texts.computeIfAbsent(emphasis, e -> {
                CellStyle style = emphasised(e);
                style.setWrapText(true);
                return style;
            });
        }

        CellStyle date(PrintableTable.Emphasis emphasis) {
            return dates.computeIfAbsent(emphasis, e -> {
                CellStyle style = emphasised(e);
                style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                style.setAlignment(HorizontalAlignment.CENTER);
                return style;
            });
        }

        CellStyle number(PrintableTable.Emphasis emphasis, int decimals) {
            return numbers.computeIfAbsent(emphasis + "/" + decimals, key -> {
                CellStyle style = emphasised(emphasis);
                String format = decimals < 0 ? "General" : decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                return style;
            });
        }

        private CellStyle emphasised(PrintableTable.Emphasis emphasis) {
            CellStyle style = bordered(font(11, emphasis != PrintableTable.Emphasis.NONE));
            if (emphasis == PrintableTable.Emphasis.SUBTOTAL) {
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            } else if (emphasis == PrintableTable.Emphasis.TOTAL) {
                style.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }

        private CellStyle bordered(Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private Font font(int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }
    }
}
