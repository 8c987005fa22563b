package org.zerodistance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.ReportService;
import org.zerodistance.service.Services;

/**
 * Issue 8's performance goals on a data folder filled by {@code demo generate}: the dashboard of one quarter (all
 * communities, and one), and the quarterly report of all communities. Prints wall time, this thread's CPU time and the
 * peak heap in use. Not a unit test; run it on the demo data with the heap the issue names:
 * <pre>
 * java -jar target/zero-distance.jar --data-dir /tmp/zd-bench demo generate --communities 100 --members 100000 \
 *     --households 50000 --wishes 200000 --records 1000000 --seed 1
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.zerodistance.bench.ReportBenchmark \
 *     /tmp/zd-bench 2026Q3 3 [dashboard|report]
 * </pre>
 */
public final class ReportBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ReportBenchmark DATA_DIR QUARTER [RUNS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Quarter quarter = Quarter.parse(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String only = args.length > 3 ? args[3] : "all"; // dashboard | report | all
        System.out.printf("heap max %d MiB, %d cores, load %.2f%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (AppContext context = AppContext.lock(new AppPaths(folder))) {
            Services services = context.openDatabase();
            List<Community> communities = services.communities().list(false);
            long one = communities.get(0).id();
            System.out.printf("%d communities%n", communities.size());
            if (!only.equals("report")) {
                measure("dashboard, all communities", runs, () -> services.stats().dashboard(quarter, null).figures().serviceRecords());
                measure("dashboard, one community", runs, () -> services.stats().dashboard(quarter, one).figures().serviceRecords());
            }
            if (only.equals("dashboard")) {
                return;
            }
            Path out = Files.createTempDirectory("zd-report-bench");
            measure("report, all communities", runs, () -> {
                ReportService.Result result = services.reports().write(
                        new ReportService.Request(quarter, List.of(), out.resolve("report.xlsx"), false),
                        Messages::get, ReportService.Monitor.NONE);
                return result.rows();
            });
            System.out.printf("report file %.1f MB%n", Files.size(out.resolve("report.xlsx")) / 1e6);
        }
    }

    private static void measure(String what, int runs, Supplier<Object> work) {
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            resetPeaks();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long processCpu = processCpuNanos();
            long gc = gcMillis();
            long start = System.nanoTime();
            Object answer = work.get();
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            double processCpuSeconds = (processCpuNanos() - processCpu) / 1e9;
            double gcSeconds = (gcMillis() - gc) / 1e3;
            walls.add(wall);
            System.out.printf("%-28s run %d: %6.2f s wall, %6.2f s CPU (this thread), %6.2f s CPU (process, all threads), %5.2f s in GC,"
                    + " peak heap %4d MiB, load %.1f  %s%n", what, i + 1, wall, cpuSeconds, processCpuSeconds, gcSeconds, peakHeap() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    answer instanceof Map<?, ?> m ? m : "records " + answer);
        }
        Collections.sort(walls);
        System.out.printf("%-28s median %.2f s (min %.2f, max %.2f)%n", what, walls.get(walls.size() / 2), walls.get(0),
                walls.get(walls.size() - 1));
    }

    /** CPU time of the whole JVM (GC and H2's threads included): steadier than wall time on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
