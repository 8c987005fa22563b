package org.zerodistance.domain;

import java.time.LocalDate;

/** A member paired with a household in need (结对帮扶, "recognise relatives"); active until it has an end date. */
public record Pairing(long id, long communityId, long memberId, long householdId, LocalDate startDate, LocalDate endDate,
                      String endReason) {

    public static final int MAX_REASON_LENGTH = 500;

    public boolean active() {
        return endDate == null;
    }

    /** Whether {@code date} falls within the pairing (from its start, up to its end when it has one). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
