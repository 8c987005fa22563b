package org.zerodistance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Yuan amounts: {@code BigDecimal} with two decimals, never floating point. */
public final class Money {

    public static final int SCALE = 2;
    /** DECIMAL(14,2) holds at most this. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /**
     * Parses what a clerk types: {@code 12}, {@code 12.5}, {@code 1,200.00}, {@code ¥30}, {@code 30元}; null for blank.
     * More than two decimals, negatives and non-numbers are refused.
     */
    public static BigDecimal parseYuan(String raw) {
        if (raw == null) {
            return null;
        }
        String s = TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(raw)).replace(",", "").replace("，", "");
        s = s.replaceFirst("^[¥￥]", "").replaceFirst("元$", "");
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new DomainException("money.error.notNumber", raw.strip());
        }
        return check(value);
    }

    /** Checks range and scale and returns the amount with exactly two decimals. */
    public static BigDecimal check(BigDecimal value) {
        if (value.signum() < 0) {
            throw new DomainException("money.error.negative");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new DomainException("money.error.scale");
        }
        if (value.compareTo(MAX) > 0) {
            throw new DomainException("money.error.tooLarge");
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code 1,234.50} (no currency sign), for tables and reports. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** {@code 1234.50}: plain text with two decimals, as JSON output carries amounts. */
    public static String plain(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }
}
