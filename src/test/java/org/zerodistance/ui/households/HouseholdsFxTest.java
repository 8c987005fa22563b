package org.zerodistance.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.zerodistance.domain.HouseholdDraft;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.ui.AppTestBase;

/** The Households screen in the real window: add a household, record a visit, see overdue households. */
class HouseholdsFxTest extends AppTestBase {

    @Override
    protected void beforeWindow(Services services) {
        long east = services.communities().add("城东社区").id();
        long zhang = services.members().add(east, new MemberDraft("张伟", IdNumbers.valid(701), null, "市教育局", null, List.of(),
                LocalDate.of(2026, 1, 5), MemberStatus.ACTIVE, null, null)).id();
        services.members().add(east, new MemberDraft("王芳", IdNumbers.valid(702), null, "区人民医院", null, List.of(), LocalDate.of(2026, 1, 5),
                MemberStatus.ACTIVE, null, null));
        long zhou = services.households().add(east, new HouseholdDraft("周奶奶", "5", "1", "102", null, List.of("独居老人"), 1, null)).id();
        services.households().addVisit(new VisitDraft(zhou, LocalDate.now().minusDays(45), List.of(zhang), null, null));
    }

    private Node cell(String text) {
        return lookup(".table-cell").match(LabeledMatchers.hasText(text)).query();
    }

    @Test
    void addHouseholdThenRecordAVisitThatEarnsPoints() {
        openSection("households");
        TableView<HouseholdRow> table = find("#household-table");
        waitUntil(() -> table.getItems().size() == 1);

        clickOn("#household-new");
        waitUntil(() -> lookup("#household-form-head").tryQuery().isPresent());
        clickOn("#form-save");
        Label headError = find("#household-form-head-error");
        Label categoriesError = find("#household-form-categories-error");
        // Leaving the name field shows its problem at once; the save shows the rest a moment later, so wait for both.
        waitUntil(() -> headError.isVisible() && categoriesError.isVisible());
        assertTrue(categoriesError.getText().contains("帮扶类别"), "no category chosen is explained too");

        clickOn("#household-form-head").write("李秀英");
        clickOn("#household-form-building").write("3");
        clickOn("#household-form-unit").write("2");
        clickOn("#household-form-room").write("401");
        clickOn("#household-form-phone").write("0971-8123456");
        clickOn("#household-form-category-空巢老人");
        doubleClickOn("#household-form-people").write("2");
        clickOn("#form-save");
        waitUntil(() -> table.getItems().size() == 2);
        assertFalse(lookup("#household-form-head").tryQuery().isPresent(), "the form closed after saving");

        clickOn(cell("李秀英"));
        waitUntil(() -> ((Label) find("#household-detail-head")).getText().equals("李秀英"));
        assertEquals("0971***3456", ((Label) find("#household-detail-phone")).getText());
        clickOn("#household-add-visit");
        waitUntil(() -> lookup("#visit-form-filter").tryQuery().isPresent());
        clickOn("#visit-form-filter").write("张");
        waitUntil(() -> lookup(".list-cell").match(LabeledMatchers.hasText("张伟（市教育局）")).tryQuery().isPresent());
        Node zhang = lookup(".list-cell").match(LabeledMatchers.hasText("张伟（市教育局）")).query();
        clickOn(zhang.lookup(".check-box"));
        waitUntil(() -> ((Label) find("#visit-form-chosen")).getText().contains("张伟"));
        clickOn("#visit-form-note").write("测血压，聊家常");
        clickOn("#form-save");
        TableView<Visit> visits = find("#household-visits");
        waitUntil(() -> visits.getItems().size() == 1);
        assertEquals("张伟", visits.getItems().get(0).visitorNames());
        assertEquals(LocalDate.now(), visits.getItems().get(0).date());

        long householdId = table.getItems().stream().filter(r -> r.summary().household().headName().equals("李秀英")).findFirst().orElseThrow().id();
        assertEquals(1, services().households().visits(householdId).size());
        assertEquals(2, (int) services().database().read(ctx -> ctx.fetchCount(SERVICE_RECORD, SERVICE_RECORD.KIND.eq("VISIT"))),
                "the visiting member earned a VISIT passbook entry (besides the seeded visit's)");
    }

    @Test
    void overdueOnlyShowsHouseholdsPastTheirInterval() {
        openSection("households");
        TableView<HouseholdRow> table = find("#household-table");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("逾期 15 天", table.getColumns().get(3).getCellData(0), "独居老人: every 30 days, last visit 45 days ago");
        clickOn("#household-new");
        waitUntil(() -> lookup("#household-form-head").tryQuery().isPresent());
        clickOn("#household-form-head").write("新登记的王家");
        clickOn("#household-form-category-困难家庭");
        clickOn("#form-save");
        waitUntil(() -> table.getItems().size() == 2);
        clickOn("#household-overdue-only");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("周奶奶", table.getItems().get(0).summary().household().headName(), "a household registered today is not overdue yet");
        clickOn("#household-search").write("5栋");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn("#household-search").push(KeyCode.CONTROL, KeyCode.A).write("不存在");
        waitUntil(() -> table.getItems().isEmpty());
    }
}
