package org.zerodistance.domain;

import java.time.LocalDate;

/**
 * A household as listed: the household, its community's name, its last visit and the visit interval that applies
 * to it (null when none), from which overdue is worked out.
 */
public record HouseholdSummary(Household household, String communityName, LocalDate lastVisit, Integer intervalDays) {

    public long id() {
        return household.id();
    }

    public LocalDate dueDate() {
        return VisitPlan.dueDate(intervalDays, lastVisit);
    }

    public boolean isOverdue(LocalDate today) {
        return VisitPlan.isOverdue(intervalDays, lastVisit, today);
    }

    public long daysOverdue(LocalDate today) {
        return VisitPlan.daysOverdue(intervalDays, lastVisit, today);
    }

    @Override
    public String toString() {
        return "HouseholdSummary[" + household + "]";
    }
}
