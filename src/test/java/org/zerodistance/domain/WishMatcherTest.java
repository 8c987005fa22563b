package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking of suggestions: skill fit first, then fewest open claims, then most past fulfilments, then name. */
class WishMatcherTest {

    private final WishMatcher matcher = new WishMatcher(SkillAffinity.DEFAULT);

    private static WishMatcher.Candidate member(long id, String name, int open, int done, String... skills) {
        return new WishMatcher.Candidate(Claimant.member(id, name), List.of(skills), open, done);
    }

    private static List<String> names(List<WishSuggestion> ranked) {
        return ranked.stream().map(s -> s.claimant().name()).toList();
    }

    @Test
    void skillFitToCategoryAndWordsComesFirst() {
        List<WishSuggestion> ranked = matcher.rank("维修", "厨房水龙头漏水", List.of(
                member(1, "甲", 0, 9, "法律咨询"),
                member(2, "乙", 3, 0, "家电维修"),
                member(3, "丙", 5, 0, "水电维修")));
        assertEquals(List.of("丙", "乙", "甲"), names(ranked));
        assertEquals(SkillAffinity.CATEGORY_FIT + SkillAffinity.WORDS_FIT, ranked.get(0).fit());
        assertEquals(List.of("水电维修"), ranked.get(0).matchedSkills());
        assertEquals(SkillAffinity.CATEGORY_FIT, ranked.get(1).fit());
        assertEquals(0, ranked.get(2).fit());
        assertEquals(List.of(), ranked.get(2).matchedSkills());
    }

    @Test
    void amongEqualFitFewestOpenClaimsThenMostFulfilmentsThenName() {
        List<WishSuggestion> ranked = matcher.rank("维修", "修灯", List.of(
                member(1, "忙", 2, 10, "水电维修"),
                member(2, "新", 0, 0, "水电维修"),
                member(3, "老", 0, 6, "水电维修"),
                member(4, "张", 0, 6, "水电维修"),
                member(5, "李", 0, 6, "水电维修")));
        assertEquals(List.of("老", "李", "张", "新", "忙"), names(ranked));
    }

    @Test
    void moreFittingSkillsAddUpAndTheBestIsNamedFirst() {
        List<WishSuggestion> ranked = matcher.rank("维修", "冰箱不制冷", List.of(
                member(1, "一技", 0, 0, "家电维修"),
                member(2, "多技", 0, 0, "电脑维修", "家电维修")));
        assertEquals(List.of("多技", "一技"), names(ranked));
        assertEquals(List.of("家电维修", "电脑维修"), ranked.get(0).matchedSkills());
    }

    @Test
    void wordsAloneFitWhenTheCategoryDoesNot() {
        List<WishSuggestion> ranked = matcher.rank("其他", "想咨询赡养纠纷怎么办", List.of(
                member(1, "甲", 0, 0, "水电维修"),
                member(2, "乙", 0, 0, "法律咨询")));
        assertEquals("乙", ranked.get(0).claimant().name());
        assertEquals(SkillAffinity.WORDS_FIT, ranked.get(0).fit());
    }

    @Test
    void aClerkAddedSkillFitsTheCategoryItNames() {
        SkillAffinity affinity = SkillAffinity.DEFAULT;
        assertEquals(SkillAffinity.CATEGORY_FIT, affinity.fit("空调维修", "维修", "换个开关"));
        assertEquals(SkillAffinity.CATEGORY_FIT + SkillAffinity.WORDS_FIT, affinity.fit("空调维修", "维修", "空调维修一下"));
        assertEquals(0, affinity.fit("空调维修", "学习辅导", "数学作业"));
    }

    @Test
    void teamsRankBySpecialty() {
        List<WishSuggestion> ranked = matcher.rank("陪伴关爱", "老人想有人陪着聊天", List.of(
                new WishMatcher.Candidate(Claimant.team(1, "法律服务队"), List.of("法律服务"), 0, 0),
                new WishMatcher.Candidate(Claimant.team(2, "夕阳红助老队"), List.of("助老"), 1, 0)));
        assertEquals("夕阳红助老队", ranked.get(0).claimant().name());
        assertEquals(List.of("助老"), ranked.get(0).matchedSkills());
    }
}
