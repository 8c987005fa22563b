package org.zerodistance.ui.wishes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.domain.Wish;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.service.WishService;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.WishFixtures;
import org.zerodistance.ui.common.ImmediateTaskRunner;
import org.zerodistance.ui.wordlists.WordListViewModel;

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
        viewModel = new WishSettingsViewModel(wishes, services.vocabulary(), new ImmediateTaskRunner(), dialogs);
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
    void categoriesAreTheWishCategoryWordList() {
        WordListViewModel categories = viewModel.categories();
        assertEquals(services.vocabulary().list(VocabularyKind.WISH_CATEGORY), categories.terms());
        assertEquals("心愿类别", categories.title());
        categories.newTermProperty().set("环境卫生");
        categories.add();
        assertTrue(categories.terms().contains("环境卫生"));
        assertEquals("", categories.newTermProperty().get());
        dialogs.answerConfirm(false);
        categories.remove("环境卫生");
        assertTrue(categories.terms().contains("环境卫生"), "not removed without a yes");
        dialogs.answerConfirm(true);
        categories.remove("环境卫生");
        assertFalse(categories.terms().contains("环境卫生"));
        categories.newTermProperty().set("维修");
        categories.add();
        assertEquals(List.of("vocabulary.error.duplicate"), dialogs.errorKeys());
    }

    @Test
    void aCategoryWishesAreFiledUnderIsRefusedWithTheirNumberAndCanBeRenamed() {
        WishFixtures in = WishFixtures.newCommunity(services, "城东社区");
        Wish wish = wishes.collect(in.wish("厨房水龙头漏水", "维修", LocalDate.of(2026, 5, 8)));
        viewModel.categories().remove("维修");
        assertEquals(List.of("vocabulary.error.inUse.WISH_CATEGORY"), dialogs.errorKeys());
        assertEquals("类别“维修”已有 1 个心愿在用，不能删除：可以改名。",
                Messages.get("vocabulary.error.inUse.WISH_CATEGORY", ((DomainException) dialogs.errors().get(0)).args()));
        assertTrue(viewModel.categories().terms().contains("维修"));
        dialogs.answerText("维修服务");
        viewModel.categories().rename("维修");
        assertEquals("维修服务", wishes.get(wish.id()).category());
        viewModel.categories().move("维修服务", -1);
        assertEquals("维修服务", viewModel.categories().terms().get(0));
    }
}
