package org.zerodistance.domain;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the {@value #KEEP_LATEST} newest, plus the newest of each calendar month for the
 * {@value #KEEP_MONTHS} months ending with the current one. Everything else may be deleted.
 */
public final class BackupRetention {

    public static final int KEEP_LATEST = 10;
    public static final int KEEP_MONTHS = 12;

    private BackupRetention() {
    }

    /** The times (from {@code takenAt}) to keep at {@code now}; the rest are surplus. */
    public static Set<LocalDateTime> keep(Collection<LocalDateTime> takenAt, LocalDateTime now) {
        List<LocalDateTime> newestFirst = new ArrayList<>(new HashSet<>(takenAt));
        newestFirst.sort(Comparator.reverseOrder());
        Set<LocalDateTime> kept = new LinkedHashSet<>(newestFirst.subList(0, Math.min(KEEP_LATEST, newestFirst.size())));
        YearMonth oldestMonth = YearMonth.from(now).minusMonths(KEEP_MONTHS - 1L);
        Set<YearMonth> monthsCovered = new HashSet<>();
        for (LocalDateTime time : newestFirst) {
            YearMonth month = YearMonth.from(time);
            if (!month.isBefore(oldestMonth) && monthsCovered.add(month)) {
                kept.add(time);
            }
        }
        return kept;
    }

    /** The times (from {@code takenAt}) that may be deleted at {@code now}, oldest first. */
    public static List<LocalDateTime> surplus(Collection<LocalDateTime> takenAt, LocalDateTime now) {
        Set<LocalDateTime> kept = keep(takenAt, now);
        return takenAt.stream().distinct().filter(t -> !kept.contains(t)).sorted().toList();
    }
}
