package org.zerodistance.ui.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.ui.AppTestBase;
import org.zerodistance.ui.members.RegistrySettingsViewModel.CategoryRow;

/** The settings tab: add a skill, change a category's visit interval. */
class RegistrySettingsFxTest extends AppTestBase {

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
        assertEquals(14, categories.getItems().stream().filter(r -> r.term().equals("独居老人")).findFirst().orElseThrow().intervalDays());
        Node cell = lookup(".table-cell").match(LabeledMatchers.hasText("14")).query();
        doubleClickOn(cell);
        push(KeyCode.CONTROL, KeyCode.A).write("7").type(KeyCode.ENTER);
        waitUntil(() -> Integer.valueOf(7).equals(services().households().visitPlan().intervalDays().get("独居老人")));
        Label feedback = find("#registry-settings-feedback");
        waitUntil(() -> feedback.getText().contains("7"));

        Node other = lookup(".table-cell").match(LabeledMatchers.hasText("30")).query();
        doubleClickOn(other);
        push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        waitUntil(() -> categories.getItems().stream().filter(r -> r.intervalDays() == null).count() == 2);
        assertNull(services().households().visitPlan().intervalDays().get(categories.getItems().stream()
                .filter(r -> r.intervalDays() == null && !r.term().equals("其他")).findFirst().orElseThrow().term()));
    }
}
