package org.zerodistance.spreadsheet;

import java.util.List;

/**
 * A one-page-wide printable table: a title, lines under it (who, what period), column headings with widths in
 * characters, rows of cells, and a footer line. Cells are {@code String}, {@code LocalDate}, {@code BigDecimal},
 * {@code Number} or null.
 */
public record PrintableTable(String sheetName, String title, List<String> subtitles, List<Column> columns, List<Row> rows,
                             String footer) {

    public PrintableTable {
        subtitles = List.copyOf(subtitles);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column heading and its width in characters; {@code decimals} is the number format for numeric cells (−1: as is). */
    public record Column(String heading, int width, int decimals) {
    }

    /** How a row stands out: a plain line, a subtotal, or the grand total. */
    public enum Emphasis { NONE, SUBTOTAL, TOTAL }

    /** One row's cells, in column order (java.util.Arrays.asList allows nulls). */
    public record Row(List<Object> cells, Emphasis emphasis) {
    }
}
