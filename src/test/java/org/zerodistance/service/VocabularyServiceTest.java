package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.TestDatabases;

/** The editable skill and category lists. */
class VocabularyServiceTest {

    private final Services services = TestDatabases.freshServices();
    private final VocabularyService vocabulary = services.vocabulary();

    @AfterEach
    void close() {
        services.database().close();
    }

    @Test
    void seededSkillsComeInOrderAndNewOnesGoLast() {
        List<String> skills = vocabulary.list(VocabularyKind.SKILL);
        assertEquals("法律咨询", skills.get(0));
        assertEquals(10, skills.size());
        vocabulary.add(VocabularyKind.SKILL, " 理发 ");
        assertEquals("理发", vocabulary.list(VocabularyKind.SKILL).get(10));
        assertEquals("vocabulary.error.duplicate", assertThrows(ServiceException.class, () -> vocabulary.add(VocabularyKind.SKILL, "理发")).messageKey());
        assertEquals("vocabulary.error.termSeparator", assertThrows(DomainException.class, () -> vocabulary.add(VocabularyKind.SKILL, "理发，修脚")).messageKey());
        assertEquals(List.of("理发", "法律咨询"), vocabulary.move(VocabularyKind.SKILL, "理发", -100).subList(0, 2));
    }

    @Test
    void renamingCarriesOverToMembersAndUsedTermsCannotBeRemoved() {
        long community = services.communities().add("城东社区").id();
        long id = services.members().add(community, MemberDraft.of(Members.aMember().withSkills("电脑维修").build())).id();
        vocabulary.rename(VocabularyKind.SKILL, "电脑维修", "电脑与手机维修");
        assertEquals(List.of("电脑与手机维修"), services.members().get(id).skills());
        assertFalse(vocabulary.list(VocabularyKind.SKILL).contains("电脑维修"));

        ServiceException inUse = assertThrows(ServiceException.class, () -> vocabulary.remove(VocabularyKind.SKILL, "电脑与手机维修"));
        assertEquals("vocabulary.error.inUse.SKILL", inUse.messageKey());
        assertEquals(1, inUse.args()[1]);
        vocabulary.remove(VocabularyKind.SKILL, "助老服务");
        assertFalse(vocabulary.list(VocabularyKind.SKILL).contains("助老服务"));
        assertTrue(vocabulary.list(VocabularyKind.HOUSEHOLD_CATEGORY).contains("空巢老人"));
    }

    @Test
    void teamSpecialtiesAndPostCategoriesAreRenamedOnTheirRecordsAndKeptWhileUsed() {
        long community = services.communities().add("城东社区").id();
        long leader = services.members().add(community, MemberDraft.of(Members.aMember().build())).id();
        long team = services.teams().create(new TeamDraft(community, "电器维修队", "电器维修", leader, null, null, List.of())).id();
        long post = services.posts().create(new PostDraft(community, "邻里调解岗", "民事调解", null, 2)).id();

        vocabulary.rename(VocabularyKind.TEAM_SPECIALTY, "电器维修", "家电维修");
        vocabulary.rename(VocabularyKind.POST_CATEGORY, "民事调解", "邻里调解");
        assertEquals("家电维修", services.teams().get(team).specialty());
        assertEquals("邻里调解", services.posts().get(post).category());
        assertEquals("vocabulary.error.inUse.TEAM_SPECIALTY",
                assertThrows(ServiceException.class, () -> vocabulary.remove(VocabularyKind.TEAM_SPECIALTY, "家电维修")).messageKey());
        assertEquals("vocabulary.error.inUse.POST_CATEGORY",
                assertThrows(ServiceException.class, () -> vocabulary.remove(VocabularyKind.POST_CATEGORY, "邻里调解")).messageKey());
        vocabulary.remove(VocabularyKind.TEAM_SPECIALTY, "文艺");
        assertEquals(List.of("家电维修", "家庭教育咨询", "法律服务", "助老"), vocabulary.list(VocabularyKind.TEAM_SPECIALTY));
    }
}
