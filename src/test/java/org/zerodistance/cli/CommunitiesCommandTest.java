package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;

/** The CLI contract: commands, --json field names and exit codes 0 / 2 / 1. */
class CommunitiesCommandTest {

    @TempDir
    Path data;

    @Test
    void versionAndHelpSucceed() {
        CliRunner.Result version = CliRunner.run(data, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("zero-distance "), version.out());
        CliRunner.Result help = CliRunner.run(data, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("communities"), help.out());
        assertTrue(help.out().contains("--data-dir"), help.out());
    }

    @Test
    void addThenListAsJson() throws Exception {
        assertEquals(0, CliRunner.run(data, "communities", "add", "城东社区").exitCode());
        assertEquals(0, CliRunner.run(data, "communities", "add", "城西社区").exitCode());
        CliRunner.Result list = CliRunner.run(data, "communities", "list", "--json");
        assertEquals(0, list.exitCode(), list.err());
        JsonNode json = Json.mapper().readTree(list.out());
        assertEquals(2, json.size());
        assertEquals("城东社区", json.get(0).get("name").asText());
        assertTrue(json.get(0).get("id").isNumber());
        assertEquals(false, json.get(0).get("archived").asBoolean());
        CliRunner.Result plain = CliRunner.run(data, "communities", "list");
        assertEquals("城东社区" + System.lineSeparator() + "城西社区" + System.lineSeparator(), plain.out());
    }

    @Test
    void refusedWorkExitsTwoWithOneLineOnStderr() {
        assertEquals(0, CliRunner.run(data, "communities", "add", "城东社区").exitCode());
        CliRunner.Result duplicate = CliRunner.run(data, "communities", "add", "城东社区");
        assertEquals(2, duplicate.exitCode());
        assertTrue(duplicate.err().contains("城东社区"), duplicate.err());
        assertEquals(1, duplicate.err().strip().lines().count(), duplicate.err());
        CliRunner.Result blank = CliRunner.run(data, "communities", "add", "  ");
        assertEquals(2, blank.exitCode());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CliRunner.run(data, "communities", "list", "--no-such-option").exitCode());
        assertEquals(2, CliRunner.run(data, "no-such-command").exitCode());
        assertEquals(2, CliRunner.run(data, "communities", "add").exitCode());
    }

    @Test
    void aFolderInUseIsRefusedUntouched() throws Exception {
        try (AppContext gui = AppContext.lock(new AppPaths(data))) {
            CliRunner.Result refused = CliRunner.run(data, "communities", "add", "城东社区");
            assertEquals(2, refused.exitCode());
            assertTrue(refused.err().contains(data.toString()), refused.err());
            assertTrue(!refused.err().contains("Exception"), refused.err());
        }
        CliRunner.Result list = CliRunner.run(data, "communities", "list", "--json");
        assertEquals("[ ]", list.out().strip(), "nothing was written while the folder was in use");
    }
}
