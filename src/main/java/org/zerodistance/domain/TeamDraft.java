package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A team as the clerk entered it, checked; the leader is always one of the members. */
public record TeamDraft(long communityId, String name, String specialty, Long leaderId, LocalDate foundedDate, String notes,
                        List<Long> memberIds) {

    public static final int MAX_NAME = 100;

    public TeamDraft {
        name = Texts.required(name, MAX_NAME, "team.error.nameRequired", "team.error.nameTooLong");
        specialty = Texts.optional(specialty, 50, "team.error.specialtyTooLong");
        notes = Texts.optional(notes, 2000, "team.error.notesTooLong");
        LinkedHashSet<Long> ids = new LinkedHashSet<>(memberIds == null ? List.of() : memberIds);
        if (leaderId != null) {
            ids.add(leaderId);
        }
        memberIds = List.copyOf(new ArrayList<>(ids));
    }
}
