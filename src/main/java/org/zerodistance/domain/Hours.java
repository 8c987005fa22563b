package org.zerodistance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours of service in one activity or duty: more than 0, at most 24, to two decimals. */
public final class Hours {

    public static final BigDecimal MAX = new BigDecimal("24");

    private Hours() {
    }

    /** Parses what a clerk types ({@code 2}, {@code 1.5}, full-width digits, a trailing 小时 or h); refused when blank or out of range. */
    public static BigDecimal parse(String raw) {
        String s = raw == null ? "" : TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(raw));
        s = s.replaceFirst("(小时|[hH])$", "");
        if (s.isEmpty()) {
            throw new DomainException("hours.error.required");
        }
        try {
            return check(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new DomainException("hours.error.notNumber", raw.strip());
        }
    }

    /** Checks range and scale; returns the hours with two decimals. */
    public static BigDecimal check(BigDecimal hours) {
        if (hours == null) {
            throw new DomainException("hours.error.required");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX) > 0) {
            throw new DomainException("hours.error.range", hours.stripTrailingZeros().toPlainString());
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new DomainException("hours.error.scale");
        }
        return hours.setScale(2, RoundingMode.UNNECESSARY);
    }
}
