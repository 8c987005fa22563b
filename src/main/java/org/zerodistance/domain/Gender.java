package org.zerodistance.domain;

/** Gender as derived from the ID number; codes {@code M}/{@code F} are stored and exported. */
public enum Gender {
    MALE("M"), FEMALE("F");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Gender fromCode(String code) {
        return "F".equals(code) ? FEMALE : MALE;
    }
}
