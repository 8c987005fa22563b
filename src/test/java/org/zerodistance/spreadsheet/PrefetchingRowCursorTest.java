package org.zerodistance.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The read-ahead cursor: same rows in the same order, failures where they happened, and a clean stop. */
class PrefetchingRowCursorTest {

    /** A cursor over {@code count} numbered rows that fails before row {@code failAt} (0: never). */
    private static final class Numbered implements RowCursor {
        final int count;
        final int failAt;
        final SpreadsheetException failure = new SpreadsheetException("import.refused.corrupt");
        final AtomicInteger read = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        volatile boolean readAfterClose;

        Numbered(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            return read.get() < count;
        }

        @Override
        public SheetRow next() {
            if (closed.get()) {
                readAfterClose = true;
            }
            int number = read.incrementAndGet();
            if (number == failAt) {
                throw failure;
            }
            return new SheetRow(number, List.of(CellValue.text("row " + number)));
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void givesEveryRowInOrderAcrossBatchesThenEnds() {
        int count = PrefetchingRowCursor.BATCH * 3 + 7;
        Numbered source = new Numbered(count, 0);
        List<Integer> numbers = new ArrayList<>();
        try (PrefetchingRowCursor cursor = new PrefetchingRowCursor(source)) {
            while (cursor.hasNext()) {
                SheetRow row = cursor.next();
                numbers.add(row.number());
                assertEquals("row " + row.number(), row.cell(0).text());
            }
            assertFalse(cursor.hasNext());
            assertThrows(NoSuchElementException.class, cursor::next);
        }
        assertEquals(count, numbers.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i + 1, numbers.get(i));
        }
        assertTrue(source.closed.get());
    }

    @Test
    void anEmptySheetHasNoRows() {
        try (PrefetchingRowCursor cursor = new PrefetchingRowCursor(new Numbered(0, 0))) {
            assertFalse(cursor.hasNext());
        }
    }

    @Test
    void aFailureOfTheReaderIsThrownAfterTheRowsBeforeIt() {
        int failAt = PrefetchingRowCursor.BATCH + 10;
        Numbered source = new Numbered(5_000, failAt);
        int seen = 0;
        try (PrefetchingRowCursor cursor = new PrefetchingRowCursor(source)) {
            SpreadsheetException thrown = assertThrows(SpreadsheetException.class, () -> {
                while (cursor.hasNext()) {
                    cursor.next();
                }
            });
            assertSame(source.failure, thrown);
        }
        // the rows before the failure were all handed over: count them on a second pass
        Numbered again = new Numbered(5_000, failAt);
        try (PrefetchingRowCursor cursor = new PrefetchingRowCursor(again)) {
            while (true) {
                try {
                    if (!cursor.hasNext()) {
                        break;
                    }
                    cursor.next();
                    seen++;
                } catch (SpreadsheetException e) {
                    break;
                }
            }
        }
        assertEquals(failAt - 1, seen);
    }

    @Test
    void closingEarlyStopsTheReaderBeforeTheFileIsClosed() {
        Numbered source = new Numbered(1_000_000, 0);
        try (PrefetchingRowCursor cursor = new PrefetchingRowCursor(source)) {
            for (int i = 0; i < 100; i++) {
                cursor.next();
            }
        }
        assertTrue(source.closed.get());
        int readWhenClosed = source.read.get();
        assertTrue(readWhenClosed < 1_000_000, "the reader went on to the end: " + readWhenClosed);
        assertFalse(source.readAfterClose, "a row was read after the source was closed");
        // bounded read-ahead: the reader never got more than the queue and one batch ahead of the caller
        assertTrue(readWhenClosed <= 100 + PrefetchingRowCursor.BATCH * (PrefetchingRowCursor.BATCHES_AHEAD + 2),
                "read " + readWhenClosed);
    }
}
