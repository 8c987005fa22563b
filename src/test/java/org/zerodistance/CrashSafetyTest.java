package org.zerodistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;

/**
 * Kills the real CLI ({@code destroyForcibly}, like a power cut) at random moments while it edits, many times, then
 * reopens the data folder: it must always open, and every change whose command reported success must be there.
 *
 * <p>Longer runs by hand: {@code mvn -B verify -Dtest=CrashSafetyTest -Dzd.crash.kills=500 -Dzd.crash.seconds=1800}
 * (and {@code -Dzd.crash.seed=N} to repeat a run). To cover a new kind of edit (an import, say), add an {@link Edit}
 * to {@link #nextEdit}: its arguments, and what must be true afterwards when it succeeded or was killed.
 */
class CrashSafetyTest {

    private static final int KILLS = Integer.getInteger("zd.crash.kills", 15);
    private static final long BUDGET_MILLIS = Long.getLong("zd.crash.seconds", 45) * 1000;

    @TempDir
    Path temp;

    private final long seed = Long.getLong("zd.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private int commandsRun;

    /** One edit the loop can run: its CLI arguments and what it guarantees, once the folder is reopened. */
    interface Edit {
        List<String> args();

        /**
         * Checks the reopened folder; {@code exitedOk} is false when the process was killed, but what it printed
         * before the kill counts too: a clerk who saw "added" must find it there.
         */
        void verify(Services services, AppPaths paths, boolean exitedOk, String output);
    }

    /** {@code communities add NAME}: present when it reported success; present at most once when killed. */
    record AddCommunity(String name) implements Edit {
        @Override
        public List<String> args() {
            return List.of("communities", "add", name);
        }

        @Override
        public void verify(Services services, AppPaths paths, boolean exitedOk, String output) {
            long count = services.communities().list(true).stream().filter(c -> c.name().equals(name)).count();
            if (exitedOk || output.contains(Messages.get("community.added", name))) {
                assertEquals(1, count, "a community whose add reported success is there: " + name);
            } else {
                assertTrue(count <= 1, name);
            }
        }
    }

    /** {@code backup}: a backup that reported success is in the folder and opens (killed ones are checked as a whole). */
    record Backup() implements Edit {
        @Override
        public List<String> args() {
            return List.of("backup");
        }

        @Override
        public void verify(Services services, AppPaths paths, boolean exitedOk, String output) {
            if (exitedOk) {
                assertTrue(output.contains(paths.backups().toString()), output);
            }
        }
    }

    private Edit nextEdit(int index) {
        if (index % 6 == 5) {
            return new Backup();
        }
        return new AddCommunity("社区" + index + "号");
    }

    private record Done(Edit edit, boolean exitedOk, String output) {
    }

    @Test
    void killedCommandsNeverBreakTheDatabaseNorLoseWhatTheyReported() throws Exception {
        long start = System.currentTimeMillis();
        int kills = 0;

        // A first start killed while it creates the database must not leave a folder that no longer opens.
        for (int i = 0; i < 3; i++) {
            AppPaths fresh = new AppPaths(temp.resolve("fresh-" + i));
            Run run = start(fresh, List.of("communities", "add", "首次"));
            kills += killAfter(run, 300 + random.nextInt(1500)) ? 1 : 0;
            Run list = start(fresh, List.of("communities", "list"));
            assertEquals(0, list.waitFor(60), "the folder opens after the first start was killed: " + list.output());
        }

        AppPaths paths = new AppPaths(temp.resolve("data"));
        long typical = timed(paths, List.of("communities", "list"));
        List<Done> done = new ArrayList<>();
        int index = 0;
        while (kills < KILLS && System.currentTimeMillis() - start < BUDGET_MILLIS) {
            Edit edit = nextEdit(index++);
            Run run = start(paths, edit.args());
            // a third run to the end (so there is finished work to lose); the rest are killed at a random moment,
            // mostly after the JVM has started, so the kill lands in opening, writing, backing up or closing
            boolean killed = false;
            if (random.nextInt(3) > 0) {
                killed = killAfter(run, (long) (typical * (0.25 + 0.85 * random.nextDouble())));
            }
            if (killed) {
                kills++;
                done.add(new Done(edit, false, run.output()));
            } else {
                assertEquals(0, run.waitFor(120), "an edit that was not killed succeeds: " + run.output());
                done.add(new Done(edit, true, run.output()));
                typical = (typical + run.millisSinceStart()) / 2; // follow the machine's current speed
            }
        }

        try (AppContext context = AppContext.lock(paths)) {
            Services services = context.openDatabase();
            for (Done each : done) {
                each.edit().verify(services, paths, each.exitedOk(), each.output());
            }
            List<String> names = services.communities().list(true).stream().map(Community::name).toList();
            assertEquals(names.size(), names.stream().distinct().count(), "no community twice");
            try (Stream<Path> zips = Files.list(paths.backups())) {
                for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                    context.backups().verify(zip); // no half-written backup is ever named like a backup
                }
            }
        }
        long succeeded = done.stream().filter(Done::exitedOk).count();
        String report = String.format("Crash safety: survived %d kills (%d edits in all, %d finished) in %d s, seed %d",
                kills, done.size(), succeeded, (System.currentTimeMillis() - start) / 1000, seed);
        System.out.println(report);
        Files.writeString(Path.of("target", "crash-safety.txt"), report + System.lineSeparator(), StandardCharsets.UTF_8);
        assertTrue(kills >= Math.min(KILLS, 5), "enough kills happened to mean something: " + report);
    }

    private long timed(AppPaths paths, List<String> args) throws Exception {
        long t0 = System.nanoTime();
        Run run = start(paths, args);
        assertEquals(0, run.waitFor(120), run.output());
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** Kills the run after {@code delayMillis} unless it ended before; true when it was killed. */
    private static boolean killAfter(Run run, long delayMillis) throws Exception {
        if (run.process.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        run.process.destroyForcibly();
        run.process.waitFor(30, TimeUnit.SECONDS);
        return true;
    }

    private Run start(AppPaths paths, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                Launcher.class.getName(), "--data-dir", paths.home().toString()));
        command.addAll(args);
        Path output = temp.resolve("run-" + (commandsRun++) + ".txt");
        long startedNanos = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new Run(process, output, startedNanos);
    }

    private record Run(Process process, Path outputFile, long startedNanos) {
        long millisSinceStart() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        }

        int waitFor(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("command did not finish in " + seconds + " s");
            }
            return process.exitValue();
        }

        int exitCode() {
            return process.exitValue();
        }

        String output() {
            try {
                return Files.readString(outputFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no output: " + e + ")";
            }
        }
    }
}
