package org.zerodistance.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.MemberField;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.ImportPlan;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.testutil.SheetFiles;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** The wizard's view model with work run on the calling thread: no toolkit, no window. */
class ImportsViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private final CommunityScope scope = new CommunityScope();
    private final List<Throwable> errors = new ArrayList<>();
    private ImportsViewModel viewModel;
    private Community east;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        east = services.communities().add("城东社区");
        scope.replaceAll(services.communities().list(false));
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(Throwable error) {
                errors.add(error);
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String message) {
                return true;
            }

            @Override
            public Optional<String> askText(String title, String prompt, String initial) {
                return Optional.empty();
            }
        };
        viewModel = new ImportsViewModel(services.imports(), new ImmediateTaskRunner(), dialogs, scope);
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private Path list() throws Exception {
        return SheetFiles.sheet("名单").row("姓名", "身份证号", "手机")
                .row("张伟", IdNumbers.valid(1), "13812345678")
                .row("李娜", IdNumbers.valid(2), "12")
                .xlsx(dir.resolve("名单.xlsx"));
    }

    @Test
    void withoutACommunityItAsksForOneBeforePreviewing() throws Exception {
        viewModel.open(list());
        assertEquals(ImportsViewModel.Step.CHOOSE, viewModel.stepProperty().get());
        assertEquals(Messages.get("import.chooseCommunity"), viewModel.statusProperty().get());
        assertNull(viewModel.planProperty().get());

        scope.selectedProperty().set(east);
        assertEquals(ImportsViewModel.Step.PREVIEW, viewModel.stepProperty().get(), "choosing the community previews");
    }

    @Test
    void openPreviewImportSummaryAndSaveRejected() throws Exception {
        scope.selectedProperty().set(east);
        Path file = list();
        viewModel.open(file);

        assertEquals(ImportsViewModel.Step.PREVIEW, viewModel.stepProperty().get());
        assertEquals(2, viewModel.rows().size());
        assertEquals(ImportPlan.Outcome.REJECTED, viewModel.rows().get(1).outcome());
        assertTrue(viewModel.countsProperty().get().contains("新增 1"), viewModel.countsProperty().get());
        assertTrue(viewModel.canImport().get());
        viewModel.onlyRejectedProperty().set(true);
        assertEquals(1, viewModel.rows().size());

        viewModel.startImport();
        assertEquals(ImportsViewModel.Step.DONE, viewModel.stepProperty().get());
        assertTrue(viewModel.summaryProperty().get().contains("新增 1"), viewModel.summaryProperty().get());
        assertTrue(!viewModel.canImport().get(), "a finished import cannot be run twice by accident");

        viewModel.saveRejected();
        Path saved = dir.resolve("名单-未导入.xlsx");
        assertEquals(saved, viewModel.savedToProperty().get());
        assertTrue(Files.size(saved) > 0);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void unmappingTheIdColumnSaysWhatIsMissingInsteadOfPreviewing() throws Exception {
        scope.selectedProperty().set(east);
        viewModel.open(list());
        viewModel.mapColumn(MemberField.ID_NUMBER, null);
        assertEquals(ImportsViewModel.Step.CHOOSE, viewModel.stepProperty().get());
        assertTrue(viewModel.statusProperty().get().contains("身份证号"), viewModel.statusProperty().get());
        assertTrue(viewModel.rows().isEmpty());
    }

    @Test
    void aRefusedFileIsExplainedAndNothingIsShown() throws Exception {
        scope.selectedProperty().set(east);
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 9, 9});
        viewModel.open(broken);
        assertEquals(1, errors.size());
        assertEquals("import.refused.corrupt", ((DomainException) errors.get(0)).messageKey());
        assertEquals(ImportsViewModel.Step.CHOOSE, viewModel.stepProperty().get());
        assertTrue(viewModel.rows().isEmpty());
    }

    @Test
    void columnLettersAndTheRejectedFileName() {
        assertEquals("A", ImportsViewModel.columnLetter(0));
        assertEquals("Z", ImportsViewModel.columnLetter(25));
        assertEquals("AA", ImportsViewModel.columnLetter(26));
        assertEquals(Path.of("/x/名单-未导入.xlsx"), ImportsViewModel.rejectedFileFor(Path.of("/x/名单.csv")));
    }
}
