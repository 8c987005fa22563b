package org.zerodistance.spreadsheet;

/** Small helpers shared by the readers. */
final class Cells {

    private Cells() {
    }

    /** Text cut to the most a cell may hold. */
    static String clip(String text) {
        return text.length() > Limits.MAX_CELL_CHARS ? text.substring(0, Limits.MAX_CELL_CHARS) : text;
    }
}
