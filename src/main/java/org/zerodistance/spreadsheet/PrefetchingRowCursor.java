package org.zerodistance.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a sheet's rows on a thread of its own, a few batches ahead of the caller, so that unpacking and parsing the
 * file (fastexcel, POI, CSV) runs on one core while the caller checks the rows on the other. Memory stays bounded:
 * at most {@value #BATCHES_AHEAD} batches of {@value #BATCH} rows wait. A failure of the reader (a refused or broken
 * file) is thrown to the caller where the row would have come, as the wrapped cursor would have thrown it.
 * {@link #close()} stops the reader and waits for it before the wrapped cursor is closed, so the file is never
 * closed under a reader still using it.
 */
public final class PrefetchingRowCursor implements RowCursor {

    private static final Logger LOG = LoggerFactory.getLogger(PrefetchingRowCursor.class);
    static final int BATCH = 512;
    static final int BATCHES_AHEAD = 4;

    /** What the reader hands over: rows, then either the end or the failure that stopped it. */
    private record Batch(List<SheetRow> rows, boolean last, RuntimeException failure) {
    }

    private final RowCursor source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean stopped;
    private List<SheetRow> current = List.of();
    private int position;
    private boolean finished;
    private RuntimeException failure;

    public PrefetchingRowCursor(RowCursor source) {
        this.source = source;
        this.reader = new Thread(this::readAhead, "sheet-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        List<SheetRow> rows = new ArrayList<>(BATCH);
        try {
            while (!stopped && source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == BATCH) {
                    handOver(new Batch(rows, false, null));
                    rows = new ArrayList<>(BATCH);
                }
            }
            handOver(new Batch(rows, true, null));
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException re ? re : new IllegalStateException(e);
            if (!(e instanceof SpreadsheetException)) {
                LOG.error("Reading a sheet failed", e);
            }
            handOver(new Batch(rows, true, failure)); // the rows read before it first, as the file gave them
        }
    }

    private void handOver(Batch batch) {
        try {
            while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the caller is busy: wait for room, or for close()
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (position == current.size()) {
            if (failure != null) {
                throw failure;
            }
            if (finished) {
                return false;
            }
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading a sheet", e);
            }
            current = batch.rows();
            position = 0;
            finished = batch.last();
            failure = batch.failure();
        }
        return true;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(position++);
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            // Never seen: the reader checks the flag after every row. Closing the file under it would break its read.
            LOG.error("The sheet reader did not stop within 30 s; the file is left open");
            return;
        }
        source.close();
    }
}
