package org.zerodistance.spreadsheet;

import java.util.List;

/**
 * One row of a sheet with its number as the clerk sees it: the Excel row number, or for CSV the record number
 * (the first record being 1, as Excel shows the file).
 */
public record SheetRow(int number, List<CellValue> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (0-based), blank past the end of the row. */
    public CellValue cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : CellValue.BLANK;
    }

    /** True when every cell is blank: such rows are skipped and not counted. */
    public boolean isBlank() {
        for (CellValue cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public int width() {
        return cells.size();
    }
}
