package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A funds/materials ledger entry about to be appended; {@code amount} is positive yuan. */
public record FundEntryDraft(long communityId, LocalDate date, FundKind kind, String description, String quantity,
                             BigDecimal amount, DonorKind donorKind, Long donorMemberId, Long donorTeamId, String donorName,
                             Long householdId, Long wishId, Long pairingId, String note) {

    public FundEntryDraft {
        if (amount == null || amount.signum() <= 0) {
            throw new DomainException("fund.error.amountPositive");
        }
        amount = Money.check(amount);
    }
}
