package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.persistence.jooq.tables.records.FundEntryRecord;
import org.zerodistance.persistence.jooq.tables.records.ServiceRecordRecord;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.WishFixtures;
import org.zerodistance.ui.wishes.WishRow;

/** The wishes screen in the real window: collect a wish, claim it from a suggestion, fulfil it, and watch the tab counts. */
class WishesFxTest extends AppTestBase {

    private long plumber;
    private long communityId;

    @Override
    protected void beforeWindow(Services services) {
        services.settings().setOperator("测试员");
        WishFixtures in = WishFixtures.newCommunity(services, "城东社区");
        communityId = in.communityId();
        plumber = in.member("王师傅", "水电维修");
        in.member("李老师", "家庭教育");
        in.household("李秀英", "3", "2", "401");
        in.household("张桂兰", "3", "1", "102");
    }

    private void chooseCommunity(String name) {
        ComboBox<Community> picker = find("#community-picker");
        waitUntil(() -> picker.getItems().stream().anyMatch(c -> c.name().equals(name)));
        interact(() -> picker.setValue(picker.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String tab(String status) {
        return ((ToggleButton) find("#wish-tab-" + status)).getText();
    }

    @Test
    void collectClaimFromASuggestionFulfilAndTheTabCountsFollow() {
        chooseCommunity("城东社区");
        openSection("wishes");
        waitUntil(() -> tab("collected").equals("待认领 0"));

        // quick entry: find the household by its room, Enter picks it, type the wish, Enter saves
        clickOn(((TitledPane) find("#wish-entry-pane")).lookup(".title"));
        clickOn("#wish-resident").write("401");
        waitUntil(() -> lookup("#wish-resident-matches").query().isVisible());
        type(KeyCode.ENTER);
        TextField resident = find("#wish-resident");
        assertEquals("李秀英 · 3栋2单元401", resident.getText());
        write("厨房水龙头漏水");
        ComboBox<String> category = find("#wish-category");
        interact(() -> category.setValue("维修"));
        clickOn("#wish-content").type(KeyCode.ENTER);

        TableView<WishRow> table = find("#wish-table");
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> tab("collected").equals("待认领 1"));
        assertEquals("3栋", resident.getText(), "the next wish starts in the same building");
        assertEquals("", ((TextField) find("#wish-content")).getText());
        assertEquals("维修", category.getValue(), "the category is kept for the next wish");
        clickOn(((TitledPane) find("#wish-entry-pane")).lookup(".title")); // done collecting: fold the form away

        // matching: the plumber is suggested first, with the reason; one click claims for him
        clickOn("厨房水龙头漏水");
        waitUntil(() -> lookup("#suggest-why-member-" + plumber).tryQuery().isPresent());
        assertEquals("特长: 水电维修 · 在办 0 件", ((Label) find("#suggest-why-member-" + plumber)).getText());
        assertTrue(((Button) find("#wish-fulfil")).isDisabled(), "an unclaimed wish cannot be fulfilled");
        clickOn("#suggest-claim-member-" + plumber);
        waitUntil(() -> tab("claimed").equals("已认领 1"));
        assertEquals("待认领 0", tab("collected"));
        waitUntil(() -> ((ToggleButton) find("#wish-tab-claimed")).isSelected());
        waitUntil(() -> !((Button) find("#wish-fulfil")).isDisabled());
        assertTrue(((Button) find("#wish-claim")).isDisabled(), "a claimed wish cannot be claimed again");

        // fulfil through the dialog
        clickOn("#wish-fulfil");
        clickOn("#fulfil-note").write("上门换了新水龙头");
        TextField value = find("#fulfil-value");
        interact(value::clear);
        clickOn(value).write("35");
        clickOn("#fulfil-ok");
        waitUntil(() -> tab("fulfilled").equals("已兑现 1"));
        assertEquals("已认领 0", tab("claimed"));
        assertEquals("待认领 0", tab("collected"));

        // the ledgers got their entries in the same transaction
        List<ServiceRecordRecord> points = services().database().read(ctx -> ctx.selectFrom(SERVICE_RECORD).fetch());
        assertEquals(1, points.size());
        assertEquals(plumber, points.get(0).getMemberId());
        assertEquals("WISH_FULFILLED", points.get(0).getKind());
        FundEntryRecord fund = services().database().read(ctx -> ctx.selectFrom(FUND_ENTRY).fetchSingle());
        assertEquals("MATERIAL", fund.getKind());
        assertEquals(0, new java.math.BigDecimal("35").compareTo(fund.getAmount()));
        assertEquals(WishStatus.FULFILLED, services().wishes().list(communityId, null).get(0).status());
    }

    @Test
    void cancellingAsksForTheReasonAndOverdueWishesAreCounted() {
        Services services = services();
        WishFixtures.newCommunity(services, "城西社区");
        services.wishes().collect(new org.zerodistance.domain.WishDraft(communityId, null, "王大爷", null, "想要一副老花镜",
                "生活物品", null, org.zerodistance.domain.WishSource.PHONE, LocalDate.now().minusDays(20), null));
        chooseCommunity("城东社区");
        openSection("wishes");
        waitUntil(() -> tab("collected").equals("待认领 1"));
        assertEquals("逾期 1 件", ((Label) find("#wish-overdue-count")).getText());

        clickOn("想要一副老花镜");
        waitUntil(() -> !((Button) find("#wish-cancel")).isDisabled());
        clickOn("#wish-cancel");
        clickOn("#wish-cancel-reason").write("居民已自己配好");
        clickOn("确定");
        waitUntil(() -> tab("cancelled").equals("已取消 1"));
        assertEquals("待认领 0", tab("collected"));
        assertEquals("", ((Label) find("#wish-overdue-count")).getText(), "a cancelled wish is not overdue");
        assertEquals("居民已自己配好", services.wishes().list(communityId, WishStatus.CANCELLED).get(0).cancelReason());
    }
}
