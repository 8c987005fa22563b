package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.QuarterData;

/** The dashboard and the reports screen in the real window, on the hand-counted quarter of {@link QuarterData}. */
class DashboardAndReportsFxTest extends AppTestBase {

    @TempDir
    Path out;

    @Override
    protected void beforeWindow(Services services) {
        QuarterData.load(services.database());
    }

    private void pick(String comboId, String text) {
        waitUntil(() -> !lookup(comboId).query().isDisabled());
        clickOn(comboId);
        clickOn(lookup(".list-cell").match(hasText(text)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String figure(String name) {
        Labeled value = find("#figure-" + name);
        return value.getText();
    }

    @Test
    void theDashboardShowsTheChosenQuartersFiguresAndLinksToTheList() {
        openSection("dashboard");
        pick("#dashboard-quarter", "2026年第3季度");
        waitUntil(() -> figure("members").equals("5"));
        assertEquals("6", figure("wishesCollected"));
        assertEquals("1,350.50", figure("fundsTotal"));
        assertEquals("50.0%", figure("claimRate"));

        ComboBox<?> picker = find("#community-picker");
        waitUntil(() -> picker.getItems().size() > 2);
        pick("#community-picker", QuarterData.EAST);
        waitUntil(() -> figure("members").equals("4"));
        PieChart wishes = find("#dashboard-wishes-chart");
        waitUntil(() -> wishes.getData().size() == 3);

        clickOn("#figure-wishesFulfilled");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> ((ToggleButton) lookup("#nav-wishes").query()).isSelected());
    }

    @Test
    void aFigureOpensItsListFilteredWithABannerThatClears() {
        openSection("dashboard");
        pick("#dashboard-quarter", "2026年第3季度");
        ComboBox<?> picker = find("#community-picker");
        waitUntil(() -> picker.getItems().size() > 2);
        pick("#community-picker", QuarterData.EAST);
        waitUntil(() -> figure("wishesClaimed").equals("3"));

        clickOn("#figure-wishesClaimed");
        waitUntil(() -> ((ToggleButton) lookup("#nav-wishes").query()).isSelected());
        TableView<?> wishes = find("#wish-table");
        Labeled banner = find("#filter-banner");
        waitUntil(() -> banner.getParent().isVisible() && wishes.getItems().size() == 3);
        assertEquals("已筛选：2026年第3季度 · 已认领（城东社区）· 共 3 条", banner.getText());
        clickOn("#filter-clear");
        waitUntil(() -> !banner.getParent().isVisible() && banner.getText().isEmpty());
        waitUntil(() -> ((ToggleButton) lookup("#wish-tab-collected").query()).isSelected());

        openSection("dashboard");
        waitUntil(() -> figure("members").equals("4"));
        clickOn("#figure-members");
        waitUntil(() -> ((ToggleButton) lookup("#nav-members").query()).isSelected());
        TableView<?> members = find("#member-table");
        Labeled membersBanner = find("#filter-banner");
        waitUntil(() -> membersBanner.getParent().isVisible() && members.getItems().size() == 4);
        assertTrue(membersBanner.getText().endsWith("共 4 条"), membersBanner.getText());
        clickOn("#filter-clear");
        waitUntil(() -> !membersBanner.getParent().isVisible() && members.getItems().size() == 6);
    }

    @Test
    void choosingAQuarterAndExportingWritesAWorkbookThatOpens() throws Exception {
        openSection("reports");
        pick("#reports-quarter", "2026年第3季度");
        Path file = out.resolve("三季度报表.xlsx");
        TextField field = find("#reports-file");
        clickOn(field);
        interact(field::selectAll);
        write(file.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file.toString(), field.getText());
        clickOn("#reports-export");
        Button openFolder = find("#reports-open-folder");
        waitUntil(() -> !openFolder.isDisabled());
        assertTrue(Files.exists(file));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("汇总", "党员积分", "微心愿", "结对帮扶", "帮扶资金", "服务记录"), names);
            assertEquals("合计", book.getSheet("汇总").getRow(5).getCell(0).getStringCellValue());
            assertTrue(book.getSheet("党员积分").getRow(2).getCell(3).getStringCellValue().contains("*"), "masked by default");
        }
        Labeled status = find("#reports-status");
        assertTrue(status.getText().contains(file.getFileName().toString()), status.getText());
        clickOn(openFolder);
    }
}
