package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A volunteer team (志愿服务队) of a community with its members; {@code activityCount} and
 * {@code lastActivityDate} summarise its activities for lists.
 */
public record Team(long id, long communityId, String communityName, String name, String specialty, MemberName leader,
                   LocalDate foundedDate, TeamStatus status, LocalDate disbandedDate, String notes, List<MemberName> members,
                   int activityCount, LocalDate lastActivityDate) {

    public Team {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public boolean active() {
        return status == TeamStatus.ACTIVE;
    }
}
