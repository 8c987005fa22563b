package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.testutil.SheetFiles;

/** {@code import-members}: exit codes, the JSON contract, dry runs and refusals. */
class ImportMembersCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path files;

    private Path list;

    @BeforeEach
    void setUp() throws IOException {
        assertEquals(0, CliRunner.run(data, "communities", "add", "城东社区").exitCode());
        list = SheetFiles.sheet("党员名单")
                .row("城东社区党员名单").mergeLastRow(0, 3)
                .row("姓名", "身份证号", "手机", "工作单位")
                .row("张伟", IdNumbers.valid(1), "13812345678", "市教育局")
                .row("", IdNumbers.valid(2), "", "")
                .row("李娜", IdNumbers.valid(3), "123", "")
                .xlsx(files.resolve("名单.xlsx"));
    }

    private static JsonNode json(CliRunner.Result result) throws IOException {
        return Json.mapper().readTree(result.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonReportHasExactlyTheContractedFields() throws IOException {
        CliRunner.Result result = CliRunner.run(data, "import-members", "--community", "城东社区", "--json", list.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode report = json(result);
        assertEquals(List.of("file", "sheet", "headerRow", "rowsRead", "imported", "updated", "unchanged", "rejected", "rejectedRows"),
                fieldNames(report));
        assertEquals(list.toString(), report.get("file").asText());
        assertEquals("党员名单", report.get("sheet").asText());
        assertEquals(2, report.get("headerRow").asInt());
        assertEquals(3, report.get("rowsRead").asInt());
        assertEquals(1, report.get("imported").asInt());
        assertEquals(0, report.get("updated").asInt());
        assertEquals(0, report.get("unchanged").asInt());
        assertEquals(2, report.get("rejected").asInt());
        JsonNode rejected = report.get("rejectedRows");
        assertEquals(List.of("row", "reason"), fieldNames(rejected.get(0)));
        assertEquals(4, rejected.get(0).get("row").asInt());
        assertTrue(rejected.get(0).get("reason").asText().contains("姓名"), rejected.toString());
        assertEquals(5, rejected.get(1).get("row").asInt());
        assertTrue(rejected.get(1).get("reason").asText().contains("123"), rejected.toString());
        assertFalse(result.out().contains(IdNumbers.valid(1)), "no ID number is printed");

        JsonNode again = json(CliRunner.run(data, "import-members", "--community", "城东社区", "--json", list.toString()));
        assertEquals(0, again.get("imported").asInt());
        assertEquals(1, again.get("unchanged").asInt());
    }

    @Test
    void dryRunReportsTheSameAndWritesNothing() throws IOException {
        JsonNode dry = json(CliRunner.run(data, "import-members", "--community", "城东社区", "--dry-run", "--json", list.toString()));
        assertEquals(1, dry.get("imported").asInt());
        JsonNode real = json(CliRunner.run(data, "import-members", "--community", "城东社区", "--json", list.toString()));
        assertEquals(1, real.get("imported").asInt(), "the dry run wrote nothing");
    }

    @Test
    void textReportNamesTheRejectedRows() {
        CliRunner.Result result = CliRunner.run(data, "import-members", "--community", "城东社区", list.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("第 4 行"), result.out());
        assertTrue(result.out().contains("新增 1"), result.out());
    }

    @Test
    void refusedFilesExitTwoWithTheReasonOnStderr() throws IOException {
        Path noId = SheetFiles.sheet("s").row("姓名", "手机").row("张伟", "13812345678").xlsx(files.resolve("noid.xlsx"));
        CliRunner.Result result = CliRunner.run(data, "import-members", "--community", "城东社区", "--json", noId.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("身份证号"), result.err());
        assertEquals("", result.out().strip());

        Path broken = files.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0});
        CliRunner.Result corrupt = CliRunner.run(data, "import-members", "--community", "城东社区", broken.toString());
        assertEquals(2, corrupt.exitCode());
        assertTrue(corrupt.err().contains("损坏"), corrupt.err());

        CliRunner.Result missing = CliRunner.run(data, "import-members", "--community", "城东社区", files.resolve("nope.xlsx").toString());
        assertEquals(2, missing.exitCode());

        CliRunner.Result noCommunity = CliRunner.run(data, "import-members", "--community", "不存在社区", list.toString());
        assertEquals(2, noCommunity.exitCode());
        assertTrue(noCommunity.err().contains("不存在社区"), noCommunity.err());

        JsonNode after = json(CliRunner.run(data, "import-members", "--community", "城东社区", "--dry-run", "--json", list.toString()));
        assertEquals(1, after.get("imported").asInt(), "nothing was written by the refused runs");
    }
}
