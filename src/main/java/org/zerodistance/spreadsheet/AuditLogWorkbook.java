package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zerodistance.domain.AuditEntry;

/**
 * The audit log as an {@code .xlsx} sheet, streamed (SXSSF keeps only a window of rows in memory). User text goes
 * into text cells, so a summary that starts with {@code =} is never a formula.
 */
public final class AuditLogWorkbook implements AutoCloseable {

    /** Column titles and the words for actions and entities, in the clerk's language. */
    public record Labels(String sheetName, List<String> headers,
                         java.util.function.Function<AuditEntry.Action, String> action,
                         java.util.function.Function<String, String> entity) {
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle timeStyle;
    private final Labels labels;
    private final ZoneId zone;
    private int nextRow;

    public AuditLogWorkbook(Labels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
        this.sheet = workbook.createSheet(labels.sheetName());
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < labels.headers().size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(labels.headers().get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {20, 14, 10, 12, 10, 80};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** Appends one entry: time, operator, action, entity, entity id, summary. */
    public void add(AuditEntry entry) {
        Row row = sheet.createRow(nextRow++);
        Cell time = row.createCell(0);
        time.setCellValue(LocalDateTime.ofInstant(entry.occurredAt(), zone));
        time.setCellStyle(timeStyle);
        row.createCell(1).setCellValue(entry.operator());
        row.createCell(2).setCellValue(labels.action().apply(entry.action()));
        row.createCell(3).setCellValue(labels.entity().apply(entry.entity()));
        if (entry.entityId() != null) {
            row.createCell(4).setCellValue(entry.entityId());
        }
        row.createCell(5).setCellValue(entry.summary() == null ? "" : entry.summary());
    }

    /** The number of entries added. */
    public int size() {
        return nextRow - 1;
    }

    /** Writes the workbook to {@code file} (through a temporary file, so a failure leaves no half workbook). */
    public void writeTo(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            workbook.write(out);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes SXSSF's temporary files
    }
}
