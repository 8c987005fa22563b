package org.zerodistance.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.Community;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.QuarterData;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** The reports screen's view model without a toolkit. */
class ReportsViewModelTest {

    @TempDir
    Path folder;

    private final CommunityScope scope = new CommunityScope();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> openedFolders = new ArrayList<>();
    private Services services;
    private ReportsViewModel viewModel;

    @BeforeEach
    void setUp() {
        services = TestDatabases.freshServices();
        QuarterData.load(services.database());
        scope.replaceAll(services.communities().list(true));
        viewModel = new ReportsViewModel(services.reports(), new ImmediateTaskRunner(), dialogs, scope, openedFolders::add,
                (title, name, filter, extension) -> Optional.of(folder.resolve("chosen.xlsx")), folder, LocalDate.of(2026, 11, 23));
    }

    @Test
    void suggestsTheQuarterJustEndedAllCommunitiesMaskingAndAFileName() {
        assertEquals("2026Q3", viewModel.quarterProperty().get().code());
        assertEquals(2, viewModel.chosen().size());
        assertTrue(viewModel.maskProperty().get());
        assertEquals(folder.resolve("2026Q3季度报表.xlsx").toString(), viewModel.fileProperty().get());
        viewModel.quarterProperty().set(viewModel.quarters().get(2));
        assertEquals(folder.resolve("2026Q2季度报表.xlsx").toString(), viewModel.fileProperty().get(), "the suggestion follows the quarter");
    }

    @Test
    void exportsThenOpensTheFolder() throws Exception {
        assertNull(viewModel.writtenProperty().get());
        viewModel.export();
        Path file = folder.resolve("2026Q3季度报表.xlsx");
        assertEquals(file, viewModel.writtenProperty().get());
        assertEquals(1.0, viewModel.progressProperty().get());
        assertFalse(viewModel.runningProperty().get());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("汇总", book.getSheetName(0));
        }
        viewModel.openFolder();
        assertEquals(List.of(folder), openedFolders);
    }

    @Test
    void oneCommunityChosenInTheToolbarIsTheOneReported() throws Exception {
        Community east = scope.communities().stream().filter(c -> c.name().equals(QuarterData.EAST)).findFirst().orElseThrow();
        scope.selectedProperty().set(east);
        assertEquals(List.of(east), viewModel.chosen());
        viewModel.export();
        try (InputStream in = Files.newInputStream(viewModel.writtenProperty().get()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("合计", book.getSheet("汇总").getRow(4).getCell(0).getStringCellValue());
        }
    }

    @Test
    void unmaskingAsksFirstAndNothingIsWrittenWhenTheClerkSaysNo() {
        viewModel.maskProperty().set(false);
        dialogs.answerConfirm(false);
        viewModel.export();
        assertNull(viewModel.writtenProperty().get());
        assertFalse(Files.exists(folder.resolve("2026Q3季度报表.xlsx")));
    }

    @Test
    void refusalsAreShownWithoutWriting() {
        viewModel.chosen().clear();
        viewModel.export();
        assertTrue(viewModel.statusProperty().get().contains("社区"));
        viewModel.chooseScope();
        viewModel.fileProperty().set(folder.resolve("report.csv").toString());
        viewModel.export();
        assertEquals(List.of("report.error.extension"), dialogs.errorKeys());
    }

    @Test
    void browsingTakesTheChosenFile() {
        viewModel.browse();
        assertEquals(folder.resolve("chosen.xlsx").toString(), viewModel.fileProperty().get());
    }
}
