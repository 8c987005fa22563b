package org.zerodistance.domain;

/** A member as lists and pickers show them: id and name only (never the ID number or phone). */
public record MemberName(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
