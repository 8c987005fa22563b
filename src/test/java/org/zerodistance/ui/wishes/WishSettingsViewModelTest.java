package org.zerodistance.ui.wishes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.service.WishService;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.WishFixtures;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** The wishes tab of Settings: overdue days and the category list. */
class WishSettingsViewModelTest {

    private Services services;
    private WishService wishes;
    private ScriptedDialogs dialogs;
    private WishSettingsViewModel viewModel;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        wishes = WishFixtures.wishServiceOn(services, LocalDate.of(2026, 5, 10));
        dialogs = new ScriptedDialogs();
        viewModel = new WishSettingsViewModel(wishes, new ImmediateTaskRunner(), dialogs);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void overdueDaysAreShownSavedAndCheckedBeforeSaving() {
        assertEquals("7", viewModel.overdueDaysProperty().get());
        viewModel.overdueDaysProperty().set(" 14 ");
        viewModel.saveOverdueDays();
        assertEquals(14, wishes.overdueRule().unclaimedDays());
        assertEquals("已保存：超过 14 天未认领的心愿将标为逾期。", viewModel.feedbackProperty().get());
        viewModel.overdueDaysProperty().set("两周");
        viewModel.saveOverdueDays();
        viewModel.overdueDaysProperty().set("0");
        viewModel.saveOverdueDays();
        assertEquals(List.of("wish.error.overdueDays", "wish.error.overdueDays"), dialogs.errorKeys());
        assertEquals(14, wishes.overdueRule().unclaimedDays());
        assertEquals("14", viewModel.overdueDaysProperty().get(), "the field shows the saved value again");
    }

    @Test
    void categoriesAreAddedAndRemovedAfterConfirmation() {
        viewModel.newCategoryProperty().set("环境卫生");
        viewModel.addCategory();
        assertTrue(viewModel.categories().contains("环境卫生"));
        assertEquals("", viewModel.newCategoryProperty().get());
        dialogs.answerConfirm(false);
        viewModel.removeCategory("环境卫生");
        assertTrue(viewModel.categories().contains("环境卫生"), "not removed without a yes");
        dialogs.answerConfirm(true);
        viewModel.removeCategory("环境卫生");
        assertFalse(viewModel.categories().contains("环境卫生"));
        viewModel.newCategoryProperty().set("维修");
        viewModel.addCategory();
        assertEquals(List.of("wish.error.categoryDuplicate"), dialogs.errorKeys());
    }
}
