package org.zerodistance.domain;

/** Checks on free text typed by the clerk: trimmed, blank as null, required or optional, within the column's length. */
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
        String text = clean(raw);
        if (text != null && text.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return text;
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
