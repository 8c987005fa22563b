package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams an .xlsx with fastexcel-reader (measured fastest here; see docs/decisions/0004-xlsx-reader.md) after
 * {@link XlsxGuard} has checked the package. Memory stays flat in the rows; the shared strings are held, bounded by
 * {@link Limits#MAX_SHARED_STRINGS_BYTES}.
 */
final class XlsxSpreadsheet implements Spreadsheet {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSpreadsheet.class);

    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final boolean date1904;
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    private XlsxSpreadsheet(ReadableWorkbook workbook) {
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
        this.date1904 = workbook.isDate1904();
    }

    static XlsxSpreadsheet open(Path file) {
        XlsxGuard.check(file);
        try {
            return new XlsxSpreadsheet(new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true)));
        } catch (IOException | ExcelReaderException | IllegalStateException e) {
            LOG.warn("Refused an xlsx that fastexcel could not open", e);
            throw SpreadsheetException.because(e, "import.refused.corrupt");
        }
    }

    @Override
    public Format format() {
        return Format.XLSX;
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    @Override
    public RowCursor rows(int index) {
        Stream<Row> stream;
        try {
            stream = sheets.get(index).openStream();
        } catch (IOException | ExcelReaderException e) {
            LOG.warn("Could not open sheet {} of an xlsx", index, e);
            throw SpreadsheetException.because(e, "import.refused.corrupt");
        }
        Iterator<Row> rows = stream.iterator();
        return new RowCursor() {
            private int count;

            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (ExcelReaderException | UncheckedIOException e) {
                    LOG.warn("An xlsx sheet broke off while reading", e);
                    throw SpreadsheetException.because(e, "import.refused.corrupt");
                }
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row;
                try {
                    row = rows.next();
                } catch (ExcelReaderException | UncheckedIOException e) {
                    LOG.warn("An xlsx row could not be read", e);
                    throw SpreadsheetException.because(e, "import.refused.corrupt");
                }
                if (++count > Limits.MAX_ROWS) {
                    throw new SpreadsheetException("import.refused.tooManyRows", Limits.MAX_ROWS);
                }
                return convert(row);
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }

    private SheetRow convert(Row row) {
        int width = Math.min(row.getCellCount(), Limits.MAX_COLUMNS);
        List<CellValue> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? CellValue.BLANK : convert(cell));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    private CellValue convert(Cell cell) {
        switch (cell.getType()) {
            case STRING:
                return CellValue.text(Cells.clip(String.valueOf(cell.getValue())));
            case NUMBER:
                return numberOrDate((BigDecimal) cell.getValue(), cell);
            case BOOLEAN:
                return CellValue.bool(Boolean.TRUE.equals(cell.getValue()));
            case ERROR:
                return CellValue.error(cell.getRawValue());
            case FORMULA:
                return cachedResult(cell);
            case EMPTY:
            default:
                return CellValue.BLANK;
        }
    }

    /** A formula cell's cached result: a number when it parses as one (formatted as a date if it is one), else text. */
    private CellValue cachedResult(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null || raw.isEmpty()) {
            return CellValue.BLANK;
        }
        try {
            return numberOrDate(new BigDecimal(raw), cell);
        } catch (NumberFormatException notNumber) {
            return CellValue.text(Cells.clip(raw));
        }
    }

    private CellValue numberOrDate(BigDecimal number, Cell cell) {
        Integer formatId = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        if (formatId != null && isDateFormat(formatId, format)) {
            double serial = number.doubleValue();
            if (DateUtil.isValidExcelDate(serial)) {
                return CellValue.date(DateUtil.getLocalDateTime(serial, date1904));
            }
        }
        return CellValue.number(number);
    }

    private boolean isDateFormat(int formatId, String format) {
        String key = formatId + "|" + format;
        return dateFormats.computeIfAbsent(key, k -> DateUtil.isADateFormat(formatId, format));
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            LOG.warn("Could not close an xlsx", e);
        }
    }
}
