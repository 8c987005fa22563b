package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.app.Preferences;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Language;
import org.zerodistance.service.Services;

/**
 * The main window on a data folder with one community (an empty folder opens the welcome screen: see WelcomeFxTest):
 * add a community, see it in the picker, archive one, switch the language.
 */
class MainWindowFxTest extends AppTestBase {

    @Override
    protected void beforeWindow(Services services) {
        services.communities().add("城南社区");
    }

    @Test
    void addedCommunityAppearsInTablePickerAndDatabase() {
        openSection("communities");
        TableView<Community> table = find("#community-table");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn("#community-name-field").write("城东社区").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 2);
        assertTrue(table.getItems().stream().anyMatch(c -> c.name().equals("城东社区")));

        ComboBox<Community> picker = find("#community-picker");
        waitUntil(() -> picker.getItems().stream().anyMatch(c -> c.name().equals("城东社区")));
        assertEquals(2, services().communities().list(true).size());
    }

    @Test
    void archivingAsksFirstAndHidesTheCommunityFromThePicker() {
        services().communities().add("城西社区");
        openSection("communities");
        TableView<Community> table = find("#community-table");
        waitUntil(() -> table.getItems().size() == 2);
        clickOn("城西社区");
        clickOn("#community-archive");
        clickOn("是");
        waitUntil(() -> table.getItems().size() == 1);
        ComboBox<Community> picker = find("#community-picker");
        waitUntil(() -> picker.getItems().stream().noneMatch(c -> c.name().equals("城西社区")));
        assertFalse(picker.getItems().stream().anyMatch(c -> c.name().equals("城西社区")));
        assertTrue(services().communities().byName("城西社区").archived());
    }

    @Test
    void switchingToEnglishRedrawsTheWindowAndIsRemembered() {
        openSection("settings");
        ChoiceBox<Language> choice = find("#language-choice");
        clickOn(choice);
        clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> ((ToggleButton) lookup("#nav-communities").query()).getText().equals("Communities"));
        assertEquals(Language.ENGLISH, Preferences.load(context.paths().preferencesFile()).language());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("Zero Distance"));
    }
}
