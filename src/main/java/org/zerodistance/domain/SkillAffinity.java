package org.zerodistance.domain;

import java.util.List;
import java.util.Map;

/**
 * Which skills (and team specialties) suit which wish category, and which words in a wish point to a skill: the data
 * behind 专长对接. A skill fits a category when the table says so or when its name contains the category's name
 * (a clerk-added skill such as 空调维修 fits 维修); it fits a wish's words when the wish mentions the skill or one of its words.
 */
public final class SkillAffinity {

    /** Points for a skill that suits the wish's category. */
    public static final int CATEGORY_FIT = 2;
    /** Points for a skill named (or hinted at) in the wish's words. */
    public static final int WORDS_FIT = 1;

    private static final List<String> REPAIR_WORDS = List.of("电视", "冰箱", "洗衣机", "空调", "热水器", "电饭", "微波炉", "油烟机", "家电", "电器");
    private static final List<String> TEACHING_WORDS = List.of("作业", "功课", "辅导", "学习", "补课", "孩子", "上学");
    private static final List<String> LAW_WORDS = List.of("法律", "纠纷", "合同", "维权", "遗嘱", "赡养", "律师", "起诉", "欠薪");
    private static final List<String> ELDER_WORDS = List.of("老人", "买菜", "理发", "做饭", "打扫", "陪同", "代购", "轮椅", "陪伴");
    private static final List<String> ARTS_WORDS = List.of("唱歌", "跳舞", "书法", "下棋", "活动", "健身", "文艺");

    /** The programme's default table, covering the wish categories, skills and team specialties shipped in V1. */
    public static final SkillAffinity DEFAULT = new SkillAffinity(
            Map.of(
                    "生活物品", List.of("助老服务", "助老"),
                    "维修", List.of("水电维修", "家电维修", "电脑维修", "电器维修"),
                    "学习辅导", List.of("家庭教育", "家庭教育咨询"),
                    "医疗健康", List.of("医疗保健", "心理疏导"),
                    "法律援助", List.of("法律咨询", "法律服务"),
                    "陪伴关爱", List.of("助老服务", "心理疏导", "文体活动", "助老", "文艺"),
                    "就业创业", List.of("政策宣讲")),
            Map.ofEntries(
                    Map.entry("水电维修", List.of("水管", "漏水", "水龙头", "马桶", "下水", "电路", "电线", "插座", "开关", "灯", "跳闸")),
                    Map.entry("家电维修", REPAIR_WORDS),
                    Map.entry("电器维修", REPAIR_WORDS),
                    Map.entry("电脑维修", List.of("电脑", "手机", "网络", "宽带", "打印机", "上网")),
                    Map.entry("家庭教育", TEACHING_WORDS),
                    Map.entry("家庭教育咨询", TEACHING_WORDS),
                    Map.entry("法律咨询", LAW_WORDS),
                    Map.entry("法律服务", LAW_WORDS),
                    Map.entry("医疗保健", List.of("血压", "血糖", "体检", "看病", "药", "康复", "护理", "就医")),
                    Map.entry("心理疏导", List.of("心理", "孤独", "情绪", "焦虑", "谈心", "聊天")),
                    Map.entry("助老服务", ELDER_WORDS),
                    Map.entry("助老", ELDER_WORDS),
                    Map.entry("文体活动", ARTS_WORDS),
                    Map.entry("文艺", ARTS_WORDS),
                    Map.entry("政策宣讲", List.of("政策", "低保", "补贴", "医保", "社保", "就业", "申请", "创业"))));

    private final Map<String, List<String>> categorySkills;
    private final Map<String, List<String>> skillWords;

    public SkillAffinity(Map<String, List<String>> categorySkills, Map<String, List<String>> skillWords) {
        this.categorySkills = Map.copyOf(categorySkills);
        this.skillWords = Map.copyOf(skillWords);
    }

    /** How well {@code skill} fits a wish of {@code category} saying {@code content}: 0 (not at all) to 3. */
    public int fit(String skill, String category, String content) {
        if (skill == null || skill.isBlank()) {
            return 0;
        }
        int score = 0;
        if (category != null && (categorySkills.getOrDefault(category, List.of()).contains(skill)
                || (!category.isBlank() && skill.contains(category)))) {
            score += CATEGORY_FIT;
        }
        if (content != null && (content.contains(skill)
                || skillWords.getOrDefault(skill, List.of()).stream().anyMatch(content::contains))) {
            score += WORDS_FIT;
        }
        return score;
    }
}
