package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A member as one valid row of an imported list gives it. A null field was not given (no such column, or a blank
 * cell) and leaves what is stored unchanged; name and ID number are always given.
 */
public record ImportedMember(String name, IdNumber idNumber, Phone phone, String workUnit, String partyBranch,
                             List<String> skills, LocalDate registrationDate) {

    public static final int MAX_NAME = 50;
    public static final int MAX_WORK_UNIT = 200;
    public static final int MAX_PARTY_BRANCH = 200;
    public static final int MAX_SKILL = 50;

    private static final Pattern SKILL_SEPARATORS = Pattern.compile("[、,，;；\\r\\n]+");

    public ImportedMember {
        skills = skills == null ? null : List.copyOf(skills);
    }

    /** Skills written in one cell, split on 、 , ， ; ； or line breaks, trimmed, blanks and repeats dropped. */
    public static List<String> splitSkills(String cell) {
        LinkedHashSet<String> skills = new LinkedHashSet<>();
        if (cell != null) {
            for (String part : SKILL_SEPARATORS.split(cell)) {
                String skill = part.strip();
                if (!skill.isEmpty()) {
                    skills.add(skill);
                }
            }
        }
        return new ArrayList<>(skills);
    }

    public Gender gender() {
        return idNumber.gender();
    }

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }
}
