package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WishDraftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

    private static WishDraft free(String name, String phone, String content, String category, LocalDate deadline) {
        return new WishDraft(1, null, name, phone, content, category, null, WishSource.HOME_VISIT, DAY, deadline);
    }

    @Test
    void tidiesTextAndNormalisesThePhone() {
        WishDraft d = free("  王大爷 ", "138-1234-5678", "  想要一台收音机 ", " 生活物品 ", null);
        assertEquals("王大爷", d.residentName());
        assertEquals("13812345678", d.residentPhone());
        assertEquals("想要一台收音机", d.content());
        assertEquals("生活物品", d.category());
    }

    @Test
    void aHouseholdNeedsNoTypedNameAndDropsOne() {
        WishDraft d = new WishDraft(1, 7L, "ignored", "13812345678", "修灯", "维修", new BigDecimal("30"), WishSource.PHONE, DAY, null);
        assertNull(d.residentName());
        assertNull(d.residentPhone());
        assertEquals(new BigDecimal("30.00"), d.estimatedValue());
    }

    @Test
    void refusesWhatIsMissingOrWrongNamingTheField() {
        assertKey("wish.error.residentRequired", () -> free(" ", null, "修灯", "维修", null));
        assertKey("wish.error.contentRequired", () -> free("王大爷", null, "  ", "维修", null));
        assertKey("wish.error.contentTooLong", () -> free("王大爷", null, "字".repeat(1001), "维修", null));
        assertKey("wish.error.categoryRequired", () -> free("王大爷", null, "修灯", null, null));
        assertKey("phone.error.invalid", () -> free("王大爷", "12345", "修灯", "维修", null));
        assertKey("wish.error.deadlineBeforeCollected", () -> free("王大爷", null, "修灯", "维修", DAY.minusDays(1)));
        assertKey("wish.error.sourceRequired",
                () -> new WishDraft(1, null, "王大爷", null, "修灯", "维修", null, null, DAY, null));
        assertKey("wish.error.collectedDateRequired",
                () -> new WishDraft(1, null, "王大爷", null, "修灯", "维修", null, WishSource.OTHER, null, null));
        assertKey("money.error.negative",
                () -> new WishDraft(1, null, "王大爷", null, "修灯", "维修", new BigDecimal("-1"), WishSource.OTHER, DAY, null));
    }

    @Test
    void fulfilmentNeedsDateAndWhatWasDoneAndDropsRepeatedParticipants() {
        WishFulfilment f = new WishFulfilment(DAY, " 换了灯泡 ", new BigDecimal("12.5"), false, List.of(3L, 4L, 3L));
        assertEquals("换了灯泡", f.note());
        assertEquals(List.of(3L, 4L), f.participantIds());
        assertEquals(new BigDecimal("12.50"), f.actualValue());
        assertEquals(false, new WishFulfilment(DAY, "陪聊", BigDecimal.ZERO, false, null).hasValue());
        assertKey("wish.error.fulfilNoteRequired", () -> new WishFulfilment(DAY, " ", null, false, null));
        assertKey("wish.error.fulfilDateRequired", () -> new WishFulfilment(null, "做了", null, false, null));
    }

    private static void assertKey(String key, Runnable action) {
        DomainException e = assertThrows(DomainException.class, action::run);
        assertEquals(key, e.messageKey());
    }
}
