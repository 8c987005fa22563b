package org.zerodistance.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident ID number (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd for men),
 * and a check character. Lowercase x, full-width characters and spaces are normalised; 15-digit legacy numbers are refused.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Normalises and checks {@code raw}; a {@link DomainException} names what is wrong and how to fix it. */
    public static IdNumber parse(String raw) {
        return parse(raw, LocalDate.now());
    }

    static IdNumber parse(String raw, LocalDate today) {
        String id = normalize(raw);
        if (id.isEmpty()) {
            throw new DomainException("id.error.required");
        }
        if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
            throw new DomainException("id.error.legacy15");
        }
        if (id.length() != 18) {
            throw new DomainException("id.error.length", id.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                throw new DomainException("id.error.characters");
            }
        }
        char last = id.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            throw new DomainException("id.error.characters");
        }
        if (id.charAt(0) == '0') {
            throw new DomainException("id.error.region");
        }
        LocalDate birth = birthDateOf(id);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new DomainException("id.error.birthDate", id.substring(6, 14));
        }
        char expected = checkCharacter(id);
        if (last != expected) {
            throw new DomainException("id.error.checksum", String.valueOf(expected));
        }
        return new IdNumber(id);
    }

    /** Upper-case, half-width, without spaces: the form that is stored and compared. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(raw)).toUpperCase(java.util.Locale.ROOT);
    }

    /** The 18-character number made of {@code first17} digits and the check character they call for. */
    public static String complete(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new DomainException("id.error.characters");
        }
        return first17 + checkCharacter(first17);
    }

    /** The check character the first 17 digits call for. */
    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** {@code 630102********123X}: region kept, birth date and sequence hidden. */
    public String masked() {
        return mask(value);
    }

    /** Masks any stored ID text the same way, even one that would not parse. */
    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? "" : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form: an ID number must never reach a log by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
