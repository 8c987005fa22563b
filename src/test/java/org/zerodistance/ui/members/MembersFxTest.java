package org.zerodistance.ui.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.persistence.AuditRepository;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.ui.AppTestBase;

/** The Members screen in the real window: the form explains a wrong ID, search finds by the last four digits, reveal is audited. */
class MembersFxTest extends AppTestBase {

    private static final String GOOD_ID = "630102198506151239";
    private static final String BAD_ID = "630102198506151238";

    @Override
    protected void beforeWindow(Services services) {
        long east = services.communities().add("城东社区").id();
        for (int i = 0; i < 5; i++) {
            services.members().add(east, new MemberDraft("党员" + i, IdNumbers.valid(500 + i), null, "市财政局", null, List.of("家电维修"),
                    LocalDate.of(2026, 1, 5), MemberStatus.ACTIVE, null, null));
        }
    }

    @Test
    void wrongIdIsExplainedNextToTheFieldThenTheMemberIsFoundByTheLastFourDigits() {
        openSection("members");
        TableView<MemberRow> table = find("#member-table");
        waitUntil(() -> table.getItems().size() == 5);

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#member-form-name").tryQuery().isPresent());
        clickOn("#member-form-name").write("刘洋");
        clickOn("#member-form-id").write(BAD_ID);
        clickOn("#member-form-phone").write("139 0000 1234");
        Label idError = find("#member-form-id-error");
        waitUntil(() -> idError.isVisible());
        assertTrue(idError.getText().contains("校验码") && idError.getText().contains("9"), idError.getText());

        clickOn("#form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#member-form-id").tryQuery().isPresent(), "a wrong ID keeps the form open");
        assertEquals(0, services().members().list(null, true).stream().filter(m -> m.name().equals("刘洋")).count());

        TextField idField = find("#member-form-id");
        doubleClickOn(idField).push(KeyCode.CONTROL, KeyCode.A).write(GOOD_ID);
        waitUntil(() -> !idError.isVisible());
        Label derived = find("#member-form-derived");
        assertTrue(derived.getText().contains("男") && derived.getText().contains("1985-06-15"), derived.getText());
        clickOn("#member-form-skill-法律咨询");
        clickOn("#form-save");
        waitUntil(() -> table.getItems().size() == 6);
        assertFalse(lookup("#member-form-id").tryQuery().isPresent(), "the form closed after saving");

        clickOn("#member-search").write("1239");
        waitUntil(() -> table.getItems().size() == 1);
        MemberRow found = table.getItems().get(0);
        assertEquals("刘洋", found.member().name());
        assertEquals("630102********1239", table.getColumns().get(2).getCellData(0), "the list shows the ID masked");
        assertEquals("139****1234", table.getColumns().get(3).getCellData(0));
        Label count = find("#member-count");
        assertTrue(count.getText().contains("1"), count.getText());
        assertEquals(List.of("法律咨询"), services().members().get(found.id()).skills());
    }

    /** The table cell showing {@code text} (the search field may show the same text). */
    private javafx.scene.Node cell(String text) {
        return lookup(".table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query();
    }

    @Test
    void revealShowsOneIdAndWritesTheAuditEntry() {
        openSection("members");
        TableView<MemberRow> table = find("#member-table");
        waitUntil(() -> table.getItems().size() == 5);
        clickOn("#member-search").write("党员3");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn(cell("党员3"));
        Label detailId = find("#member-detail-id");
        waitUntil(() -> detailId.getText().contains("****"));
        clickOn("#member-reveal-id");
        String full = IdNumbers.valid(503);
        waitUntil(() -> detailId.getText().equals(full));
        AuditEntry last = services().database().read(ctx -> new AuditRepository().latest(ctx, 1)).get(0);
        assertEquals(AuditEntry.Action.REVEAL, last.action());
        assertTrue(last.summary().contains("党员3"), last.summary());
        assertFalse(last.summary().contains(full));
    }

    @Test
    void deleteArchivesAfterAskingAndArchivedCanBeShownAndRestored() {
        openSection("members");
        TableView<MemberRow> table = find("#member-table");
        waitUntil(() -> table.getItems().size() == 5);
        clickOn(cell("党员1"));
        type(KeyCode.DELETE);
        clickOn("是");
        waitUntil(() -> table.getItems().size() == 4);
        clickOn("#member-show-archived");
        waitUntil(() -> table.getItems().size() == 5);
        clickOn(cell("党员1"));
        clickOn("#member-restore");
        waitUntil(() -> services().members().list(null, false).size() == 5);
    }
}
