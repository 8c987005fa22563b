package org.zerodistance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each household category expects a visit (days). A household with several categories follows the
 * shortest interval; one never visited is overdue as soon as any interval applies to it.
 */
public record VisitPlan(Map<String, Integer> intervalDays) {

    public static final int MAX_INTERVAL_DAYS = 366;

    /** Seed values for the seeded categories: 独居老人 every 2 weeks, the others monthly, 其他 none. */
    public static final Map<String, Integer> DEFAULTS = Map.of(
            "空巢老人", 30, "独居老人", 14, "留守儿童", 30, "困难家庭", 30, "残疾人", 30);

    public VisitPlan {
        intervalDays = Map.copyOf(new LinkedHashMap<>(intervalDays));
    }

    /** Checks a typed interval: blank means "no expected visit" (null), else 1 to 366 days. */
    public static Integer parseInterval(String raw) {
        String text = Texts.clean(raw == null ? null : TextNormalizer.toHalfWidth(raw));
        if (text == null) {
            return null;
        }
        int days;
        try {
            days = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new DomainException("visit.error.intervalNotNumber", text);
        }
        if (days < 1 || days > MAX_INTERVAL_DAYS) {
            throw new DomainException("visit.error.intervalRange", MAX_INTERVAL_DAYS);
        }
        return days;
    }

    /** The interval that applies to a household in these categories (the shortest), or null when none does. */
    public Integer intervalFor(List<String> categories) {
        Integer shortest = null;
        for (String category : categories) {
            Integer days = intervalDays.get(category);
            if (days != null && (shortest == null || days < shortest)) {
                shortest = days;
            }
        }
        return shortest;
    }

    /** When the next visit is due: last visit + interval; null when no interval applies or never visited. */
    public static LocalDate dueDate(Integer interval, LocalDate lastVisit) {
        return interval == null || lastVisit == null ? null : lastVisit.plusDays(interval);
    }

    /** Overdue: an interval applies and the household was never visited, or its due date has passed. */
    public static boolean isOverdue(Integer interval, LocalDate lastVisit, LocalDate today) {
        if (interval == null) {
            return false;
        }
        return lastVisit == null || today.isAfter(lastVisit.plusDays(interval));
    }

    /** Days past the due date (0 when not overdue or never visited). */
    public static long daysOverdue(Integer interval, LocalDate lastVisit, LocalDate today) {
        LocalDate due = dueDate(interval, lastVisit);
        return due == null || !today.isAfter(due) ? 0 : ChronoUnit.DAYS.between(due, today);
    }
}
