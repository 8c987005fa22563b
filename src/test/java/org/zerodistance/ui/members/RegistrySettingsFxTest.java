package org.zerodistance.ui.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.service.Services;
import org.zerodistance.ui.AppTestBase;
import org.zerodistance.ui.members.RegistrySettingsViewModel.CategoryRow;

/** The settings tab: add a skill, change a category's visit interval. */
class RegistrySettingsFxTest extends AppTestBase {

    private static CategoryRow row(TableView<CategoryRow> table, String term) {
        return table.getItems().stream().filter(r -> r.term().equals(term)).findFirst().orElseThrow();
    }

    /** The interval cell of a category's row. */
    private Node intervalCell(String term) {
        Node termCell = lookup("#category-table .table-cell").match(LabeledMatchers.hasText(term)).query();
        return termCell.getParent().getChildrenUnmodifiable().get(1);
    }

    @Override
    protected void beforeWindow(Services services) {
        services.communities().add("城东社区"); // an empty folder would open the welcome screen
    }

    @Test
    void addSkillAndChangeVisitInterval() {
        openSection("settings");
        clickOn("党员与帮扶对象");
        ListView<String> skills = find("#skill-list");
        waitUntil(() -> skills.getItems().size() == 10);
        clickOn("#skill-new").write("理发").type(KeyCode.ENTER);
        waitUntil(() -> skills.getItems().contains("理发"));
        assertTrue(services().vocabulary().list(VocabularyKind.SKILL).contains("理发"));

        TableView<CategoryRow> categories = find("#category-table");
        waitUntil(() -> !categories.getItems().isEmpty());
        assertEquals(60, row(categories, "残疾人").intervalDays(), "default for a category without a default of its own");
        doubleClickOn(intervalCell("残疾人"));
        push(KeyCode.CONTROL, KeyCode.A).write("14").type(KeyCode.ENTER);
        waitUntil(() -> services().households().visitIntervals().days("残疾人") == 14);
        Label feedback = find("#registry-settings-feedback");
        waitUntil(() -> feedback.getText().contains("14"));
        waitUntil(() -> !row(categories, "残疾人").isDefault());

        doubleClickOn(intervalCell("残疾人"));
        push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        waitUntil(() -> row(categories, "残疾人").isDefault());
        assertEquals(60, services().settings().visitIntervals().days("残疾人"), "cleared: the default again");
    }
}
