package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WishOverdueRuleTest {

    private static final LocalDate COLLECTED = LocalDate.of(2026, 5, 1);
    private final WishOverdueRule rule = new WishOverdueRule(7);

    private static Wish wish(WishStatus status, LocalDate deadline) {
        Claimant claimant = status == WishStatus.COLLECTED || status == WishStatus.CANCELLED ? null : Claimant.member(1, "张伟");
        return new Wish(1, 1, new WishResident(null, "王大爷", null, null), "修灯", "维修", null, WishSource.PHONE,
                COLLECTED, deadline, status, claimant, null, null, null, null, null);
    }

    @Test
    void unclaimedForMoreThanNDaysIsOverdueButExactlyNDaysIsNot() {
        assertFalse(rule.isOverdue(wish(WishStatus.COLLECTED, null), COLLECTED.plusDays(7)));
        assertEquals(Optional.of(WishOverdueRule.Reason.UNCLAIMED_TOO_LONG), rule.check(wish(WishStatus.COLLECTED, null), COLLECTED.plusDays(8)));
    }

    @Test
    void aClaimedWishIsNotOverdueForWaitingOnlyForItsDeadline() {
        assertFalse(rule.isOverdue(wish(WishStatus.CLAIMED, null), COLLECTED.plusDays(100)));
        LocalDate deadline = COLLECTED.plusDays(20);
        assertFalse(rule.isOverdue(wish(WishStatus.CLAIMED, deadline), deadline), "due today is not late yet");
        assertEquals(Optional.of(WishOverdueRule.Reason.PAST_DEADLINE), rule.check(wish(WishStatus.CLAIMED, deadline), deadline.plusDays(1)));
    }

    @Test
    void aPassedDeadlineIsNamedBeforeWaitingTooLong() {
        assertEquals(Optional.of(WishOverdueRule.Reason.PAST_DEADLINE),
                rule.check(wish(WishStatus.COLLECTED, COLLECTED.plusDays(2)), COLLECTED.plusDays(30)));
        assertTrue(rule.isOverdue(wish(WishStatus.COLLECTED, COLLECTED.plusDays(2)), COLLECTED.plusDays(3)));
    }

    @Test
    void fulfilledAndCancelledWishesAreNeverOverdue() {
        LocalDate late = COLLECTED.plusDays(365);
        assertFalse(rule.isOverdue(wish(WishStatus.FULFILLED, COLLECTED.plusDays(1)), late));
        assertFalse(rule.isOverdue(wish(WishStatus.CANCELLED, COLLECTED.plusDays(1)), late));
    }

    @Test
    void theNumberOfDaysMustBeSensible() {
        assertEquals(7, WishOverdueRule.DEFAULT.unclaimedDays());
        assertThrows(DomainException.class, () -> new WishOverdueRule(0));
        assertThrows(DomainException.class, () -> new WishOverdueRule(366));
        assertFalse(new WishOverdueRule(1).isOverdue(wish(WishStatus.COLLECTED, null), COLLECTED.plusDays(1)));
        assertTrue(new WishOverdueRule(1).isOverdue(wish(WishStatus.COLLECTED, null), COLLECTED.plusDays(2)));
    }
}
