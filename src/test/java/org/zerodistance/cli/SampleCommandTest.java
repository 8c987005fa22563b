package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.Quarter;

/** {@code sample load}: the sample community without the window; once only. */
class SampleCommandTest {

    @TempDir
    Path data;

    @Test
    void loadsTheSampleCommunityOnceAndItsQuarterHasFigures() throws Exception {
        CliRunner.Result loaded = CliRunner.run(data, "sample", "load", "--json");
        assertEquals(0, loaded.exitCode(), loaded.err());
        JsonNode json = Json.mapper().readTree(loaded.out());
        assertEquals("和平社区", json.get("community").asText());
        assertEquals(36, json.get("counts").get("members").asInt());
        assertEquals(23, json.get("counts").get("wishes").asInt());

        CliRunner.Result stats = CliRunner.run(data, "stats", "--quarter", Quarter.of(LocalDate.now()).code(),
                "--community", "和平社区", "--json");
        assertEquals(0, stats.exitCode(), stats.err());
        JsonNode figures = Json.mapper().readTree(stats.out());
        assertTrue(figures.get("wishesCollected").asInt() > 0, figures.toString());
        assertTrue(figures.get("helpRecords").asInt() > 0, figures.toString());

        CliRunner.Result again = CliRunner.run(data, "sample", "load");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("和平社区"), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
    }

    @Test
    void plainOutputSaysWhatWasLoaded() {
        CliRunner.Result loaded = CliRunner.run(data, "sample", "load");
        assertEquals(0, loaded.exitCode(), loaded.err());
        assertTrue(loaded.out().contains("和平社区") && loaded.out().contains("36"), loaded.out());
    }
}
