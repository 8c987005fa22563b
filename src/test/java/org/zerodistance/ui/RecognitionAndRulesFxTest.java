package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.Award;
import org.zerodistance.domain.PointsRule;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.VolunteerSeed;

/** The recognition tab (ranking with the top highlighted, awards) and the points-rules settings tab. */
class RecognitionAndRulesFxTest extends AppTestBase {

    private long li;

    @Override
    protected void beforeWindow(Services services) {
        VolunteerSeed seed = new VolunteerSeed(services);
        long community = seed.community("城东社区").id();
        long zhang = seed.member(community, "张伟");
        li = seed.member(community, "李娜");
        seed.entry(community, zhang, LocalDate.now(), ServiceKind.VISIT, null);
        seed.entry(community, li, LocalDate.now(), ServiceKind.WISH_FULFILLED, null);
        services.recognition().saveSettings(1, 2);
    }

    private void clickText(String query, String text) {
        clickOn(lookup(query).match(hasText(text)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTopOfTheQuarterIsHighlightedAndAnAwardIsRecordedForTheSelectedMember() {
        waitUntil(() -> !lookup("#community-picker").query().isDisabled());
        clickOn("#community-picker");
        clickText(".list-cell", "城东社区");
        openSection("passbook");
        clickText(".tab-label", "季度表彰");
        TableView<RankingRow> ranking = find("#ranking-table");
        waitUntil(() -> ranking.getItems().size() == 2);
        assertEquals("李娜", ranking.getItems().get(0).member().name());
        waitUntil(() -> lookup("#ranking-table .ranking-top").queryAll().size() == 1);

        clickText("#ranking-table .table-cell", "李娜");
        clickOn("#award-add");
        TableView<Award> awards = find("#award-table");
        waitUntil(() -> awards.getItems().size() == 1);
        assertEquals("优秀服务党员", awards.getItems().get(0).title());
        assertEquals(Quarter.of(LocalDate.now()), services().recognition().awardsOf(li).get(0).quarter());
    }

    @Test
    void aRuleSavedInSettingsAppliesToNewEntries() {
        openSection("settings");
        clickText(".tab-label", "积分与表彰");
        TextField visit = find("#rule-points-visit");
        waitUntil(() -> visit.getText().equals("1"));
        doubleClickOn(visit).eraseText(2).write("4");
        clickOn("#rules-save");
        Label feedback = find("#rules-feedback");
        waitUntil(() -> !feedback.getText().isEmpty());
        assertTrue(services().passbook().rules().contains(new PointsRule(ServiceKind.VISIT, new BigDecimal("4.00"), false)));
    }
}
