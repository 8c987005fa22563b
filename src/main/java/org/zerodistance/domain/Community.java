package org.zerodistance.domain;

/** A residential community (社区); every record belongs to one. */
public record Community(long id, String name, boolean archived) {

    public static final int MAX_NAME_LENGTH = 100;

    /** A community name trimmed and checked: not blank, not too long. */
    public static String validName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new DomainException("community.error.nameRequired");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new DomainException("community.error.nameTooLong", MAX_NAME_LENGTH);
        }
        return name;
    }
}
