package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a plain table to an .xlsx with flat memory (SXSSF): a bold header row, then rows of text cells. Every cell is
 * text, so an ID number keeps its 18 digits and text starting with {@code =} is not taken for a formula.
 */
public final class TableWriter {

    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

    private TableWriter() {
    }

    public static void write(Path target, String sheetName, List<String> header, Iterable<List<String>> rows) {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                var cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 18 * 256);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value != null && !value.isEmpty()) {
                        var cell = row.createCell(c);
                        cell.setCellValue(value);
                        cell.setCellStyle(text);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            workbook.dispose();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not write the spreadsheet {}", target.getFileName(), e);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                LOG.warn("Could not remove the partial file {}", temp.getFileName(), ignored);
            }
            throw SpreadsheetException.because(e, "import.error.notSaved", target);
        }
    }
}
