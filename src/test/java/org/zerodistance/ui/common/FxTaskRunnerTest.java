package org.zerodistance.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Background work on the real FX toolkit (headless): results arrive on the FX thread; closing waits and stays quiet. */
class FxTaskRunnerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void resultsArriveOnTheFxThread() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        AtomicReference<String> result = new AtomicReference<>();
        AtomicBoolean onFxThread = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> runner.run(progress -> "行了", value -> {
            onFxThread.set(javafx.application.Platform.isFxApplicationThread());
            result.set(value);
            done.countDown();
        }, error -> done.countDown()));
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals("行了", result.get());
        assertTrue(onFxThread.get());
        runner.close();
    }

    @Test
    void closingLetsRunningWorkFinishUninterruptedAndDropsItsOutcome() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<Object> outcome = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> runner.run(progress -> {
            started.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
            throw new IllegalStateException("fails after the window closed");
        }, outcome::set, outcome::set));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        runner.close();

        assertTrue(finished.get(), "close waited for the running work");
        assertFalse(interrupted.get(), "an interrupt would make H2 close its file channel");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(outcome.get(), "no success or error callback (no dialog) after close");
    }
}
