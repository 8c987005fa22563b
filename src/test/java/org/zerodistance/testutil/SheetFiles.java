package org.zerodistance.testutil;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small spreadsheets for tests: {@code SheetFiles.sheet("名单").row("姓名", "身份证号").row("张伟", id).xlsx(path)}.
 * Cell values: String (text), Number, LocalDate (a real date cell), {@link Formula} (with its cached result), null (no cell).
 */
public final class SheetFiles {

    /** A formula cell; its cached value is computed when the file is written. */
    public record Formula(String expression) {
    }

    private final List<SheetData> sheets = new ArrayList<>();

    private record SheetData(String name, List<Object[]> rows, List<int[]> merges) {
    }

    private SheetFiles() {
    }

    public static SheetFiles sheet(String name) {
        return new SheetFiles().andSheet(name);
    }

    /** Starts another sheet; rows added next go there. */
    public SheetFiles andSheet(String name) {
        sheets.add(new SheetData(name, new ArrayList<>(), new ArrayList<>()));
        return this;
    }

    public SheetFiles row(Object... cells) {
        current().rows().add(cells);
        return this;
    }

    public SheetFiles blankRow() {
        current().rows().add(new Object[0]);
        return this;
    }

    /** Merges columns {@code firstCol..lastCol} of the last row added (a title row). */
    public SheetFiles mergeLastRow(int firstCol, int lastCol) {
        int r = current().rows().size() - 1;
        current().merges().add(new int[] {r, r, firstCol, lastCol});
        return this;
    }

    private SheetData current() {
        return sheets.get(sheets.size() - 1);
    }

    public Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            return write(workbook, file);
        }
    }

    public Path xls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createInformationProperties();
            workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(1200);
            workbook.getSummaryInformation().getFirstSection().setCodepage(1200);
            return write(workbook, file);
        }
    }

    private Path write(Workbook workbook, Path file) throws IOException {
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (SheetData data : sheets) {
            Sheet sheet = workbook.createSheet(data.name());
            for (int r = 0; r < data.rows().size(); r++) {
                Object[] values = data.rows().get(r);
                if (values.length == 0) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Formula formula) {
                        cell.setCellFormula(formula.expression());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            for (int[] m : data.merges()) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** The first sheet as CSV text: fields quoted when they hold the delimiter, quotes or line breaks; lines end CRLF. */
    public String csvText(char delimiter) {
        StringBuilder out = new StringBuilder();
        for (Object[] values : sheets.get(0).rows()) {
            List<String> fields = new ArrayList<>();
            for (Object value : values) {
                String text = value == null ? "" : value.toString();
                if (text.indexOf(delimiter) >= 0 || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                    text = "\"" + text.replace("\"", "\"\"") + "\"";
                }
                fields.add(text);
            }
            out.append(String.join(String.valueOf(delimiter), fields)).append("\r\n");
        }
        return out.toString();
    }

    public Path csv(Path file, Charset charset, char delimiter, boolean bom) throws IOException {
        byte[] body = csvText(delimiter).getBytes(charset);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Files.write(file, bytes);
        return file;
    }

    @Override
    public String toString() {
        return sheets.stream().map(s -> s.name() + ":" + s.rows().stream().map(Arrays::toString).toList()).toList().toString();
    }
}
