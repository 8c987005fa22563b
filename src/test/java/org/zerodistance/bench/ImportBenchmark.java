package org.zerodistance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.zerodistance.domain.Community;
import org.zerodistance.persistence.Database;
import org.zerodistance.service.ImportLayout;
import org.zerodistance.service.ImportMonitor;
import org.zerodistance.service.ImportPlan;
import org.zerodistance.service.Services;
import org.zerodistance.spreadsheet.RowCursor;
import org.zerodistance.spreadsheet.Spreadsheet;
import org.zerodistance.spreadsheet.Spreadsheets;
import org.zerodistance.testutil.MemberLists;

/**
 * The import benchmark of issue 4 (not a unit test: timings on a shared machine are noisy). Run it with
 * {@code -Xmx512m}; see docs/decisions/0004-import.md. Arguments: [rows (100000)] [runs (3)] [work folder].
 * Each run: a fresh file database; read only; preview (read + check + compare); import end to end (read, check,
 * write, commit); re-import of the same file (all unchanged); and `libreoffice --headless --convert-to csv` if present.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("import-bench");
        boolean importOnly = args.length > 3 && args[3].equals("importOnly"); // for profiling the write
        Files.createDirectories(work);
        Path file = work.resolve("members-" + rows + ".xlsx");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            new MemberLists(42).writeXlsx(file, rows);
            System.out.printf("generated %s (%d KiB) in %d ms%n", file, Files.size(file) / 1024, ms(t));
        }
        System.out.printf("JVM max heap %d MiB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            System.out.printf("--- run %d ---%n", run);
            if (!importOnly) {
                Probe read = new Probe();
                readOnly(file);
                System.out.printf("read only (fastexcel + guard): %s%n", read);
            }
            Path db = Files.createTempDirectory(work, "db");
            try (Database database = Database.open(db)) {
                Services services = new Services(database);
                Community community = services.communities().add("基准社区");
                Probe p = new Probe();
                if (!importOnly) {
                    ImportLayout layout = services.imports().analyse(file);
                    ImportPlan preview = services.imports().preview(file, layout, community.id(), ImportMonitor.NONE);
                    System.out.printf("preview (read, check, compare): %s, %d rows, %d new%n", p, preview.rowsRead(),
                            preview.count(ImportPlan.Outcome.NEW));
                    preview = null; // the clerk's window holds one plan at a time, the command line only its own
                }
                p = new Probe();
                ImportPlan done = services.imports().importFile(file, community.id(), false, ImportMonitor.NONE);
                System.out.printf("import end to end (read, check, write, commit): %s, %d new%n", p, done.count(ImportPlan.Outcome.NEW));
                done = null;
                p = new Probe();
                ImportPlan again = services.imports().importFile(file, community.id(), false, ImportMonitor.NONE);
                System.out.printf("same file again (all unchanged): %s, %d unchanged%n", p, again.count(ImportPlan.Outcome.UNCHANGED));
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after run: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            if (!importOnly) {
                libreoffice(file, work);
            }
        }
    }

    private static long readOnly(Path file) {
        long t = System.nanoTime();
        int n = 0;
        try (Spreadsheet sheet = Spreadsheets.open(file); RowCursor cursor = sheet.rows(0)) {
            while (cursor.hasNext()) {
                cursor.next();
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no rows");
        }
        return ms(t);
    }

    private static void libreoffice(Path file, Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of("libreoffice", "--headless", "--convert-to", "csv", "--outdir",
                work.resolve("lo").toString(), file.toString()));
        long t = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("lo.log").toFile()).start();
        } catch (java.io.IOException notInstalled) {
            System.out.println("libreoffice not installed: no comparison");
            return;
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            System.out.println("libreoffice did not finish in 120 s");
            return;
        }
        System.out.printf("libreoffice --headless --convert-to csv: %d ms (exit %d)%n", ms(t), process.exitValue());
    }

    /** Wall time, this thread's CPU time, the whole process's CPU time and GC time since it was made. */
    static final class Probe {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private final long wall = System.nanoTime();
        private final long thread = THREADS.getCurrentThreadCpuTime();
        private final long process = OS.getProcessCpuTime();
        private final long gc = gcMillis();

        static long gcMillis() {
            long total = 0;
            for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, bean.getCollectionTime());
            }
            return total;
        }

        @Override
        public String toString() {
            return String.format("wall %d ms, thread CPU %d ms, process CPU %d ms, GC %d ms", ms(wall),
                    (THREADS.getCurrentThreadCpuTime() - thread) / 1_000_000, (OS.getProcessCpuTime() - process) / 1_000_000,
                    gcMillis() - gc);
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
