package org.zerodistance.service;

import java.nio.file.Path;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;

/**
 * Run in its own JVM by {@link KilledImportTest}: imports a file into a data folder, prints {@code WRITTEN n} as batches
 * go into the open transaction, and after {@code pauseAfter} rows waits (long enough for H2 to flush uncommitted pages
 * to disk) to be killed.
 */
public final class ImportUntilKilled {

    private ImportUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String community = args[1];
        Path file = Path.of(args[2]);
        int pauseAfter = Integer.parseInt(args[3]);
        try (AppContext context = AppContext.lock(new AppPaths(data))) {
            Services services = context.openDatabase();
            long id = services.communities().byName(community).id();
            services.imports().importFile(file, id, false, new ImportMonitor() {
                @Override
                public void written(int done, int total) {
                    System.out.println("WRITTEN " + done + " " + total);
                    System.out.flush();
                    if (done >= pauseAfter) {
                        try {
                            Thread.sleep(120_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            });
            System.out.println("FINISHED");
        }
    }
}
