package org.zerodistance.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as clerks type them. */
class IsoDatesTest {

    @Test
    void readsTheCommonWrittenForms() {
        LocalDate expected = LocalDate.of(2026, 7, 1);
        for (String typed : new String[] {"2026-07-01", "2026-7-1", "2026/7/1", "2026.7.1", "2026年7月1日", "20260701", "２０２６－０７－０１", " 2026 年 7 月 1 日 "}) {
            assertEquals(expected, IsoDates.parse(typed), typed);
        }
    }

    @Test
    void textThatIsNotADateGivesNothing() {
        assertNull(IsoDates.parse(""));
        assertNull(IsoDates.parse("下周一"));
        assertNull(IsoDates.parse("2026-02-30"), "a day that does not exist is not moved to another");
        assertNull(IsoDates.parse("2026-13-01"));
    }
}
