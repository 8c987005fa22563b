package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.service.BackupFile;
import org.zerodistance.service.Services;

/** Settings → Backups and Settings → Audit log in the real window. */
class BackupsAndAuditFxTest extends AppTestBase {

    @Override
    protected void beforeWindow(Services services) {
        services.settings().setOperator("王芳");
        Community east = services.communities().add("城东社区");
        services.communities().rename(east.id(), "城东新社区");
    }

    private long backupCount() throws java.io.IOException {
        try (var files = Files.list(context.paths().backups())) {
            return files.filter(p -> p.toString().endsWith(".zip")).count();
        }
    }

    private void closeDialog() {
        clickOn(lookup(".dialog-pane .button").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openTab(String title) {
        openSection("settings");
        clickOn(lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText(title)).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void backUpNowListsTheNewBackupAndRestoreBringsTheDataBack() throws Exception {
        openTab("备份");
        TableView<BackupFile> table = find("#backup-table");
        waitUntil(() -> backupCount() == 1); // the daily backup taken at start
        clickOn(lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("审计日志")).<javafx.scene.Node>query());
        openTab("备份"); // shown again: the list is fresh
        waitUntil(() -> table.getItems().size() == 1);
        clickOn("#backup-now");
        waitUntil(() -> table.getItems().size() == 2);
        Label feedback = find("#backup-feedback");
        assertTrue(feedback.getText().startsWith("已备份"), feedback.getText());

        services().communities().add("城西社区"); // after the backups: the restore takes it away
        clickOn(table.getItems().get(0).fileName());
        clickOn("#backup-restore");
        clickOn("是");

        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        Label done = lookup(".dialog-pane .content").query();
        assertTrue(done.getText().startsWith("已从"), done.getText());
        closeDialog();
        waitUntil(() -> !lookup("#nav-communities").query().isDisabled());
        assertEquals(List.of("城东新社区"), services().communities().list(true).stream().map(Community::name).toList());
        assertTrue(Files.list(context.paths().backups()).anyMatch(p -> p.toString().endsWith("-before-restore.zip")));
        AuditEntry last = services().database().read(ctx -> new org.zerodistance.persistence.AuditRepository().latest(ctx, 1)).get(0);
        assertEquals(AuditEntry.Action.RESTORE, last.action());
    }

    @Test
    void aCleanExitLeavesABackup() throws Exception {
        openSection("settings");
        waitUntil(() -> backupCount() == 1); // the daily one
        interact(() -> shell.close());
        assertEquals(2, backupCount());
    }

    @Test
    void aBrokenBackupIsRefusedInWordsAndNothingChanges() throws Exception {
        Path broken = context.paths().backups().resolve("zero-distance-2026-01-01_08-00-00.zip");
        Files.writeString(broken, "not a zip");
        openTab("备份");
        TableView<BackupFile> table = find("#backup-table");
        waitUntil(() -> table.getItems().stream().anyMatch(b -> b.file().equals(broken)));
        clickOn(broken.getFileName().toString());
        clickOn("#backup-restore");
        clickOn("是");
        waitUntil(() -> lookup(".dialog-pane .content").tryQuery().isPresent());
        Label message = lookup(".dialog-pane .content").query();
        assertTrue(message.getText().contains("已损坏"), message.getText());
        closeDialog();
        assertEquals(List.of("城东新社区"), services().communities().list(true).stream().map(Community::name).toList());
        assertTrue(Files.list(context.paths().backups()).noneMatch(p -> p.toString().endsWith("-before-restore.zip")));
    }

    @Test
    void auditLogListsChangesAndFiltersByRecordKind() {
        openTab("审计日志");
        TableView<AuditEntry> table = find("#audit-table");
        waitUntil(() -> table.getItems().size() == 3); // operator set, community added, renamed
        assertEquals("王芳", table.getItems().get(0).operator());

        ComboBox<String> entity = find("#audit-entity");
        waitUntil(() -> entity.getItems().contains("community"));
        interact(() -> entity.getSelectionModel().select("community"));
        assertEquals("社区", entity.getConverter().toString(entity.getValue()), "record kinds in the clerk's words");
        clickOn("#audit-search");
        waitUntil(() -> table.getItems().size() == 2);
        assertTrue(table.getItems().stream().allMatch(e -> e.entity().equals("community")));
        Label count = find("#audit-count");
        assertEquals("共 2 条", count.getText());
        assertTrue(lookup("修改").tryQuery().isPresent(), "actions in the clerk's words");
    }
}
