package org.zerodistance.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work as {@link javafx.concurrent.Task}s on a small pool of daemon threads. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    static final int CLOSE_WAIT_SECONDS = 10;

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running; // touched on the FX thread only
    private volatile boolean closed;

    /** Two threads for the screens' work. */
    public FxTaskRunner() {
        this(2, "background");
    }

    /** {@code threads} threads named {@code name-1}, {@code name-2} … */
    public FxTaskRunner(int threads, String name) {
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        started();
        task.setOnSucceeded(e -> {
            finished();
            if (!closed) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finished();
            if (closed) {
                // the window is gone: nobody to tell, but the log keeps it
                LOG.warn("Background work failed while the window was closing", task.getException());
            } else {
                onFailure.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> finished());
        executor.execute(task);
        return new Job() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return task.messageProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return task.runningProperty();
            }

            @Override
            public void cancel() {
                task.cancel(true);
            }
        };
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Lets running work finish (up to {@link #CLOSE_WAIT_SECONDS}) and drops its results: no dialog pops up over a
     * closing window. Threads are not interrupted, because an interrupt during file I/O makes H2 close its file channel;
     * work still running after the wait is abandoned (its transaction is rolled back when the database closes).
     */
    @Override
    public void close() {
        closed = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after {} s; closing without it", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            LOG.warn("Interrupted while waiting for background work to finish", e);
            Thread.currentThread().interrupt();
        }
    }

    /** A task that is its own progress reporter. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}
