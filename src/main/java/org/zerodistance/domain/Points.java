package org.zerodistance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Passbook points: {@code BigDecimal} with two decimals, as DECIMAL(10,2) stores them. */
public final class Points {

    public static final BigDecimal MAX = new BigDecimal("99999999.99");

    private Points() {
    }

    /** Parses a signed number of points ({@code 5}, {@code -3}, {@code +2.5}, full-width digits); null for blank. */
    public static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(raw)).replaceFirst("分$", "").replace('−', '-');
        if (s.isEmpty()) {
            return null;
        }
        try {
            return check(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new DomainException("points.error.notNumber", raw.strip());
        }
    }

    /** Checks scale and size; returns the points with two decimals. */
    public static BigDecimal check(BigDecimal points) {
        if (points.stripTrailingZeros().scale() > 2) {
            throw new DomainException("points.error.scale");
        }
        if (points.abs().compareTo(MAX) > 0) {
            throw new DomainException("points.error.tooLarge");
        }
        return points.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code 12}, {@code 2.5}, {@code -3}: no needless zeros, for tables and documents. */
    public static String format(BigDecimal points) {
        if (points == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(points);
    }
}
