package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How imported cells are understood: dates, gender words, header titles, skills. */
class ImportValuesTest {

    @Test
    void datesInEveryFormClerksWrite() {
        LocalDate may1 = LocalDate.of(2023, 5, 1);
        for (String text : List.of("2023-05-01", "2023/5/1", "2023年5月1日", "2023.05.01", "20230501", " 2023-5-1 ",
                "２０２３年５月１日", "2023/05/01 00:00:00", "2023年05月01")) {
            assertEquals(Optional.of(may1), LenientDate.parse(text), text);
        }
        for (String text : List.of("2023-02-30", "5/1/2023", "去年", "2023", "202305011", "")) {
            assertEquals(Optional.empty(), LenientDate.parse(text), text);
        }
    }

    @Test
    void genderWords() {
        for (String word : List.of("男", "M", "m", "male", "Male", " 男性 ")) {
            assertEquals(Optional.of(Gender.MALE), GenderWord.parse(word), word);
        }
        for (String word : List.of("女", "F", "female", "FEMALE", "女性", "Ｆ")) {
            assertEquals(Optional.of(Gender.FEMALE), GenderWord.parse(word), word);
        }
        assertEquals(Optional.empty(), GenderWord.parse("未知"));
    }

    @Test
    void headerTitlesBySynonymIgnoringSpacesCaseAndNotes() {
        assertEquals(MemberField.NAME, MemberField.recognise("姓 名"));
        assertEquals(MemberField.NAME, MemberField.recognise("名字"));
        assertEquals(MemberField.NAME, MemberField.recognise("NAME"));
        assertEquals(MemberField.ID_NUMBER, MemberField.recognise("公民身份号码"));
        assertEquals(MemberField.ID_NUMBER, MemberField.recognise("身份证号码（必填）"));
        assertEquals(MemberField.ID_NUMBER, MemberField.recognise("*身份证号"));
        assertEquals(MemberField.ID_NUMBER, MemberField.recognise("ID number"));
        assertEquals(MemberField.PHONE, MemberField.recognise("联系电话："));
        assertEquals(MemberField.PHONE, MemberField.recognise("手机号码"));
        assertEquals(MemberField.GENDER, MemberField.recognise("Gender"));
        assertEquals(MemberField.WORK_UNIT, MemberField.recognise("单位"));
        assertEquals(MemberField.PARTY_BRANCH, MemberField.recognise("所在党支部"));
        assertEquals(MemberField.PARTY_BRANCH, MemberField.recognise("党组织"));
        assertEquals(MemberField.SKILLS, MemberField.recognise("专长"));
        assertEquals(MemberField.SKILLS, MemberField.recognise("Skills"));
        assertEquals(MemberField.REGISTRATION_DATE, MemberField.recognise("报到时间"));
        assertNull(MemberField.recognise("序号"));
        assertNull(MemberField.recognise("备注"));
    }

    @Test
    void skillsSplitOnEverySeparatorWithoutRepeats() {
        assertEquals(List.of("法律咨询", "水电维修", "心理疏导", "电脑维修", "助老服务"),
                ImportedMember.splitSkills("法律咨询、水电维修,心理疏导；电脑维修\n助老服务，法律咨询"));
        assertTrue(ImportedMember.splitSkills(" 、 ").isEmpty());
    }
}
