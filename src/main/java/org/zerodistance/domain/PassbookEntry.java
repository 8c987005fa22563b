package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a member's passbook as stored: the points it earned when written, what it reverses (a REVERSAL),
 * and which entry reversed it, if any.
 */
public record PassbookEntry(long id, long memberId, long communityId, LocalDate date, ServiceKind kind, String description,
                            BigDecimal hours, BigDecimal points, Long reversesId, Long reversedById, String reason,
                            String operator) {

    public boolean reversed() {
        return reversedById != null;
    }

    /** An entry may be reversed once; a reversal itself is not reversed again (record the entry anew instead). */
    public boolean canBeReversed() {
        return kind != ServiceKind.REVERSAL && reversedById == null;
    }
}
