package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.zerodistance.persistence.jooq.Tables.AUDIT_LOG;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.persistence.Database;

class AuditServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Database database;
    private Services services;

    @BeforeEach
    void open() {
        database = Database.inMemory("audit-" + UUID.randomUUID());
        services = new Services(database);
        services.settings().setOperator("王芳");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<AuditEntry> entriesFor(String entity) {
        return services.audit().search(new AuditQuery(null, null, null, entity), 100).entries();
    }

    @Test
    void communityCreateRenameArchiveAndRestoreAreAudited() {
        Community east = services.communities().add("城东社区");
        services.communities().rename(east.id(), "城东新社区");
        services.communities().archive(east.id());
        services.communities().restore(east.id());

        List<AuditEntry> entries = entriesFor("community");

        assertEquals(List.of(AuditEntry.Action.RESTORE, AuditEntry.Action.ARCHIVE, AuditEntry.Action.UPDATE, AuditEntry.Action.CREATE),
                entries.stream().map(AuditEntry::action).toList());
        entries.forEach(e -> assertEquals(east.id(), e.entityId()));
        entries.forEach(e -> assertEquals("王芳", e.operator()));
        assertEquals("name: 城东社区 -> 城东新社区", entries.get(2).summary());
    }

    @Test
    void aRefusedChangeLeavesNoAuditEntry() {
        services.communities().add("城东社区");
        assertThrows(ServiceException.class, () -> services.communities().add("城东社区"));
        assertEquals(1, entriesFor("community").size());
    }

    @Test
    void operatorAndSettingChangesAreAudited() {
        services.settings().setOperator("李明");
        services.settings().setOperator("李明"); // unchanged: nothing to note
        services.settings().put("points.rule", "5");

        List<AuditEntry> entries = entriesFor(SettingsService.AUDIT_ENTITY);

        assertEquals("points.rule: null -> 5", entries.get(0).summary());
        assertEquals("李明", entries.get(1).operator());
        assertEquals("operator: 王芳 -> 李明", entries.get(1).summary());
        assertEquals(3, entries.size()); // the first operator set in open() too
    }

    @Test
    void filtersByDateOperatorAndEntity() {
        insert("2001-03-01T09:00:00+08:00", "张三", "member");
        insert("2001-03-15T23:30:00+08:00", "张三", "wish");
        insert("2001-03-16T00:10:00+08:00", "李四", "wish");
        insert("2001-04-02T10:00:00+08:00", "李四", "member");
        AuditService audit = new AuditService(database, SHANGHAI);

        assertEquals(2, audit.search(new AuditQuery(LocalDate.of(2001, 3, 15), LocalDate.of(2001, 3, 16), null, null), 100).total());
        assertEquals(1, audit.search(new AuditQuery(LocalDate.of(2001, 3, 15), LocalDate.of(2001, 3, 15), null, null), 100).total());
        assertEquals(2, audit.search(new AuditQuery(null, null, "李四", null), 100).total());
        assertEquals(1, audit.search(new AuditQuery(null, LocalDate.of(2001, 3, 31), "张三", "member"), 100).total());
        AuditService.Page page = audit.search(new AuditQuery(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 12, 31), null, ""), 2);
        assertEquals(4, page.total());
        assertEquals(2, page.entries().size());
        assertEquals("member", page.entries().get(0).entity()); // newest first
        assertEquals(List.of("member", "setting", "wish"), audit.entities());
        assertEquals(java.util.Set.of("张三", "李四", "王芳"), java.util.Set.copyOf(audit.operators()));
        assertEquals(3, audit.operators().size());
    }

    @Test
    void reversedDatesAreRefused() {
        ServiceException refused = assertThrows(ServiceException.class, () -> services.audit()
                .search(new AuditQuery(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null, null), 10));
        assertEquals("audit.error.datesReversed", refused.messageKey());
    }

    @Test
    void exportWritesEveryMatchingEntryWithUserTextAsText(@TempDir Path folder) throws Exception {
        insert("2001-03-01T09:00:00+08:00", "张三", "member");
        database.inTransactionDo(ctx -> new org.zerodistance.persistence.AuditRepository()
                .append(ctx, "=HYPERLINK(\"x\")", AuditEntry.Action.UPDATE, "wish", 7L, "=1+1 title changed"));
        Path file = folder.resolve("审计日志.xlsx");
        AuditService.Labels labels = new AuditService.Labels("审计日志",
                List.of("时间", "操作员", "操作", "对象", "编号", "内容"), a -> "act-" + a.name(), e -> "ent-" + e);

        int written = new AuditService(database, SHANGHAI).export(new AuditQuery(null, null, null, "wish"), file, labels);

        assertEquals(1, written);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("审计日志");
            assertEquals("内容", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType());
            assertEquals("=HYPERLINK(\"x\")", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("act-UPDATE", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals("ent-wish", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals(7.0, sheet.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(5).getCellType());
            assertEquals("=1+1 title changed", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum());
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    private void insert(String at, String operator, String entity) {
        database.inTransactionDo(ctx -> ctx.insertInto(AUDIT_LOG, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.OPERATOR, AUDIT_LOG.ACTION,
                        AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.SUMMARY)
                .values(OffsetDateTime.parse(at), operator, "UPDATE", entity, 1L, "changed")
                .execute());
    }
}
