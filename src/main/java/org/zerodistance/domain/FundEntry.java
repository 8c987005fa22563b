package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the funds/materials ledger as read back. A reversing entry ({@code reversesId} set) carries the same
 * positive amount as the entry it reverses and counts negatively; {@code reversedById} is set on a reversed entry.
 * {@code donor} is the display name: the member's or team's name, or the organisation's.
 */
public record FundEntry(long id, long communityId, String communityName, LocalDate date, FundKind kind, String description,
                        String quantity, BigDecimal amount, DonorKind donorKind, Long donorMemberId, Long donorTeamId,
                        String donor, Long householdId, String householdHead, Long wishId, Long pairingId, Long reversesId,
                        Long reversedById, String reason, String note, String operator, Instant createdAt) {

    public boolean isReversal() {
        return reversesId != null;
    }

    public boolean isReversed() {
        return reversedById != null;
    }

    /** The amount as it counts in totals: negative for a reversing entry. */
    public BigDecimal signedAmount() {
        return isReversal() ? amount.negate() : amount;
    }
}
