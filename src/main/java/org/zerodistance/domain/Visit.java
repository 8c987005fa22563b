package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit (走访/认亲) to a household by one or more members, each of whom earned a VISIT passbook entry;
 * linked to a pairing when a paired member made it.
 */
public record Visit(long id, long householdId, Long pairingId, LocalDate date, String note, List<Visitor> visitors) {

    public static final int MAX_NOTE_LENGTH = 2000;

    /** A member who took part in the visit. */
    public record Visitor(long memberId, String name) {
    }

    public Visit {
        visitors = visitors == null ? List.of() : List.copyOf(visitors);
    }

    /** The visitors' names. */
    public List<String> memberNames() {
        return visitors.stream().map(Visitor::name).toList();
    }

    /** The visitors' names joined for display: {@code 张伟、王芳}. */
    public String visitorNames() {
        return String.join("、", memberNames());
    }
}
