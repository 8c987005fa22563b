package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.List;

/** A visit (走访/认亲) to a household by one or more members; each visitor earned a VISIT passbook entry. */
public record Visit(long id, long householdId, Long pairingId, LocalDate date, String note, List<Visitor> visitors) {

    /** A member who took part in the visit. */
    public record Visitor(long memberId, String name) {
    }

    public Visit {
        visitors = visitors == null ? List.of() : List.copyOf(visitors);
    }

    /** The visitors' names joined for display: {@code 张伟、王芳}. */
    public String visitorNames() {
        return String.join("、", visitors.stream().map(Visitor::name).toList());
    }
}
