package org.zerodistance.spreadsheet;

import java.util.Iterator;

/** The rows of one sheet, read as they are needed; close it to release the file. */
public interface RowCursor extends Iterator<SheetRow>, AutoCloseable {

    @Override
    void close();
}
