package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 20, 18, 0);

    @Test
    void keepsEverythingWhileThereAreTenOrFewer() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            times.add(NOW.minusHours(i));
        }
        assertEquals(Set.copyOf(times), BackupRetention.keep(times, NOW));
        assertTrue(BackupRetention.surplus(times, NOW).isEmpty());
    }

    @Test
    void dropsTheOldestOfOneDayWhenMoreThanTen() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            times.add(NOW.minusMinutes(i));
        }
        // all in May: the 10 newest are kept, and the newest of May is among them; the 5 oldest go
        assertEquals(List.of(NOW.minusMinutes(14), NOW.minusMinutes(13), NOW.minusMinutes(12), NOW.minusMinutes(11),
                NOW.minusMinutes(10)), BackupRetention.surplus(times, NOW));
    }

    @Test
    void keepsTheNewestOfEachMonthForAYear() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            times.add(NOW.minusMinutes(i)); // twelve today
        }
        LocalDateTime aprilEarly = LocalDateTime.of(2026, 4, 2, 9, 0);
        LocalDateTime aprilLate = LocalDateTime.of(2026, 4, 28, 17, 30);
        LocalDateTime june2025 = LocalDateTime.of(2025, 6, 30, 23, 59); // 11 months before May 2026: kept
        LocalDateTime may2025 = LocalDateTime.of(2025, 5, 31, 12, 0);   // 12 months back: too old
        times.addAll(List.of(aprilEarly, aprilLate, june2025, may2025));

        Set<LocalDateTime> kept = BackupRetention.keep(times, NOW);

        assertTrue(kept.contains(aprilLate), "newest of April kept");
        assertTrue(kept.contains(june2025), "newest of June 2025 kept");
        assertEquals(List.of(may2025, aprilEarly, NOW.minusMinutes(11), NOW.minusMinutes(10)),
                BackupRetention.surplus(times, NOW));
        assertEquals(12, kept.size()); // 10 newest + April + June 2025
    }

    @Test
    void aMonthAlreadyCoveredByTheTenNewestAddsNothing() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            times.add(LocalDateTime.of(2026, 5, day, 8, 0));
        }
        Set<LocalDateTime> kept = BackupRetention.keep(times, NOW);
        assertEquals(10, kept.size());
        assertTrue(kept.contains(LocalDateTime.of(2026, 5, 20, 8, 0)));
        assertTrue(kept.contains(LocalDateTime.of(2026, 5, 11, 8, 0)));
    }

    @Test
    void noBackupsNothingToDo() {
        assertTrue(BackupRetention.keep(List.of(), NOW).isEmpty());
        assertTrue(BackupRetention.surplus(List.of(), NOW).isEmpty());
    }
}
