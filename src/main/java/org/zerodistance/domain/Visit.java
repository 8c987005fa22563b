package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.List;

/** A visit (走访/认亲) to a household by one or more members; linked to a pairing when a paired member made it. */
public record Visit(long id, long householdId, Long pairingId, LocalDate date, String note, List<String> memberNames) {

    public static final int MAX_NOTE_LENGTH = 2000;

    public Visit {
        memberNames = memberNames == null ? List.of() : List.copyOf(memberNames);
    }
}
