package org.zerodistance.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread: for view-model tests without a toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        boolean[] cancelled = {false};
        busy.set(true);
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception | Error e) {
            running.set(false);
            busy.set(false);
            onFailure.accept(e);
            return job(progress, message, running, cancelled);
        }
        running.set(false);
        busy.set(false);
        onSuccess.accept(result);
        return job(progress, message, running, cancelled);
    }

    private static Job job(ReadOnlyDoubleWrapper progress, ReadOnlyStringWrapper message, ReadOnlyBooleanWrapper running, boolean[] cancelled) {
        return new Job() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return running.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
                cancelled[0] = true;
            }
        };
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
