package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterDayTest {

    private static final LocalDate MID_AUGUST = LocalDate.of(2026, 8, 15); // 2026Q3, day 46

    @Test
    void pastQuartersTakeTheDayAsWritten() {
        assertEquals(LocalDate.of(2026, 5, 15), QuarterDay.parse("Q-1:45").on(MID_AUGUST));
        assertEquals(LocalDate.of(2025, 10, 1), QuarterDay.parse("Q-3:1").on(MID_AUGUST));
        assertEquals(LocalDate.of(2025, 1, 1), QuarterDay.parse("Q-6:1").on(MID_AUGUST), "across years");
        assertEquals(LocalDate.of(2026, 6, 30), QuarterDay.parse("Q-1:92").on(MID_AUGUST), "capped at the quarter's last day");
    }

    @Test
    void theCurrentQuarterIsSpreadOverTheDaysPassedSoFar() {
        assertEquals(LocalDate.of(2026, 7, 1), QuarterDay.parse("Q0:1").on(MID_AUGUST));
        assertEquals(MID_AUGUST, QuarterDay.parse("Q0:92").on(MID_AUGUST));
        LocalDate previous = LocalDate.MIN;
        for (int day = 1; day <= 92; day++) {
            LocalDate date = new QuarterDay(0, day).on(MID_AUGUST);
            assertTrue(!date.isBefore(previous) && !date.isAfter(MID_AUGUST), "order kept, never in the future");
            previous = date;
        }
        LocalDate firstDay = LocalDate.of(2026, 7, 1);
        assertEquals(firstDay, QuarterDay.parse("Q0:80").on(firstDay), "on a quarter's first day everything is today");
    }

    @Test
    void anythingElseIsRefusedNamingTheText() {
        for (String bad : new String[] {"Q1:3", "Q-1:0", "Q-1:93", "2026-01-01", "", "Q-1"}) {
            DomainException e = assertThrows(DomainException.class, () -> QuarterDay.parse(bad), bad);
            assertEquals("sample.error.date", e.messageKey());
        }
    }
}
