package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a household is overdue for a visit. */
class HouseholdSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final Household HOME = new Household(1, 1, "李秀英", "3", "2", "401", null, List.of("空巢老人"), 2, null, false);

    private static HouseholdSummary summary(LocalDate registered, LocalDate lastVisit) {
        return new HouseholdSummary(HOME, "城东社区", registered, lastVisit, 30);
    }

    @Test
    void neverVisitedCountsFromRegistration() {
        assertFalse(summary(TODAY.minusDays(30), null).isOverdue(TODAY), "exactly the interval is not overdue");
        HouseholdSummary late = summary(TODAY.minusDays(31), null);
        assertTrue(late.isOverdue(TODAY));
        assertEquals(1, late.daysOverdue(TODAY));
        assertEquals(TODAY.minusDays(1), late.dueDate());
    }

    @Test
    void theLastVisitCountsEvenWhenEnteredAfterItHappened() {
        assertTrue(summary(TODAY, TODAY.minusDays(40)).isOverdue(TODAY), "a visit dated before registration still counts");
        assertFalse(summary(TODAY.minusDays(100), TODAY.minusDays(10)).isOverdue(TODAY));
        assertEquals(TODAY.plusDays(20), summary(TODAY.minusDays(100), TODAY.minusDays(10)).dueDate());
        assertEquals(0, summary(TODAY.minusDays(100), TODAY.minusDays(10)).daysOverdue(TODAY));
    }
}
