package org.zerodistance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A household as listed: the household, its community's name, when it was registered, its last visit, and the visit
 * interval of its categories ({@link VisitIntervals}). It is overdue when more days than the interval have passed
 * since its last visit, or since it was registered when nobody has visited yet.
 */
public record HouseholdSummary(Household household, String communityName, LocalDate registeredOn, LocalDate lastVisit,
                               int intervalDays) {

    public long id() {
        return household.id();
    }

    /**
     * The day from which the interval counts: the last visit (even one entered later than it happened, dated before the
     * registration), or the registration when never visited.
     */
    private LocalDate reference() {
        return lastVisit == null ? registeredOn : lastVisit;
    }

    /** The last day a visit is on time. */
    public LocalDate dueDate() {
        return reference().plusDays(intervalDays);
    }

    public boolean isOverdue(LocalDate today) {
        return VisitIntervals.isOverdue(reference(), null, intervalDays, today);
    }

    /** Days past the due date (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueDate(), today) : 0;
    }

    /** The same household under another interval (the service fills it in from Settings). */
    public HouseholdSummary withInterval(int days) {
        return new HouseholdSummary(household, communityName, registeredOn, lastVisit, days);
    }

    @Override
    public String toString() {
        return "HouseholdSummary[" + household + "]";
    }
}
