package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo generate}: exit codes, refusal on a folder with data, and the same data from the same seed. */
class DemoCommandTest {

    private static final String[] SMALL = {"demo", "generate", "--communities", "3", "--members", "120",
            "--households", "60", "--wishes", "150", "--records", "800", "--last-quarter", "2026Q3"};

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path third;

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
        CliRunner.Result generated = CliRunner.run(first, with(SMALL, "--seed", "7"));
        assertEquals(0, generated.exitCode(), generated.err());
        assertTrue(generated.out().contains("service_record：800 行"), generated.out());
        assertEquals(0, CliRunner.run(second, with(SMALL, "--seed", "7")).exitCode());
        assertEquals(0, CliRunner.run(third, with(SMALL, "--seed", "8")).exitCode());
        String a = stats(first);
        assertEquals(a, stats(second));
        assertNotEquals(a, stats(third));
        assertEquals(0, CliRunner.run(first, "communities", "add", "新社区").exitCode(), "identity counters moved past the ids");
    }

    @Test
    void aFolderWithDataIsRefused() {
        assertEquals(0, CliRunner.run(first, "communities", "add", "城东社区").exitCode());
        CliRunner.Result refused = CliRunner.run(first, with(SMALL, "--seed", "1"));
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--data-dir"), refused.err());
        assertEquals(2, CliRunner.run(second, "demo", "generate", "--communities", "0").exitCode());
        assertEquals(2, CliRunner.run(second, "demo", "generate", "--last-quarter", "2026Q9").exitCode());
    }

    private static String stats(Path folder) {
        CliRunner.Result result = CliRunner.run(folder, "stats", "--quarter", "2026Q3", "--json");
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
