package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A member as listed (no notes), with the name of the community: the light row the Members screen and
 * {@code members list} load for every member at once.
 */
public record MemberSummary(long id, long communityId, String communityName, String name, String idNumber, Gender gender,
                            String phone, String workUnit, String partyBranch, List<String> skills,
                            LocalDate registrationDate, MemberStatus status, LocalDate statusDate, boolean archived) {

    public MemberSummary {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public String maskedPhone() {
        return Phone.mask(phone);
    }

    /** Never prints the ID number or phone. */
    @Override
    public String toString() {
        return "MemberSummary[id=" + id + ", communityId=" + communityId + ", name=" + name + "]";
    }
}
