package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/** A visit about to be recorded: household, date, visiting members, note, and the pairing it belongs to if any. */
public record VisitDraft(long householdId, LocalDate date, List<Long> memberIds, String note, Long pairingId) {

    public VisitDraft {
        memberIds = memberIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(memberIds));
    }

    /** Checks the date, visitors and note; throws the first problem. */
    public void check(LocalDate today) {
        if (date == null) {
            throw new DomainException("visit.error.dateRequired");
        }
        if (date.isAfter(today)) {
            throw new DomainException("visit.error.dateInFuture", today);
        }
        if (memberIds.isEmpty()) {
            throw new DomainException("visit.error.visitorRequired");
        }
        String clean = Texts.clean(note);
        if (clean != null && clean.length() > Visit.MAX_NOTE_LENGTH) {
            throw new DomainException("visit.error.noteTooLong", Visit.MAX_NOTE_LENGTH);
        }
    }
}
