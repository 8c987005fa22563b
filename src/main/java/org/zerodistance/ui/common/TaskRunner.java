package org.zerodistance.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * Runs database and file work away from the FX thread; callbacks come back on the FX thread.
 * View models use only this, so tests can run the same code with {@link ImmediateTaskRunner}.
 */
public interface TaskRunner {

    /** Starts {@code work}; {@code onSuccess} or {@code onFailure} is called when it ends (not when it is cancelled). */
    <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** True while any job runs (the status bar's indicator). */
    ReadOnlyBooleanProperty busyProperty();

    /** Work that may report progress and look for cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What running work can tell and ask. */
    interface Progress {
        void update(long done, long total);

        void message(String text);

        boolean isCancelled();
    }

    /** A started job: its progress (−1 while unknown), whether it runs, and a way to cancel it. */
    interface Job {
        ReadOnlyDoubleProperty progressProperty();

        javafx.beans.property.ReadOnlyStringProperty messageProperty();

        ReadOnlyBooleanProperty runningProperty();

        void cancel();
    }
}
