package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.SampleCommunity;

/** The first run on an empty data folder: the welcome screen, then the sample community or a first community of one's own. */
class WelcomeFxTest extends AppTestBase {

    private void waitForWelcome() {
        waitUntil(() -> lookup("#welcome-sample").tryQuery().isPresent());
    }

    private String figure(String name) {
        return lookup("#figure-" + name).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private void assertMainWindowOn(String community) {
        // loading the sample community writes a few hundred records through the services: seconds on a busy machine
        waitUntil(60, () -> lookup("#community-picker").tryQuery().isPresent());
        ComboBox<Community> picker = find("#community-picker");
        waitUntil(() -> picker.getValue() != null && community.equals(picker.getValue().name()));
        assertEquals(community, context.services().communities().list(true).get(0).name());
        waitUntil(() -> ((ToggleButton) lookup("#nav-dashboard").query()).isSelected());
        assertTrue(lookup("#welcome").tryQuery().isEmpty(), "the welcome screen is gone");
    }

    @Test
    void loadingTheSampleCommunityFillsTheDashboard() {
        waitForWelcome();
        assertTrue(lookup("#nav-dashboard").tryQuery().isEmpty(), "no sidebar before a community exists");
        clickOn("#welcome-sample");
        assertMainWindowOn(SampleCommunity.NAME);
        // the tiles show "—" until the figures arrive
        waitUntil(30, () -> figure("members").matches("[1-9][0-9]*"));
        assertEquals("35", figure("members"), "36 registered, one moved out");
        assertTrue(Integer.parseInt(figure("wishesCollected")) > 0, figure("wishesCollected"));
        assertTrue(Integer.parseInt(figure("helpRecords")) > 0, figure("helpRecords"));
        assertTrue(!figure("fundsTotal").equals("0.00"), figure("fundsTotal"));
    }

    @Test
    void theWelcomeScreenSwitchesToEnglishAndBackAndRemembersIt() {
        waitForWelcome();
        Hyperlink language = find("#welcome-language");
        assertEquals("English", language.getText());
        clickOn(language);
        waitUntil(() -> lookup("Welcome to Zero Distance").tryQuery().isPresent());
        assertEquals(Language.ENGLISH, Messages.language());
        assertEquals(Language.ENGLISH, context.preferences().language(), "remembered for the next start");
        Hyperlink back = find("#welcome-language");
        assertEquals("中文", back.getText());
        clickOn(back);
        waitUntil(() -> lookup("欢迎使用零距离社区服务台").tryQuery().isPresent());
        assertEquals(Language.CHINESE, Messages.language());
    }

    @Test
    void creatingTheFirstCommunityOpensTheMainWindowOnIt() {
        waitForWelcome();
        clickOn("#welcome-name").type(KeyCode.SPACE).type(KeyCode.ENTER);
        Label problem = find("#welcome-name-problem");
        waitUntil(() -> problem.isVisible() && !problem.getText().isEmpty());
        assertTrue(context.services().communities().list(true).isEmpty(), "a blank name creates nothing");

        clickOn("#welcome-name").push(KeyCode.CONTROL, KeyCode.A).write("城东社区").type(KeyCode.ENTER);
        assertMainWindowOn("城东社区");
        Node sidebarButton = find("#nav-members");
        assertTrue(!sidebarButton.isDisabled(), "the sidebar works");
        openSection("members");
        waitUntil(() -> ((ToggleButton) lookup("#nav-members").query()).isSelected());
    }
}
