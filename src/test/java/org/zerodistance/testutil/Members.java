package org.zerodistance.testutil;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;

/** Test-data builder: {@code Members.aMember().withName("张伟").inCommunity(id).build()}. */
public final class Members {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    private long communityId = 1;
    private String name = "张伟";
    private String idNumber = IdNumbers.valid(SEQUENCE.getAndIncrement());
    private String phone = "13812345678";
    private String workUnit = "市教育局";
    private String partyBranch = "第一党支部";
    private List<String> skills = List.of();
    private LocalDate registrationDate = LocalDate.of(2026, 3, 1);
    private MemberStatus status = MemberStatus.ACTIVE;
    private boolean archived;

    public static Members aMember() {
        return new Members();
    }

    public Members inCommunity(long id) {
        this.communityId = id;
        return this;
    }

    public Members withName(String value) {
        this.name = value;
        return this;
    }

    public Members withIdNumber(String value) {
        this.idNumber = value;
        return this;
    }

    public Members withPhone(String value) {
        this.phone = value;
        return this;
    }

    public Members withWorkUnit(String value) {
        this.workUnit = value;
        return this;
    }

    public Members withSkills(String... values) {
        this.skills = List.of(values);
        return this;
    }

    public Members registeredOn(LocalDate value) {
        this.registrationDate = value;
        return this;
    }

    public Members withStatus(MemberStatus value) {
        this.status = value;
        return this;
    }

    public Members archived() {
        this.archived = true;
        return this;
    }

    public Member build() {
        IdNumber id = IdNumber.parse(idNumber);
        return new Member(0, communityId, name, id.value(), id.gender(), id.birthDate(), phone, workUnit, partyBranch, skills,
                registrationDate, status, null, null, archived);
    }
}
