package org.zerodistance.spreadsheet;

import java.util.List;

/** An opened spreadsheet file: its sheets, each read as a stream of rows. */
public interface Spreadsheet extends AutoCloseable {

    /** What kind of file it turned out to be. */
    enum Format { XLSX, XLS, CSV }

    Format format();

    /** Sheet names in workbook order (a CSV has one, named after the file). */
    List<String> sheetNames();

    /** Reads sheet {@code index} from its first row; rows with no cells at all may be left out. */
    RowCursor rows(int index);

    @Override
    void close();
}
