package org.zerodistance.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the header row of a sheet among its first rows: the first row in which at least {@code minimum} distinct
 * columns are recognised, or the {@code key} column is. Title rows (often merged, so one cell) and blank rows above it
 * are passed over. Recognition is the caller's ({@code recognise} returns null for a title it does not know).
 */
public final class HeaderDetector<K> {

    /** Rows looked at, from the top of the sheet, before giving up. */
    public static final int SCAN_ROWS = 30;

    private final Function<String, K> recognise;
    private final K key;
    private final int minimum;

    public HeaderDetector(Function<String, K> recognise, K key, int minimum) {
        this.recognise = recognise;
        this.key = key;
        this.minimum = minimum;
    }

    /** A header row: its number, the titles by column, and the recognised columns (first occurrence wins). */
    public record Header<K>(int rowNumber, List<String> titles, Map<K, Integer> columns) {
        public Header {
            titles = List.copyOf(titles);
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }
    }

    /** The first header-like row among {@code rows}, if any. */
    public Optional<Header<K>> find(List<SheetRow> rows) {
        int looked = 0;
        for (SheetRow row : rows) {
            if (looked++ >= SCAN_ROWS) {
                break;
            }
            Header<K> header = headerOf(row);
            if (header.columns().size() >= minimum || header.columns().containsKey(key)) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    /** Reads {@code row} as a header, recognising what it can. */
    public Header<K> headerOf(SheetRow row) {
        List<String> titles = new ArrayList<>(row.width());
        Map<K, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < row.width(); i++) {
            String title = row.cell(i).display().strip();
            titles.add(title);
            K recognised = title.isEmpty() ? null : recognise.apply(title);
            if (recognised != null) {
                columns.putIfAbsent(recognised, i);
            }
        }
        return new Header<>(row.number(), titles, columns);
    }

    /** Reads the first {@link #SCAN_ROWS} rows of a sheet that have any content. */
    public static List<SheetRow> head(Spreadsheet spreadsheet, int sheet) {
        List<SheetRow> rows = new ArrayList<>();
        try (RowCursor cursor = spreadsheet.rows(sheet)) {
            while (cursor.hasNext() && rows.size() < SCAN_ROWS) {
                SheetRow row = cursor.next();
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** For callers that only need {@link #find} on a cursor's first rows. */
    public Optional<Header<K>> find(Spreadsheet spreadsheet, int sheet) {
        return find(head(spreadsheet, sheet));
    }

}
