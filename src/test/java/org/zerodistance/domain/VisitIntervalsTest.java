package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitIntervalsTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void defaultsAreThirtyDaysForOldPeopleAloneAndSixtyForOthers() {
        VisitIntervals intervals = VisitIntervals.defaults();
        assertEquals(30, intervals.days("空巢老人"));
        assertEquals(30, intervals.days("独居老人"));
        assertEquals(60, intervals.days("留守儿童"));
        assertEquals(60, intervals.days("困难家庭"));
        assertEquals(60, intervals.days("残疾人"));
        assertEquals(60, intervals.days("其他"));
        assertEquals("visit.interval.空巢老人", VisitIntervals.key("空巢老人"));
    }

    @Test
    void aHouseholdFollowsItsStrictestCategoryAndWithoutCategoriesTheGeneralDefault() {
        VisitIntervals intervals = VisitIntervals.of(Map.of("残疾人", 14));
        assertEquals(14, intervals.daysFor(List.of("空巢老人", "残疾人")));
        assertEquals(30, intervals.daysFor(List.of("困难家庭", "独居老人")));
        assertEquals(60, intervals.daysFor(List.of()));
        assertEquals(30, intervals.days("空巢老人"), "categories without a setting keep their default");
    }

    @Test
    void overdueOnlyWhenMoreDaysThanTheIntervalHavePassed() {
        assertFalse(VisitIntervals.isOverdue(START, null, 30, START.plusDays(30)), "exactly the interval is not overdue");
        assertTrue(VisitIntervals.isOverdue(START, null, 30, START.plusDays(31)));
        LocalDate contact = START.plusDays(20);
        assertFalse(VisitIntervals.isOverdue(START, contact, 30, contact.plusDays(30)));
        assertTrue(VisitIntervals.isOverdue(START, contact, 30, contact.plusDays(31)));
        assertTrue(VisitIntervals.isOverdue(START, START.minusDays(5), 30, START.plusDays(31)),
                "contact before the pairing started counts from the start");
    }

    @Test
    void settingValuesMustBeWholeDaysInRange() {
        assertEquals(45, VisitIntervals.parseDays(" 45 "));
        assertEquals(45, VisitIntervals.parseDays("４５"));
        assertEquals("visitInterval.error.invalid", assertThrows(DomainException.class, () -> VisitIntervals.parseDays("0")).messageKey());
        assertThrows(DomainException.class, () -> VisitIntervals.parseDays("abc"));
        assertThrows(DomainException.class, () -> VisitIntervals.parseDays("3661"));
        assertThrows(DomainException.class, () -> VisitIntervals.of(Map.of("空巢老人", -1)));
    }
}
