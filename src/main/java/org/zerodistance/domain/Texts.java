package org.zerodistance.domain;

/** Checks on free text typed by the clerk: trimmed, required or optional, and within the column's length. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text; refused with {@code requiredKey} when blank and {@code tooLongKey} (with the limit) when longer than {@code max}. */
    public static String required(String raw, int max, String requiredKey, String tooLongKey) {
        String text = optional(raw, max, tooLongKey);
        if (text == null) {
            throw new DomainException(requiredKey);
        }
        return text;
    }

    /** The trimmed text, or null when blank; refused with {@code tooLongKey} when longer than {@code max}. */
    public static String optional(String raw, int max, String tooLongKey) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return text;
    }
}
