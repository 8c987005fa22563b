package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One activity of a team: when, what, how long, and who took part (each participant earned points for it). */
public record TeamActivity(long id, long teamId, LocalDate date, String title, BigDecimal hours, String description,
                           List<MemberName> participants) {

    public TeamActivity {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
