package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A member holding a post: claimed on a date, commitment letter signed on a date (null until signed), ended when
 * the member leaves the post. Duty hours and points sum the duties not reversed.
 */
public record PostClaim(long id, long postId, String postName, MemberName member, LocalDate claimedDate,
                        LocalDate commitmentDate, LocalDate endedDate, BigDecimal dutyHours, BigDecimal dutyPoints) {

    public boolean active() {
        return endedDate == null;
    }

    public boolean signed() {
        return commitmentDate != null;
    }
}
