package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A working Party member registered in a community. {@code idNumber} is the normalised 18-character text,
 * {@code phone} digits only or null. Birth date and gender are derived from the ID number.
 */
public record Member(long id, long communityId, String name, String idNumber, Gender gender, LocalDate birthDate,
                     String phone, String workUnit, String partyBranch, List<String> skills, LocalDate registrationDate,
                     MemberStatus status, LocalDate statusDate, String notes, boolean archived) {

    public Member {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** The ID with birth date and sequence hidden. */
    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public String maskedPhone() {
        return Phone.mask(phone);
    }

    /** The same member with another database id (after insert). */
    public Member withId(long newId) {
        return new Member(newId, communityId, name, idNumber, gender, birthDate, phone, workUnit, partyBranch, skills,
                registrationDate, status, statusDate, notes, archived);
    }

    /** Never prints the ID number or phone. */
    @Override
    public String toString() {
        return "Member[id=" + id + ", communityId=" + communityId + ", name=" + name + ", id=" + maskedIdNumber() + "]";
    }
}
