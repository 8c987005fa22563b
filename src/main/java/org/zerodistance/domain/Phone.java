package org.zerodistance.domain;

import java.util.regex.Pattern;

/**
 * A mainland phone number: a mobile {@code 1[3-9]} + 9 digits, or a landline {@code 0} + 2–3 digit area code + 7–8 digits.
 * Spaces, dashes, brackets, a leading {@code +86}/{@code 86} and full-width digits are removed; stored as digits only.
 */
public final class Phone {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");

    private final String digits;

    private Phone(String digits) {
        this.digits = digits;
    }

    /** Normalises and checks {@code raw}; a {@link DomainException} says what a valid number looks like. */
    public static Phone parse(String raw) {
        String digits = normalize(raw);
        if (digits.isEmpty()) {
            throw new DomainException("phone.error.required");
        }
        if (!isValid(digits)) {
            throw new DomainException("phone.error.invalid", raw == null ? "" : raw.strip());
        }
        return new Phone(digits);
    }

    /** Null or blank gives null (the phone is optional); anything else must be valid. */
    public static Phone parseOptional(String raw) {
        return raw == null || normalize(raw).isEmpty() ? null : parse(raw);
    }

    static boolean isValid(String digits) {
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches();
    }

    /** Half-width, separators removed, country code dropped. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(raw))
                .replaceAll("[-‐‑‒–—―()（）]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        return s;
    }

    public String digits() {
        return digits;
    }

    public boolean isMobile() {
        return digits.charAt(0) == '1';
    }

    /** {@code 138 1234 5678}, or {@code 010-12345678} / {@code 0851-1234567}. */
    public String display() {
        if (isMobile()) {
            return digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
        }
        int area = areaCodeLength(digits);
        return digits.substring(0, area) + "-" + digits.substring(area);
    }

    /** The grouped display of stored digits; text that is not a valid number is shown as it is. */
    public static String display(String digits) {
        if (digits == null) {
            return "";
        }
        return isValid(digits) ? new Phone(digits).display() : digits;
    }

    /** {@code 138****5678}; a landline keeps its area code and last four digits. */
    public String masked() {
        return mask(digits);
    }

    /** Masks any stored phone text the same way. */
    public static String mask(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "";
        }
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        int keep = digits.charAt(0) == '0' ? areaCodeLength(digits) : 3;
        return digits.substring(0, keep) + "*".repeat(digits.length() - keep - 4) + digits.substring(digits.length() - 4);
    }

    /** Beijing, Shanghai, Tianjin, Chongqing and the 02x cities have 3-digit area codes; others 4. */
    private static int areaCodeLength(String digits) {
        return digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phone other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The masked form, so a phone never reaches a log by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
