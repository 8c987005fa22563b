package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/** A team activity about to be recorded, checked: a date, a title, hours and at least one participant. */
public record TeamActivityDraft(long teamId, LocalDate date, String title, BigDecimal hours, String description,
                                List<Long> participantIds) {

    public TeamActivityDraft {
        if (date == null) {
            throw new DomainException("activity.error.dateRequired");
        }
        title = Texts.required(title, 200, "activity.error.titleRequired", "activity.error.titleTooLong");
        hours = Hours.check(hours);
        description = Texts.optional(description, 2000, "activity.error.descriptionTooLong");
        participantIds = List.copyOf(new LinkedHashSet<>(participantIds == null ? List.of() : participantIds));
        if (participantIds.isEmpty()) {
            throw new DomainException("activity.error.noParticipants");
        }
    }
}
