package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which households are overdue for a visit. */
class VisitPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private final VisitPlan plan = new VisitPlan(Map.of("空巢老人", 30, "独居老人", 14));

    @Test
    void shortestIntervalOfTheCategoriesApplies() {
        assertEquals(14, plan.intervalFor(List.of("空巢老人", "独居老人")));
        assertEquals(30, plan.intervalFor(List.of("空巢老人", "其他")));
        assertNull(plan.intervalFor(List.of("其他")));
    }

    @Test
    void overdueOnlyAfterTheIntervalHasPassed() {
        assertFalse(VisitPlan.isOverdue(30, TODAY.minusDays(30), TODAY), "due today is not yet overdue");
        assertTrue(VisitPlan.isOverdue(30, TODAY.minusDays(31), TODAY));
        assertEquals(1, VisitPlan.daysOverdue(30, TODAY.minusDays(31), TODAY));
        assertEquals(TODAY.plusDays(5), VisitPlan.dueDate(30, TODAY.minusDays(25)));
    }

    @Test
    void neverVisitedIsOverdueWhenAnIntervalApplies() {
        assertTrue(VisitPlan.isOverdue(30, null, TODAY));
        assertFalse(VisitPlan.isOverdue(null, null, TODAY), "no interval, never overdue");
    }

    @Test
    void typedIntervalsAreChecked() {
        assertEquals(30, VisitPlan.parseInterval(" ３０ "));
        assertNull(VisitPlan.parseInterval(""));
        assertEquals("visit.error.intervalNotNumber", assertThrows(DomainException.class, () -> VisitPlan.parseInterval("一个月")).messageKey());
        assertEquals("visit.error.intervalRange", assertThrows(DomainException.class, () -> VisitPlan.parseInterval("0")).messageKey());
    }
}
