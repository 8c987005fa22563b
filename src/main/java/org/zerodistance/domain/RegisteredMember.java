package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.List;

/** What is stored for a member an import may touch: enough to tell new, updated, unchanged or elsewhere. */
public record RegisteredMember(long id, long communityId, String communityName, boolean archived, String name,
                               String idNumber, String phone, String workUnit, String partyBranch,
                               LocalDate registrationDate, List<String> skills) {

    public RegisteredMember {
        skills = List.copyOf(skills);
    }
}
