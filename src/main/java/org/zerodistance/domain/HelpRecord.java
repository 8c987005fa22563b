package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A real thing done (办实事) for a household, within a pairing or for a wish. {@code amount} is its value in yuan when it
 * had one; that value is counted in the funds ledger through the entry {@code fundEntryId}, never from here.
 */
public record HelpRecord(long id, long communityId, long memberId, String memberName, Long householdId, String householdHead,
                         Long pairingId, Long wishId, LocalDate date, String content, String category, BigDecimal amount,
                         Long fundEntryId) {
}
