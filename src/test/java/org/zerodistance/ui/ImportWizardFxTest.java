package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberField;
import org.zerodistance.service.ImportLayout;
import org.zerodistance.service.Services;
import org.zerodistance.spreadsheet.RowCursor;
import org.zerodistance.spreadsheet.SheetRow;
import org.zerodistance.spreadsheet.Spreadsheet;
import org.zerodistance.spreadsheet.Spreadsheets;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.testutil.SheetFiles;
import org.zerodistance.ui.imports.ImportsViewModel;

/** The import wizard in the real window: a messy list through the preview to the summary, then the rejected rows saved. */
class ImportWizardFxTest extends AppTestBase {

    private Path list;

    @Override
    protected void beforeWindow(Services services) {
        services.communities().add("城东社区");
        try {
            list = SheetFiles.sheet("党员名单")
                    .row("2023年报到党员名单").mergeLastRow(0, 4)
                    .blankRow()
                    .row("序号", "姓名", "公民身份号码", "联系电话", "报到时间")
                    .row(1, "张伟", IdNumbers.valid(11), "13812345678", LocalDate.of(2023, 5, 1))
                    .row(2, "李娜", IdNumbers.valid(12), "1381234", "2023/5/2")
                    .row(3, "王芳", IdNumbers.valid(13), "", "2023年5月3日")
                    .xlsx(dataFolder.resolve("list.xlsx"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void chooseCommunity() {
        clickOn("#community-picker");
        clickOn("城东社区");
        ComboBox<Community> picker = find("#community-picker");
        waitUntil(() -> picker.getValue() != null && "城东社区".equals(picker.getValue().name()));
    }

    private void openList() {
        openSection("imports");
        chooseCommunity();
        clickOn("#import-file").write(list.toString()).type(KeyCode.ENTER);
        TableView<ImportsViewModel.PreviewRow> table = find("#import-preview");
        waitUntil(() -> table.getItems().size() == 3);
    }

    @Test
    void aMessyListGoesThroughPreviewToTheSummaryAndItsRejectedRowsAreSaved() throws Exception {
        openList();
        TableView<ImportsViewModel.PreviewRow> table = find("#import-preview");
        ImportsViewModel.PreviewRow rejected = table.getItems().get(1);
        assertEquals(5, rejected.row(), "the row number as Excel shows it");
        assertEquals("未导入", rejected.outcomeText());
        assertTrue(rejected.reason().contains("1381234"), rejected.reason());
        assertTrue(table.getItems().get(0).maskedId().contains("****"), "ID numbers are masked in the preview");
        Label counts = find("#import-counts");
        assertTrue(counts.getText().contains("新增 2"), counts.getText());
        assertTrue(counts.getText().contains("未导入 1"), counts.getText());
        ComboBox<String> idBox = find("#import-map-" + MemberField.ID_NUMBER.name());
        assertTrue(idBox.getValue().contains("公民身份号码"), idBox.getValue());
        assertEquals(0, (int) services().database().read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table("MEMBER"))), "preview writes nothing");

        clickOn("#import-start");
        Label summary = find("#import-summary");
        waitUntil(() -> !summary.getText().isEmpty());
        assertTrue(summary.getText().contains("新增 2"), summary.getText());
        assertEquals(2, (int) services().database().read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table("MEMBER"))));

        clickOn("#import-save-rejected");
        Path saved = dataFolder.resolve("list-未导入.xlsx");
        waitUntil(() -> Files.exists(saved) && ((Label) lookup("#import-status").query()).getText().contains("list-未导入.xlsx"));
        List<SheetRow> rows = new ArrayList<>();
        try (Spreadsheet sheet = Spreadsheets.open(saved); RowCursor cursor = sheet.rows(0)) {
            cursor.forEachRemaining(rows::add);
        }
        assertEquals(2, rows.size());
        assertEquals(List.of("序号", "姓名", "公民身份号码", "联系电话", "报到时间", "未导入原因"),
                rows.get(0).cells().stream().map(c -> c.display()).toList());
        assertEquals("李娜", rows.get(1).cell(1).display());
        assertEquals(IdNumbers.valid(12), rows.get(1).cell(2).display(), "the ID stays text with all its digits");
        assertTrue(rows.get(1).cell(5).display().contains("1381234"), rows.get(1).cell(5).display());

        ImportLayout again = services().imports().analyse(saved);
        assertEquals(MemberField.ID_NUMBER, again.mapping().entrySet().stream().filter(e -> e.getValue() == 2)
                .findFirst().orElseThrow().getKey(), "the saved file can be imported again as it is");
    }

    @Test
    void changingTheMappingPreviewsAgain() {
        openList();
        ComboBox<String> phoneBox = find("#import-map-" + MemberField.PHONE.name());
        clickOn(phoneBox);
        // the open list's first item; several closed boxes show the same text, so pick it by keyboard
        type(KeyCode.HOME).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label counts = find("#import-counts");
        waitUntil(() -> counts.getText().contains("新增 3"));
        assertTrue(counts.getText().contains("未导入 0"), counts.getText());
    }
}
