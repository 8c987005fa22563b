package org.zerodistance.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One cell as the file holds it: text, a number, a date (a number formatted as a date), a truth value or nothing.
 * Formula cells arrive as their cached result; text is kept literally (a leading {@code =} is not evaluated).
 */
public record CellValue(Kind kind, String text, BigDecimal number, LocalDateTime date) {

    /** What a cell holds. */
    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final CellValue BLANK = new CellValue(Kind.BLANK, "", null, null);

    public static CellValue text(String text) {
        return text == null || text.isEmpty() ? BLANK : new CellValue(Kind.TEXT, text, null, null);
    }

    public static CellValue number(BigDecimal number) {
        return number == null ? BLANK : new CellValue(Kind.NUMBER, plain(number), number, null);
    }

    public static CellValue date(LocalDateTime date) {
        return date == null ? BLANK : new CellValue(Kind.DATE, dateText(date), null, date);
    }

    public static CellValue bool(boolean value) {
        return new CellValue(Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }

    public static CellValue error(String code) {
        return new CellValue(Kind.ERROR, code == null ? "#ERROR" : code, null, null);
    }

    /** Blank, or text made only of white space. */
    public boolean isBlank() {
        return kind == Kind.BLANK || text.isBlank();
    }

    /** The text a clerk would see for the cell (numbers without exponent or trailing zeros, dates as yyyy-MM-dd). */
    public String display() {
        return text;
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    private static String dateText(LocalDateTime date) {
        return date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? date.toLocalDate().toString()
                : date.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
