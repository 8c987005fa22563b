package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void parsesAndKnowsItsDays() {
        Quarter q = Quarter.parse("2026Q3");
        assertEquals(LocalDate.of(2026, 7, 1), q.firstDay());
        assertEquals(LocalDate.of(2026, 9, 30), q.lastDay());
        assertTrue(q.contains(LocalDate.of(2026, 9, 30)));
        assertFalse(q.contains(LocalDate.of(2026, 10, 1)));
        assertEquals(new Quarter(2026, 4), Quarter.of(LocalDate.of(2026, 12, 31)));
        assertEquals("2025Q4", new Quarter(2026, 1).previous().code());
        assertEquals("2027Q1", new Quarter(2026, 4).next().code());
    }

    @Test
    void refusesWhatIsNotAQuarter() {
        for (String bad : new String[] {"2026Q5", "2026-3", "", "Q3"}) {
            DomainException e = assertThrows(DomainException.class, () -> Quarter.parse(bad));
            assertEquals("quarter.error.invalid", e.messageKey());
        }
    }
}
