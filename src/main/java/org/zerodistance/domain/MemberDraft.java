package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A member as typed in the form (or read from a sheet): raw text for the ID number and phone, which
 * {@link #problems(LocalDate)} checks field by field so each error can be shown next to its field.
 */
public record MemberDraft(String name, String idNumber, String phone, String workUnit, String partyBranch,
                          List<String> skills, LocalDate registrationDate, MemberStatus status, LocalDate statusDate,
                          String notes) {

    public static final int MAX_NAME = 50;
    public static final int MAX_WORK_UNIT = 200;
    public static final int MAX_PARTY_BRANCH = 200;
    public static final int MAX_NOTES = 2000;

    /** The form fields a problem can belong to. */
    public enum Field { NAME, ID_NUMBER, PHONE, WORK_UNIT, PARTY_BRANCH, SKILLS, REGISTRATION_DATE, STATUS_DATE, NOTES }

    public MemberDraft {
        skills = skills == null ? List.of() : List.copyOf(new LinkedHashSet<>(skills.stream()
                .map(s -> s == null ? "" : s.strip()).filter(s -> !s.isEmpty()).toList()));
        status = status == null ? MemberStatus.ACTIVE : status;
    }

    /** The draft of an existing member, for editing. */
    public static MemberDraft of(Member m) {
        return new MemberDraft(m.name(), m.idNumber(), m.phone(), m.workUnit(), m.partyBranch(), m.skills(),
                m.registrationDate(), m.status(), m.statusDate(), m.notes());
    }

    /** What is wrong, per field (first problem of each field), in form order; empty when the draft is fine. */
    public Map<Field, DomainException> problems(LocalDate today) {
        Map<Field, DomainException> problems = new EnumMap<>(Field.class);
        String cleanName = Texts.clean(name);
        if (cleanName == null) {
            problems.put(Field.NAME, new DomainException("member.error.nameRequired"));
        } else if (cleanName.length() > MAX_NAME) {
            problems.put(Field.NAME, new DomainException("member.error.nameTooLong", MAX_NAME));
        }
        check(problems, Field.ID_NUMBER, () -> IdNumber.parse(idNumber));
        check(problems, Field.PHONE, () -> Phone.parseOptional(phone));
        tooLong(problems, Field.WORK_UNIT, workUnit, MAX_WORK_UNIT, "member.error.workUnitTooLong");
        tooLong(problems, Field.PARTY_BRANCH, partyBranch, MAX_PARTY_BRANCH, "member.error.partyBranchTooLong");
        if (registrationDate != null && registrationDate.isAfter(today)) {
            problems.put(Field.REGISTRATION_DATE, new DomainException("member.error.registrationFuture"));
        }
        if (status != MemberStatus.ACTIVE && statusDate == null) {
            problems.put(Field.STATUS_DATE, new DomainException("member.error.statusDateRequired"));
        } else if (statusDate != null && statusDate.isAfter(today)) {
            problems.put(Field.STATUS_DATE, new DomainException("member.error.statusDateFuture"));
        } else if (statusDate != null && registrationDate != null && statusDate.isBefore(registrationDate)) {
            problems.put(Field.STATUS_DATE, new DomainException("member.error.statusBeforeRegistration"));
        }
        tooLong(problems, Field.NOTES, notes, MAX_NOTES, "member.error.notesTooLong");
        return problems;
    }

    /** The member this draft describes (normalised), or the first problem as an exception. */
    public Member toMember(long id, long communityId, boolean archived, LocalDate today) {
        Map<Field, DomainException> problems = problems(today);
        if (!problems.isEmpty()) {
            throw problems.values().iterator().next();
        }
        IdNumber id18 = IdNumber.parse(idNumber);
        Phone parsedPhone = Phone.parseOptional(phone);
        // An active member has no status date: it belongs to moving out or transferring.
        LocalDate cleanStatusDate = status == MemberStatus.ACTIVE ? null : statusDate;
        return new Member(id, communityId, Texts.clean(name), id18.value(), id18.gender(), id18.birthDate(),
                parsedPhone == null ? null : parsedPhone.digits(), Texts.clean(workUnit), Texts.clean(partyBranch),
                new ArrayList<>(skills), registrationDate, status, cleanStatusDate, Texts.clean(notes), archived);
    }

    private static void check(Map<Field, DomainException> problems, Field field, Runnable parse) {
        try {
            parse.run();
        } catch (DomainException e) {
            problems.put(field, e);
        }
    }

    private static void tooLong(Map<Field, DomainException> problems, Field field, String value, int max, String key) {
        String clean = Texts.clean(value);
        if (clean != null && clean.length() > max) {
            problems.put(field, new DomainException(key, max));
        }
    }
}
