package org.zerodistance.domain;

import java.time.LocalDate;

/**
 * Which ledger lines to show; every part optional (null: no restriction). {@code donorText} matches part of the
 * donor's name, {@code householdText} part of the household head's name or of its address.
 */
public record FundQuery(Long communityId, LocalDate from, LocalDate to, FundKind kind, String donorText, Long householdId,
                        String householdText, Long pairingId) {

    public FundQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("fund.error.dateRange");
        }
        donorText = donorText == null || donorText.isBlank() ? null : donorText.strip();
        householdText = householdText == null || householdText.isBlank() ? null : householdText.strip();
    }

    /** Every line of a community (all communities when null). */
    public static FundQuery community(Long communityId) {
        return new FundQuery(communityId, null, null, null, null, null, null, null);
    }

    /** The lines of a community (all when null) dated within the quarter. */
    public static FundQuery quarter(Long communityId, Quarter quarter) {
        return new FundQuery(communityId, quarter.firstDay(), quarter.lastDay(), null, null, null, null, null);
    }

    /** What a household received. */
    public static FundQuery household(long householdId) {
        return new FundQuery(null, null, null, null, null, householdId, null, null);
    }

    /** What was given within a pairing. */
    public static FundQuery pairing(long pairingId) {
        return new FundQuery(null, null, null, null, null, null, null, pairingId);
    }
}
