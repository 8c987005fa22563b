package org.zerodistance.domain;

/** Small text helpers for form input: trimmed, blank as null. */
public final class Texts {

    private Texts() {
    }

    /** {@code value} stripped, or null when null or blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
