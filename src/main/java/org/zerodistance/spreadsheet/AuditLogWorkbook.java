package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
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

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle timeStyle;
    private final Function<AuditEntry.Action, String> actionText;
    private final Function<String, String> entityText;
    private final ZoneId zone;
    private int nextRow;

    /** A sheet with these column titles; actions and entities are written in the words the two functions give. */
    public AuditLogWorkbook(String sheetName, List<String> headers, Function<AuditEntry.Action, String> actionText,
                            Function<String, String> entityText, ZoneId zone) {
        this.actionText = actionText;
        this.entityText = entityText;
        this.zone = zone;
        this.sheet = workbook.createSheet(sheetName);
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
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
        row.createCell(2).setCellValue(actionText.apply(entry.action()));
        row.createCell(3).setCellValue(entityText.apply(entry.entity()));
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
