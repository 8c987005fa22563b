package org.zerodistance.ui.wordlists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.service.Services;
import org.zerodistance.ui.AppTestBase;

/** The word-list editors of Settings, driven as a clerk would: a specialty added there is offered in the team form. */
class WordListsFxTest extends AppTestBase {

    @Override
    protected void beforeWindow(Services services) {
        services.communities().add("城东社区"); // an empty folder would open the welcome screen
    }

    private void openTab(String title) {
        clickOn(lookup(".tab-label").match(hasText(title)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSpecialtyAddedInSettingsIsOfferedInTheTeamForm() {
        openSection("teams"); // the team screen is open before, and shows the new specialty when the clerk comes back
        ComboBox<String> specialty = find("#team-specialty");
        waitUntil(() -> specialty.getItems().size() == 5);
        assertFalse(specialty.getItems().contains("垃圾分类"));

        openSection("settings");
        openTab("服务队与岗位");
        ListView<String> specialties = find("#team-specialty-list");
        waitUntil(() -> specialties.getItems().size() == 5);
        ListView<String> postCategories = find("#post-category-list");
        waitUntil(() -> postCategories.getItems().contains("民事调解"));
        clickOn("#team-specialty-new").write("垃圾分类").type(KeyCode.ENTER);
        waitUntil(() -> specialties.getItems().contains("垃圾分类"));
        Label feedback = find("#team-specialty-feedback");
        waitUntil(() -> feedback.getText().equals("已添加“垃圾分类”。"));
        assertTrue(services().vocabulary().list(VocabularyKind.TEAM_SPECIALTY).contains("垃圾分类"));

        clickOn("#team-specialty-up"); // the new term is chosen: it moves up one place and stays chosen
        waitUntil(() -> specialties.getItems().indexOf("垃圾分类") == 4);
        waitUntil(() -> "垃圾分类".equals(specialties.getSelectionModel().getSelectedItem()));
        assertEquals(4, services().vocabulary().list(VocabularyKind.TEAM_SPECIALTY).indexOf("垃圾分类"));

        openTab("微心愿"); // the wish categories use the same editor
        ListView<String> wishCategories = find("#wish-category-list");
        waitUntil(() -> wishCategories.getItems().equals(services().vocabulary().list(VocabularyKind.WISH_CATEGORY)));

        openSection("teams");
        ComboBox<Community> picker = find("#community-picker"); // a team is created in a community
        interact(() -> picker.setValue(picker.getItems().stream().filter(c -> c != null && c.name().equals("城东社区")).findFirst().orElseThrow()));
        clickOn("#team-new");
        waitUntil(() -> specialty.getItems().contains("垃圾分类"));
        clickOn(specialty);
        clickOn(lookup(".list-cell").match(hasText("垃圾分类")).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("垃圾分类", specialty.getValue());
        assertEquals(4, specialty.getItems().indexOf("垃圾分类"), "offered in the list's order");
    }
}
