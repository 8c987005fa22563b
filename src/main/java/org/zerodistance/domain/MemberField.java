package org.zerodistance.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The member fields a spreadsheet column can hold, each with the header titles it is recognised by
 * (compared without spaces, case, a trailing {@code *} or a bracketed note such as {@code （必填）}).
 */
public enum MemberField {
    NAME("姓名", "名字", "党员姓名", "Name"),
    ID_NUMBER("身份证号", "身份证号码", "公民身份号码", "身份证", "公民身份证号码", "ID number", "ID No"),
    PHONE("手机", "手机号", "手机号码", "联系电话", "电话", "电话号码", "联系方式", "Phone", "Mobile"),
    GENDER("性别", "Gender", "Sex"),
    WORK_UNIT("工作单位", "单位", "所在单位", "Work unit", "Employer"),
    PARTY_BRANCH("所在党支部", "党支部", "党组织", "所在党组织", "Party branch"),
    SKILLS("特长", "专长", "技能", "服务特长", "Skills", "Skill"),
    REGISTRATION_DATE("报到日期", "报到时间", "Registration date", "Registered");

    private static final Map<String, MemberField> BY_TITLE = new HashMap<>();

    static {
        for (MemberField field : values()) {
            for (String title : field.titles) {
                BY_TITLE.put(normalizeTitle(title), field);
            }
        }
    }

    private final List<String> titles;

    MemberField(String... titles) {
        this.titles = List.of(titles);
    }

    /** The titles this field is recognised by, the usual Chinese one first. */
    public List<String> titles() {
        return titles;
    }

    /** The field a column titled {@code title} holds, or null when the title is not one we know. */
    public static MemberField recognise(String title) {
        return title == null ? null : BY_TITLE.get(normalizeTitle(title));
    }

    /** Half-width, no spaces, lower case, without a trailing {@code *}, {@code :} or bracketed note. */
    static String normalizeTitle(String title) {
        String s = TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(title)).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[(\\[【][^)\\]】]*[)\\]】]$", "");
        s = s.replaceAll("^[*]+|[*:：]+$", "");
        return s;
    }
}
