package org.zerodistance.ui.wishes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.service.WishService;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.WishFixtures;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** The wishes screen's state without a toolkit: tabs and counts, filters, overdue marks, actions, quick entry. */
class WishesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    private Services services;
    private WishService wishes;
    private WishFixtures in;
    private CommunityScope scope;
    private ScriptedDialogs dialogs;
    private WishesViewModel viewModel;
    private long plumber;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        wishes = WishFixtures.wishServiceOn(services, TODAY);
        in = WishFixtures.newCommunity(services, "城东社区");
        plumber = in.member("王师傅", "水电维修");
        scope = new CommunityScope();
        scope.replaceAll(services.communities().list(false));
        dialogs = new ScriptedDialogs();
        viewModel = new WishesViewModel(wishes, services.vocabulary(), services.stats(), new ImmediateTaskRunner(), dialogs, scope);
        scope.selectedProperty().set(new Community(in.communityId(), "城东社区", false));
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private int count(WishStatus status) {
        return viewModel.countProperty(status).get();
    }

    private WishRow select(String content) {
        WishRow row = viewModel.rows().stream().filter(r -> r.wish().content().equals(content)).findFirst().orElseThrow();
        viewModel.selectedProperty().set(row);
        return row;
    }

    @Test
    void tabCountsFollowClaimAndFulfilAndTheSelectionFollowsTheWish() {
        wishes.collect(in.wish("厨房水龙头漏水", "维修", TODAY));
        wishes.collect(in.wish("想要一台收音机", "生活物品", TODAY));
        viewModel.load();
        assertEquals(2, count(WishStatus.COLLECTED));
        assertEquals(0, count(WishStatus.CLAIMED));

        select("厨房水龙头漏水");
        assertTrue(viewModel.canClaimProperty().get());
        assertFalse(viewModel.canFulfilProperty().get());
        assertFalse(viewModel.canReleaseProperty().get());
        assertTrue(viewModel.canCancelProperty().get());
        assertEquals("王师傅", viewModel.memberSuggestions().get(0).claimant().name());
        assertEquals("特长: 水电维修 · 在办 0 件", WishTexts.explain(viewModel.memberSuggestions().get(0)));

        viewModel.claim(viewModel.memberSuggestions().get(0));
        assertEquals(List.of(), dialogs.errorKeys());
        assertEquals(1, count(WishStatus.COLLECTED));
        assertEquals(1, count(WishStatus.CLAIMED));
        assertEquals(WishStatus.CLAIMED, viewModel.statusTabProperty().get(), "the list follows the wish to its new tab");
        assertEquals("厨房水龙头漏水", viewModel.selectedProperty().get().wish().content());
        assertTrue(viewModel.canFulfilProperty().get());
        assertTrue(viewModel.canReleaseProperty().get());
        assertFalse(viewModel.canClaimProperty().get());
        assertEquals(2, viewModel.timeline().size());
        assertTrue(viewModel.memberSuggestions().isEmpty(), "a claimed wish needs no matching");

        viewModel.fulfil(TODAY, "换了新水龙头", "35", false, List.of());
        assertEquals(List.of(), dialogs.errorKeys());
        assertEquals(1, count(WishStatus.FULFILLED));
        assertEquals(0, count(WishStatus.CLAIMED));
        assertEquals(WishStatus.FULFILLED, viewModel.selectedProperty().get().wish().status());
        assertFalse(viewModel.canCancelProperty().get());
        assertEquals(List.of("王师傅"), viewModel.participants().stream().map(c -> c.name()).toList());
    }

    @Test
    void theListShowsTheBestTenButTheClaimDialogOffersEveryone() {
        for (int i = 0; i < 12; i++) {
            in.member("党员" + i);
        }
        long team = in.team("电器维修队", "电器维修");
        wishes.collect(in.wish("修灯", "维修", TODAY));
        viewModel.load();
        select("修灯");
        assertEquals(WishesViewModel.MEMBER_SUGGESTIONS, viewModel.memberSuggestions().size());
        assertEquals("王师傅", viewModel.memberSuggestions().get(0).claimant().name());
        assertEquals(14, viewModel.claimChoices().size());
        assertEquals(team, viewModel.claimChoices().get(13).claimant().id());
        viewModel.claim(viewModel.claimChoices().get(13).claimant());
        assertEquals("电器维修队", viewModel.selectedProperty().get().wish().claimant().name());
    }

    @Test
    void aRefusedOrInvalidActionShowsTheReasonAndChangesNothing() {
        wishes.collect(in.wish("修灯", "维修", TODAY));
        viewModel.load();
        select("修灯");
        viewModel.cancel("  ");
        assertEquals(List.of("wish.error.cancelReasonRequired"), dialogs.errorKeys());
        assertEquals(1, count(WishStatus.COLLECTED));
        viewModel.claim(viewModel.memberSuggestions().get(0));
        dialogs.errors().clear();
        viewModel.fulfil(TODAY, "修好了", "十块", false, List.of());
        assertEquals(List.of("money.error.notNumber"), dialogs.errorKeys());
        assertEquals(1, count(WishStatus.CLAIMED));
    }

    @Test
    void overdueWishesAreMarkedCountedAndCanBeShownAlone() {
        wishes.collect(in.wish("久等的心愿", "其他", TODAY.minusDays(8)));
        wishes.collect(in.wish("刚采集的心愿", "其他", TODAY.minusDays(7)));
        viewModel.load();
        assertEquals(1, viewModel.overdueCountProperty().get());
        assertEquals("久等的心愿", viewModel.rows().get(0).wish().content(), "overdue first");
        assertTrue(viewModel.rows().get(0).isOverdue());
        assertFalse(viewModel.rows().get(1).isOverdue());
        viewModel.overdueOnlyProperty().set(true);
        assertEquals(1, viewModel.rows().size());
        wishes.setOverdueDays(10);
        viewModel.load();
        assertEquals(0, viewModel.rows().size(), "the rule of Settings applies on reload");
    }

    @Test
    void searchAndCategoryFilterNarrowTheList() {
        long household = in.household("李秀英", "3", "2", "401");
        wishes.collect(in.householdWish(household, "想要一台收音机", "生活物品", null, TODAY));
        wishes.collect(in.wish("厨房水龙头漏水", "维修", TODAY));
        viewModel.load();
        viewModel.searchProperty().set("3栋");
        assertEquals(List.of("想要一台收音机"), viewModel.rows().stream().map(r -> r.wish().content()).toList());
        viewModel.searchProperty().set("王大爷 漏水");
        assertEquals(List.of("厨房水龙头漏水"), viewModel.rows().stream().map(r -> r.wish().content()).toList());
        viewModel.searchProperty().set("");
        viewModel.categoryFilterProperty().set("生活物品");
        assertEquals(1, viewModel.rows().size());
        viewModel.categoryFilterProperty().set(null);
        assertEquals(2, viewModel.rows().size());
    }

    @Test
    void anotherCommunityShowsItsOwnWishes() {
        wishes.collect(in.wish("修灯", "维修", TODAY));
        WishFixtures west = WishFixtures.newCommunity(services, "城西社区");
        wishes.collect(west.wish("修门", "维修", TODAY));
        wishes.collect(west.wish("修窗", "维修", TODAY));
        viewModel.load();
        assertEquals(1, count(WishStatus.COLLECTED));
        scope.selectedProperty().set(new Community(west.communityId(), "城西社区", false));
        assertEquals(2, count(WishStatus.COLLECTED));
        scope.selectedProperty().set(null);
        assertEquals(3, count(WishStatus.COLLECTED), "all communities");
        assertFalse(viewModel.entry().hasCommunityProperty().get(), "collecting needs one community");
    }

    // ---- quick entry ------------------------------------------------------------------------------------------------

    @Test
    void quickEntryFindsHouseholdsByNameOrAddressAndRemembersTheBuilding() {
        in.household("李秀英", "3", "2", "401");
        in.household("张桂兰", "3", "1", "102");
        in.household("赵大妈", "13", "1", "101");
        viewModel.load();
        WishEntryViewModel entry = viewModel.entry();

        entry.residentTextProperty().set("3栋");
        assertEquals(List.of("张桂兰", "李秀英"), entry.matches().stream().map(Household::headName).toList(), "3栋 is not 13栋; in address order");
        entry.residentTextProperty().set("401");
        assertEquals(List.of("李秀英"), entry.matches().stream().map(Household::headName).toList());
        assertTrue(entry.chooseOnEnter(null), "the only match is taken on Enter");
        assertEquals("李秀英 · 3栋2单元401", entry.residentTextProperty().get());
        assertTrue(entry.matches().isEmpty());
        entry.contentProperty().set("想要一台收音机");
        entry.categoryProperty().set("生活物品");
        entry.valueTextProperty().set("80");
        entry.save();

        assertEquals(List.of(), dialogs.errorKeys());
        assertEquals("3栋", entry.residentTextProperty().get(), "the next wish starts in the same building");
        assertNull(entry.householdProperty().get());
        assertEquals("", entry.contentProperty().get());
        assertEquals("生活物品", entry.categoryProperty().get(), "category kept for the next wish");
        assertEquals(1, entry.savedCountProperty().get());
        Wish saved = wishes.list(in.communityId(), null).get(0);
        assertEquals("李秀英", saved.resident().name());
        assertTrue(saved.resident().isRegistered());
        assertEquals(1, count(WishStatus.COLLECTED));
        assertEquals(2, entry.matches().size(), "building 3 households offered again");
    }

    @Test
    void quickEntryTakesAnUnregisteredResidentByNameAndPhone() {
        viewModel.load();
        WishEntryViewModel entry = viewModel.entry();
        entry.residentTextProperty().set("路过的刘阿姨");
        assertFalse(entry.chooseOnEnter(null));
        entry.phoneProperty().set("139 0000 1111");
        entry.contentProperty().set("想找人陪着去医院");
        entry.categoryProperty().set("陪伴关爱");
        assertTrue(entry.canSaveProperty().get());
        entry.save();
        Wish saved = wishes.list(in.communityId(), null).get(0);
        assertEquals("路过的刘阿姨", saved.resident().name());
        assertEquals("13900001111", saved.resident().phone());
        assertFalse(saved.resident().isRegistered());
        assertEquals("", entry.residentTextProperty().get());
    }

    @Test
    void quickEntryShowsWhatIsWrongAndKeepsTheTyping() {
        viewModel.load();
        WishEntryViewModel entry = viewModel.entry();
        entry.residentTextProperty().set("刘阿姨");
        entry.contentProperty().set("修灯");
        entry.phoneProperty().set("12345");
        entry.save();
        assertEquals(List.of("phone.error.invalid"), dialogs.errorKeys());
        assertEquals("修灯", entry.contentProperty().get());
        assertEquals(0, wishes.list(null, null).size());
    }
}
