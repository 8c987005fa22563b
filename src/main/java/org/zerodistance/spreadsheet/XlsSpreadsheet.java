package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Excel 97-2003 .xls read with POI HSSF. HSSF holds the whole workbook in memory (there is no streaming user
 * model), so files are capped at {@link Limits#MAX_XLS_BYTES}; the format itself stops at 65,536 rows a sheet.
 */
final class XlsSpreadsheet implements Spreadsheet {

    private static final Logger LOG = LoggerFactory.getLogger(XlsSpreadsheet.class);

    private final HSSFWorkbook workbook;

    private XlsSpreadsheet(HSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Reads the workbook stored in {@code root} of an OLE2 file already opened and checked for size. */
    static XlsSpreadsheet open(DirectoryNode root) {
        try {
            return new XlsSpreadsheet(new HSSFWorkbook(root, false));
        } catch (EncryptedDocumentException e) {
            LOG.info("Refused a password-protected xls");
            throw SpreadsheetException.because(e, "import.refused.encrypted");
        } catch (OldExcelFormatException e) {
            LOG.info("Refused an Excel 5/95 file");
            throw SpreadsheetException.because(e, "import.refused.tooOld");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Refused an xls that POI could not read", e);
            throw SpreadsheetException.because(e, "import.refused.corrupt");
        }
    }

    @Override
    public Format format() {
        return Format.XLS;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public RowCursor rows(int index) {
        Iterator<Row> rows = workbook.getSheetAt(index).rowIterator();
        return new RowCursor() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return convert(rows.next());
            }

            @Override
            public void close() {
                // the workbook is in memory; nothing to release per sheet
            }
        };
    }

    private static SheetRow convert(Row row) {
        int width = Math.min(Math.max(row.getLastCellNum(), 0), Limits.MAX_COLUMNS);
        List<CellValue> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? CellValue.BLANK : convert(cell, cell.getCellType()));
        }
        return new SheetRow(row.getRowNum() + 1, cells);
    }

    private static CellValue convert(Cell cell, CellType type) {
        switch (type) {
            case STRING:
                return CellValue.text(Cells.clip(cell.getStringCellValue()));
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return CellValue.date(cell.getLocalDateTimeCellValue());
                }
                return CellValue.number(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN:
                return CellValue.bool(cell.getBooleanCellValue());
            case ERROR:
                return CellValue.error(errorText(cell.getErrorCellValue()));
            case FORMULA:
                return convert(cell, cell.getCachedFormulaResultType());
            case BLANK:
            case _NONE:
            default:
                return CellValue.BLANK;
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "#ERROR";
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            LOG.warn("Could not close an xls", e);
        }
    }
}
