package org.zerodistance.ui.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.common.ImmediateTaskRunner;
import org.zerodistance.ui.members.RegistrySettingsViewModel.CategoryRow;

/** The "Members and households" settings tab: both lists go through the word-list editor; categories show their intervals. */
class RegistrySettingsViewModelTest {

    private Services services;
    private ScriptedDialogs dialogs;
    private RegistrySettingsViewModel viewModel;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        dialogs = new ScriptedDialogs();
        viewModel = new RegistrySettingsViewModel(services.vocabulary(), services.households(), new ImmediateTaskRunner(), dialogs);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private CategoryRow row(String term) {
        return viewModel.categories().stream().filter(r -> r.term().equals(term)).findFirst().orElseThrow();
    }

    @Test
    void bothListsAreLoadedAndTheCategoriesCarryTheirIntervals() {
        assertEquals(services.vocabulary().list(VocabularyKind.SKILL), viewModel.skills().terms());
        assertEquals(services.vocabulary().list(VocabularyKind.HOUSEHOLD_CATEGORY),
                viewModel.categories().stream().map(CategoryRow::term).toList());
        assertTrue(row("残疾人").isDefault());
    }

    @Test
    void anAddedOrMovedCategoryShowsInTheTableAndItsIntervalCanBeSet() {
        viewModel.householdCategories().newTermProperty().set("退役军人");
        viewModel.householdCategories().add();
        assertEquals("退役军人", viewModel.categories().get(viewModel.categories().size() - 1).term());
        assertEquals("已添加“退役军人”。", viewModel.feedbackProperty().get());

        viewModel.setInterval("退役军人", "45");
        assertEquals(45, row("退役军人").intervalDays());
        assertFalse(row("退役军人").isDefault());
        viewModel.setInterval("退役军人", "很多天");
        assertEquals(1, dialogs.errors().size(), "a typed interval that is no number is refused");
        assertEquals(45, row("退役军人").intervalDays());

        viewModel.householdCategories().move("退役军人", -100);
        assertEquals("退役军人", viewModel.categories().get(0).term());
        assertEquals("退役军人", viewModel.householdCategories().selectedProperty().get(), "the moved category stays chosen");
    }
}
