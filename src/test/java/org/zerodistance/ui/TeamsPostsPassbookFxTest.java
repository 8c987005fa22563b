package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.TeamActivity;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.VolunteerSeed;

/** The Teams, Posts and Passbook screens driven as a clerk would. */
class TeamsPostsPassbookFxTest extends AppTestBase {

    private long zhang;
    private long li;
    private long wang;

    @Override
    protected void beforeWindow(Services services) {
        VolunteerSeed seed = new VolunteerSeed(services);
        long community = seed.community("城东社区").id();
        zhang = seed.member(community, "张伟");
        li = seed.member(community, "李娜");
        wang = seed.member(community, "王芳");
        services.teams().create(new TeamDraft(community, "电器维修队", "电器维修", zhang, LocalDate.of(2026, 1, 10), null, List.of(li)));
        services.posts().create(new PostDraft(community, "邻里调解岗", "民事调解", "调解邻里纠纷", 2));
        seed.entry(community, zhang, LocalDate.of(2026, 3, 1), ServiceKind.VISIT, null); // 张伟 starts with 1 point
    }

    private void chooseCommunity(String name) {
        waitUntil(() -> !lookup("#community-picker").query().isDisabled());
        ComboBox<?> picker = find("#community-picker");
        waitUntil(() -> picker.getItems().size() > 1);
        clickOn(picker);
        clickOn(lookup(".list-cell").match(hasText(name)).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within " + seconds + " s", e);
        }
    }

    private void openTab(String title) {
        clickOn(lookup(".tab-label").match(hasText(title)).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pick(String comboId, String text) {
        clickOn(comboId);
        clickOn(lookup(".list-cell").match(hasText(text)).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recordingATeamActivityRaisesEveryParticipantsBalance() {
        chooseCommunity("城东社区");
        openSection("teams");
        TableView<?> teams = find("#team-table");
        waitUntil(() -> teams.getItems().size() == 1);
        clickOn(lookup("#team-table .table-cell").match(hasText("电器维修队")).<javafx.scene.Node>query());
        openTab("活动记录");
        ListView<?> participants = find("#activity-participants");
        waitUntil(() -> participants.getItems().size() == 2);

        clickOn("#activity-title").write("义务维修家电");
        clickOn("#activity-hours").write("3");
        clickOn("#activity-record");
        TableView<TeamActivity> activities = find("#activity-table");
        waitUntil(() -> activities.getItems().size() == 1);
        assertEquals("义务维修家电", activities.getItems().get(0).title());
        Label feedback = find("#team-feedback");
        assertTrue(feedback.getText().contains("2 名参加者"), feedback.getText());

        openSection("passbook");
        Label balance = find("#passbook-balance");
        pick("#passbook-member", "张伟");
        waitUntil(() -> balance.getText().equals("积分余额：7 分"));      // 1 before + 2 points/h × 3 h
        pick("#passbook-member", "李娜");
        waitUntil(() -> balance.getText().equals("积分余额：6 分"));
        pick("#passbook-member", "王芳");
        waitUntil(() -> balance.getText().equals("积分余额：0 分"));      // not a participant
        assertEquals(0, services().passbook().balance(wang).signum());
        assertEquals(0, new BigDecimal("6").compareTo(services().passbook().balance(li)));
    }

    @Test
    void claimingAPostProducesTheCommitmentLetterAndRecordsTheSigning() throws Exception {
        Path letters = dataFolder.resolve("letters");
        shell.useSaveFileChooser((title, suggested, filter, extension) -> Optional.of(letters.resolve(suggested)));
        chooseCommunity("城东社区");
        openSection("posts");
        TableView<?> posts = find("#post-table");
        waitUntil(() -> posts.getItems().size() == 1);
        clickOn(lookup("#post-table .table-cell").match(hasText("邻里调解岗")).<javafx.scene.Node>query());
        openTab("认领与承诺书");
        ComboBox<?> member = find("#claim-member");
        waitUntil(() -> member.getItems().size() == 3);

        pick("#claim-member", "李娜");
        clickOn("#claim-add");
        TableView<PostClaim> claims = find("#claim-table");
        waitUntil(() -> claims.getItems().size() == 1);
        waitUntil(() -> claims.getSelectionModel().getSelectedItem() != null);
        assertEquals("李娜", claims.getItems().get(0).member().name());

        clickOn("#claim-letter");
        Path letter = letters.resolve("承诺书-李娜-邻里调解岗.docx");
        Label feedback = find("#post-feedback");
        // The first Word document of a run loads POI's schema classes: allow for a slow, shared machine.
        waitUntil(() -> feedback.getText().contains("承诺书已保存到"), 60);
        assertTrue(Files.exists(letter));
        try (InputStream in = Files.newInputStream(letter); XWPFDocument document = new XWPFDocument(in)) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + b);
            assertTrue(text.startsWith("在职党员社区服务岗位承诺书"), text);
            assertTrue(text.contains("本人李娜") && text.contains("“邻里调解岗”"), text);
        }

        clickOn("#claim-sign");
        waitUntil(() -> claims.getItems().size() == 1 && claims.getItems().get(0).signed());
        assertEquals(LocalDate.now(), services().posts().claims(claims.getItems().get(0).postId()).get(0).commitmentDate());
    }
}
