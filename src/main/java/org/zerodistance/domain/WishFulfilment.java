package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How a claimed wish came true: the date, what was done, the actual value in yuan (null when none was given),
 * whether that value was cash (otherwise materials), and for a team claim the members who took part.
 */
public record WishFulfilment(LocalDate date, String note, BigDecimal actualValue, boolean cash, List<Long> participantIds) {

    public static final int MAX_NOTE = 2000;

    public WishFulfilment {
        if (date == null) {
            throw new DomainException("wish.error.fulfilDateRequired");
        }
        note = WishDraft.strip(note);
        if (note == null) {
            throw new DomainException("wish.error.fulfilNoteRequired");
        }
        if (note.length() > MAX_NOTE) {
            throw new DomainException("wish.error.fulfilNoteTooLong", MAX_NOTE);
        }
        if (actualValue != null) {
            actualValue = Money.check(actualValue);
        }
        participantIds = participantIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(participantIds));
    }

    /** Whether a funds/materials entry is owed: a value above zero was given. */
    public boolean hasValue() {
        return actualValue != null && actualValue.signum() > 0;
    }
}
