package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The member form's checks, field by field. */
class MemberDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void goodDraftBecomesANormalisedMember() {
        MemberDraft draft = new MemberDraft(" 张伟 ", "63010219800118123x", "+86 138-1234-5678", " 市教育局 ", "", List.of("法律咨询", " 法律咨询"),
                LocalDate.of(2026, 3, 1), MemberStatus.ACTIVE, LocalDate.of(2026, 4, 1), "  ");
        assertTrue(draft.problems(TODAY).isEmpty());
        Member m = draft.toMember(0, 7, false, TODAY);
        assertEquals("张伟", m.name());
        assertEquals("63010219800118123X", m.idNumber());
        assertEquals(Gender.MALE, m.gender());
        assertEquals(LocalDate.of(1980, 1, 18), m.birthDate());
        assertEquals("13812345678", m.phone());
        assertEquals("市教育局", m.workUnit());
        assertNull(m.partyBranch());
        assertEquals(List.of("法律咨询"), m.skills());
        assertNull(m.statusDate(), "an active member has no status date");
        assertNull(m.notes());
    }

    @Test
    void eachProblemBelongsToItsField() {
        MemberDraft draft = new MemberDraft("", "630102198506151238", "12345", null, null, List.of(), TODAY.plusDays(1),
                MemberStatus.MOVED_OUT, null, null);
        Map<MemberDraft.Field, DomainException> problems = draft.problems(TODAY);
        assertEquals("member.error.nameRequired", problems.get(MemberDraft.Field.NAME).messageKey());
        assertEquals("id.error.checksum", problems.get(MemberDraft.Field.ID_NUMBER).messageKey());
        assertEquals("phone.error.invalid", problems.get(MemberDraft.Field.PHONE).messageKey());
        assertEquals("member.error.registrationFuture", problems.get(MemberDraft.Field.REGISTRATION_DATE).messageKey());
        assertEquals("member.error.statusDateRequired", problems.get(MemberDraft.Field.STATUS_DATE).messageKey());
        DomainException first = assertThrows(DomainException.class, () -> draft.toMember(0, 1, false, TODAY));
        assertEquals("member.error.nameRequired", first.messageKey());
    }

    @Test
    void statusDateMustFollowRegistration() {
        MemberDraft draft = new MemberDraft("王芳", "11010519491231002X", null, null, null, null, LocalDate.of(2026, 3, 1),
                MemberStatus.TRANSFERRED, LocalDate.of(2026, 2, 1), null);
        assertEquals("member.error.statusBeforeRegistration", draft.problems(TODAY).get(MemberDraft.Field.STATUS_DATE).messageKey());
    }
}
