package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A resident's micro-wish (微心愿) as the office keeps it: who it is for, what is wished, its status, the active claim
 * (null unless claimed or fulfilled) and, once fulfilled, what was done.
 */
public record Wish(long id, long communityId, WishResident resident, String content, String category,
                   BigDecimal estimatedValue, WishSource source, LocalDate collectedDate, LocalDate deadline,
                   WishStatus status, Claimant claimant, LocalDate claimedDate, LocalDate fulfilledDate,
                   String fulfilmentNote, BigDecimal actualValue, String cancelReason) {

    public boolean allows(WishChange change) {
        return status.allows(change);
    }

    /** Never prints the resident's phone. */
    @Override
    public String toString() {
        return "Wish[id=" + id + ", communityId=" + communityId + ", status=" + status + "]";
    }
}
