package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One duty done on a claimed post: its passbook entry (kind POST_DUTY) and whether it was reversed. */
public record PostDuty(long entryId, long claimId, LocalDate date, BigDecimal hours, String note, BigDecimal points,
                       boolean reversed) {
}
