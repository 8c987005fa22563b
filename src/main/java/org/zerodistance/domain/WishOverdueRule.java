package org.zerodistance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When an open wish is overdue: its deadline has passed, or it has waited unclaimed for more than
 * {@code unclaimedDays} days since it was collected. Fulfilled and cancelled wishes are never overdue.
 */
public record WishOverdueRule(int unclaimedDays) {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 365;
    public static final WishOverdueRule DEFAULT = new WishOverdueRule(DEFAULT_DAYS);

    /** Why a wish is overdue. */
    public enum Reason { PAST_DEADLINE, UNCLAIMED_TOO_LONG }

    public WishOverdueRule {
        if (unclaimedDays < 1 || unclaimedDays > MAX_DAYS) {
            throw new DomainException("wish.error.overdueDays", 1, MAX_DAYS);
        }
    }

    /** The reason {@code wish} is overdue on {@code today}, if it is (a passed deadline is named first). */
    public Optional<Reason> check(Wish wish, LocalDate today) {
        if (!wish.status().isOpen()) {
            return Optional.empty();
        }
        if (wish.deadline() != null && today.isAfter(wish.deadline())) {
            return Optional.of(Reason.PAST_DEADLINE);
        }
        if (wish.status() == WishStatus.COLLECTED && ChronoUnit.DAYS.between(wish.collectedDate(), today) > unclaimedDays) {
            return Optional.of(Reason.UNCLAIMED_TOO_LONG);
        }
        return Optional.empty();
    }

    public boolean isOverdue(Wish wish, LocalDate today) {
        return check(wish, today).isPresent();
    }
}
