package org.zerodistance.ui.wordlists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.VolunteerSeed;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** The word-list editor every settings tab uses: add, rename, remove (refused while in use), move. */
class WordListViewModelTest {

    private Services services;
    private ScriptedDialogs dialogs;
    private long community;
    private long leader;
    private WordListViewModel specialties;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        VolunteerSeed seed = new VolunteerSeed(services);
        community = seed.community("城东社区").id();
        leader = seed.member(community, "张伟");
        dialogs = new ScriptedDialogs();
        specialties = list(VocabularyKind.TEAM_SPECIALTY);
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private WordListViewModel list(VocabularyKind kind) {
        WordListViewModel list = new WordListViewModel(kind, services.vocabulary(), new ImmediateTaskRunner(), dialogs);
        list.load();
        return list;
    }

    private long team(String name, String specialty) {
        return services.teams().create(new TeamDraft(community, name, specialty, leader, LocalDate.of(2026, 1, 10), null, List.of())).id();
    }

    @Test
    void loadsTheListInItsOrder() {
        assertEquals(List.of("电器维修", "家庭教育咨询", "法律服务", "文艺", "助老"), specialties.terms());
        assertEquals(services.vocabulary().list(VocabularyKind.POST_CATEGORY), list(VocabularyKind.POST_CATEGORY).terms());
        assertEquals("服务队专长", specialties.title());
    }

    @Test
    void addsATypedTermAtTheEndAndRefusesDuplicatesAndBlanks() {
        specialties.newTermProperty().set(" 理发 ");
        specialties.add();
        assertEquals("理发", specialties.terms().get(specialties.terms().size() - 1));
        assertEquals("", specialties.newTermProperty().get(), "the field is cleared for the next term");
        assertEquals("理发", specialties.selectedProperty().get());
        assertEquals("已添加“理发”。", specialties.feedbackProperty().get());
        assertTrue(services.vocabulary().list(VocabularyKind.TEAM_SPECIALTY).contains("理发"));

        specialties.newTermProperty().set("文艺");
        specialties.add();
        specialties.newTermProperty().set("   ");
        specialties.add();
        assertEquals(List.of("vocabulary.error.duplicate", "vocabulary.error.termRequired"), dialogs.errorKeys());
        assertEquals(6, specialties.terms().size());
        assertEquals("   ", specialties.newTermProperty().get(), "a refused term stays in the field to be corrected");
    }

    @Test
    void renamesAfterAskingAndTheTeamsCarryTheNewName() {
        long id = team("电器维修队", "电器维修");
        dialogs.answerText("家电维修");
        specialties.rename("电器维修");
        assertEquals("家电维修", specialties.terms().get(0));
        assertEquals("家电维修", specialties.selectedProperty().get());
        assertEquals("已把“电器维修”改名为“家电维修”。", specialties.feedbackProperty().get());
        assertEquals("家电维修", services.teams().get(id).specialty());

        specialties.rename("文艺"); // the clerk closes the question without a name
        assertTrue(specialties.terms().contains("文艺"));
        dialogs.answerText("助老");
        specialties.rename("文艺");
        assertEquals(List.of("vocabulary.error.duplicate"), dialogs.errorKeys());
    }

    @Test
    void removingATermInUseIsRefusedWithTheNumberOfRecords() {
        team("电器维修队", "电器维修");
        team("夕阳红维修队", "电器维修");
        specialties.remove("电器维修");
        assertEquals(List.of("vocabulary.error.inUse.TEAM_SPECIALTY"), dialogs.errorKeys());
        assertEquals(2, ((DomainException) dialogs.errors().get(0)).args()[1]);
        assertEquals("专长“电器维修”还有 2 支服务队在用，不能删除：可以改名，或先给这些服务队换一个专长。",
                Messages.get("vocabulary.error.inUse.TEAM_SPECIALTY", ((DomainException) dialogs.errors().get(0)).args()));
        assertTrue(specialties.terms().contains("电器维修"));
        assertEquals("", specialties.feedbackProperty().get());
    }

    @Test
    void removesAnUnusedTermOnlyAfterTheClerkSaysYes() {
        dialogs.answerConfirm(false);
        specialties.remove("文艺");
        assertTrue(specialties.terms().contains("文艺"), "not removed without a yes");
        dialogs.answerConfirm(true);
        specialties.remove("文艺");
        assertFalse(specialties.terms().contains("文艺"));
        assertFalse(services.vocabulary().list(VocabularyKind.TEAM_SPECIALTY).contains("文艺"));
        assertEquals("已删除“文艺”。", specialties.feedbackProperty().get());
        assertEquals(List.of(), dialogs.errorKeys());
    }

    @Test
    void movesATermUpAndDownAndKeepsItChosen() {
        specialties.selectedProperty().set("文艺");
        specialties.move("文艺", -1);
        assertEquals(List.of("电器维修", "家庭教育咨询", "文艺", "法律服务", "助老"), specialties.terms());
        assertEquals("文艺", specialties.selectedProperty().get());
        specialties.move("文艺", -10);
        assertEquals("文艺", specialties.terms().get(0), "moving past the top stops at the top");
        specialties.move("电器维修", 1);
        assertEquals(List.of("文艺", "家庭教育咨询", "电器维修", "法律服务", "助老"), services.vocabulary().list(VocabularyKind.TEAM_SPECIALTY));
        assertEquals(specialties.terms(), services.vocabulary().list(VocabularyKind.TEAM_SPECIALTY));
    }

    @Test
    void aTermRemovedElsewhereIsNoLongerChosenAfterAReload() {
        specialties.selectedProperty().set("助老");
        services.vocabulary().remove(VocabularyKind.TEAM_SPECIALTY, "助老");
        specialties.load();
        assertEquals(null, specialties.selectedProperty().get());
        assertNotEquals(List.of(), specialties.terms());
    }

    @Test
    void postCategoriesInUseByAPostAreRefusedToo() {
        WordListViewModel categories = list(VocabularyKind.POST_CATEGORY);
        services.posts().create(new PostDraft(community, "邻里调解岗", "民事调解", "调解邻里纠纷", 2));
        categories.remove("民事调解");
        assertEquals(List.of("vocabulary.error.inUse.POST_CATEGORY"), dialogs.errorKeys());
        assertTrue(categories.terms().contains("民事调解"));
    }

    @Test
    void everyListHasItsTextsInBothLanguages() {
        for (VocabularyKind kind : VocabularyKind.values()) {
            for (String key : List.of("wordlist." + kind.name() + ".title", "wordlist." + kind.name() + ".hint",
                    "wordlist." + kind.name() + ".new", "vocabulary.error.inUse." + kind.name())) {
                for (Language language : Language.values()) {
                    assertNotEquals(key, Messages.get(language, key), key + " missing in " + language);
                }
            }
        }
    }
}
