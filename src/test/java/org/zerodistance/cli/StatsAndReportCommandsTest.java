package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.domain.Figure;
import org.zerodistance.testutil.QuarterData;

/** {@code stats} and {@code report} through the real command line: output, JSON field names, exit codes. */
class StatsAndReportCommandsTest {

    /** The JSON contract of {@code stats --json}, in order. */
    private static final List<String> FIELDS = List.of("quarter", "from", "to", "community", "members", "newMembers",
            "households", "householdsVisited", "visitRate", "householdsVisitedEver", "recognitionRate", "wishesCollected",
            "wishesClaimed", "groupClaims", "wishesFulfilled", "claimRate", "fulfilmentRate", "pairsActive", "pairsNew",
            "helpRecords", "fundsCash", "fundsMaterials", "fundsTotal", "teams", "postClaims", "commitments",
            "serviceRecords", "points");

    @TempDir
    Path data;
    @TempDir
    Path out;

    @BeforeEach
    void load() throws Exception {
        try (AppContext context = AppContext.lock(new AppPaths(data))) {
            QuarterData.load(context.openDatabase().database());
        }
    }

    @Test
    void statsJsonHasTheDocumentedFieldsAndTheHandCountedValues() throws Exception {
        CliRunner.Result all = CliRunner.run(data, "stats", "--quarter", "2026Q3", "--json");
        assertEquals(0, all.exitCode(), all.err());
        JsonNode json = Json.mapper().readTree(all.out());
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(FIELDS, names);
        assertEquals(FIELDS.size() - 4, Figure.values().length, "one field per figure");
        assertEquals("2026Q3", json.get("quarter").asText());
        assertEquals("2026-07-01", json.get("from").asText());
        assertEquals("2026-09-30", json.get("to").asText());
        assertTrue(json.get("community").isNull());
        assertEquals(5, json.get("members").asLong());
        assertEquals(6, json.get("wishesCollected").asLong());
        assertEquals("1000.00", json.get("fundsCash").asText());
        assertEquals("1350.50", json.get("fundsTotal").asText());
        assertEquals(13.0, json.get("points").asDouble());
        assertEquals(0.5, json.get("claimRate").asDouble(), 1e-9);

        CliRunner.Result east = CliRunner.run(data, "stats", "--quarter", "2026Q3", "--community", "城东社区", "--json");
        assertEquals(0, east.exitCode(), east.err());
        JsonNode eastJson = Json.mapper().readTree(east.out());
        assertEquals("城东社区", eastJson.get("community").asText());
        assertEquals(4, eastJson.get("members").asLong());
        assertEquals(0.6, eastJson.get("claimRate").asDouble(), 1e-9);
    }

    @Test
    void statsWithoutJsonPrintsOneLabelledLinePerFigure() {
        CliRunner.Result plain = CliRunner.run(data, "stats", "--quarter", "2026Q3", "--community", "城东社区");
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(plain.out().contains("在册党员: 4"), plain.out());
        assertTrue(plain.out().contains("认领率: 60.0%"), plain.out());
        assertTrue(plain.out().contains("帮扶现金(元): 1,000.00"), plain.out());
    }

    @Test
    void badInputExitsTwoWithAReason() {
        CliRunner.Result quarter = CliRunner.run(data, "stats", "--quarter", "2026Q5", "--json");
        assertEquals(2, quarter.exitCode());
        assertFalse(quarter.err().isBlank());
        CliRunner.Result community = CliRunner.run(data, "stats", "--quarter", "2026Q3", "--community", "无此社区");
        assertEquals(2, community.exitCode());
        assertTrue(community.err().contains("无此社区"), community.err());
        assertEquals(2, CliRunner.run(data, "stats").exitCode(), "--quarter is required");
        assertEquals(2, CliRunner.run(data, "report", "--quarter", "2026Q3").exitCode(), "--out is required");
        CliRunner.Result csv = CliRunner.run(data, "report", "--quarter", "2026Q3", "--out", out.resolve("r.csv").toString());
        assertEquals(2, csv.exitCode());
        assertTrue(csv.err().contains(".xlsx"), csv.err());
        CliRunner.Result folder = CliRunner.run(data, "report", "--quarter", "2026Q3", "--out",
                out.resolve("missing").resolve("r.xlsx").toString());
        assertEquals(2, folder.exitCode());
    }

    @Test
    void reportWritesTheWorkbookForTheChosenCommunities() throws Exception {
        Path file = out.resolve("2026Q3.xlsx");
        CliRunner.Result result = CliRunner.run(data, "report", "--quarter", "2026Q3", "--community", "城东社区",
                "--community", "城西社区", "--out", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("服务记录：6 行"), result.out());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(6, book.getNumberOfSheets());
            assertEquals("城西社区", book.getSheet("汇总").getRow(4).getCell(0).getStringCellValue());
            assertTrue(book.getSheet("党员积分").getRow(2).getCell(3).getStringCellValue().contains("*"), "masked by default");
        }
        Path clear = out.resolve("clear.xlsx");
        CliRunner.Result unmasked = CliRunner.run(data, "report", "--quarter", "2026Q3", "--out", clear.toString(), "--unmask");
        assertEquals(0, unmasked.exitCode(), unmasked.err());
        try (InputStream in = Files.newInputStream(clear); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(QuarterData.ZHANG_ID, book.getSheet("党员积分").getRow(2).getCell(3).getStringCellValue());
        }
    }
}
