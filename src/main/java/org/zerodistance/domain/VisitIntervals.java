package org.zerodistance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a household must be visited, by household category (the {@code visit.interval.<category>} settings, in days).
 * The one place that knows the defaults: 30 days for 空巢老人 and 独居老人, 60 for every other category.
 * A household with several categories follows the strictest (shortest) interval.
 */
public final class VisitIntervals {

    /** Settings key prefix; the category follows, e.g. {@code visit.interval.空巢老人}. */
    public static final String KEY_PREFIX = "visit.interval.";
    /** Interval of a category without a default of its own, and of a household without categories. */
    public static final int DEFAULT_DAYS = 60;
    /** Categories whose default is shorter than {@link #DEFAULT_DAYS}. */
    public static final Map<String, Integer> DEFAULTS = Map.of("空巢老人", 30, "独居老人", 30);
    public static final int MAX_DAYS = 3660;

    private final Map<String, Integer> configured;

    private VisitIntervals(Map<String, Integer> configured) {
        this.configured = Map.copyOf(configured);
    }

    /** The built-in defaults only. */
    public static VisitIntervals defaults() {
        return new VisitIntervals(Map.of());
    }

    /** Defaults overridden by {@code days} per category (from Settings). */
    public static VisitIntervals of(Map<String, Integer> days) {
        Map<String, Integer> checked = new TreeMap<>();
        days.forEach((category, value) -> checked.put(category, checkDays(value)));
        return new VisitIntervals(checked);
    }

    public static String key(String category) {
        return KEY_PREFIX + category;
    }

    /** The built-in default for {@code category}. */
    public static int defaultDays(String category) {
        return DEFAULTS.getOrDefault(category, DEFAULT_DAYS);
    }

    /** Parses a settings value: a whole number of days from 1 to {@link #MAX_DAYS}. */
    public static int parseDays(String raw) {
        String text = raw == null ? "" : TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(raw));
        try {
            return checkDays(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new DomainException("visitInterval.error.invalid", raw == null ? "" : raw.strip(), MAX_DAYS);
        }
    }

    private static int checkDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new DomainException("visitInterval.error.invalid", String.valueOf(days), MAX_DAYS);
        }
        return days;
    }

    /** The interval for one category: its setting, else its default. */
    public int days(String category) {
        Integer days = configured.get(category);
        return days != null ? days : defaultDays(category);
    }

    /** The interval for a household with these categories: the shortest of them, or the general default. */
    public int daysFor(Collection<String> categories) {
        return categories.stream().mapToInt(this::days).min().orElse(DEFAULT_DAYS);
    }

    /**
     * Whether a household (or a pairing) is overdue on {@code today}: more than {@code days} days have passed since
     * {@code lastContact}, or since {@code since} (when the pairing started) when there was no contact yet.
     */
    public static boolean isOverdue(LocalDate since, LocalDate lastContact, int days, LocalDate today) {
        LocalDate reference = lastContact == null || lastContact.isBefore(since) ? since : lastContact;
        return ChronoUnit.DAYS.between(reference, today) > days;
    }
}
