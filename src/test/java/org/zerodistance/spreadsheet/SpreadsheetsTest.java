package org.zerodistance.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.testutil.SheetFiles;

/** Reading xlsx, xls and csv into numbered rows, and refusing files that cannot be read safely. */
class SpreadsheetsTest {

    @TempDir
    Path dir;

    private static List<SheetRow> rows(Path file) {
        try (Spreadsheet sheet = Spreadsheets.open(file); RowCursor cursor = sheet.rows(0)) {
            List<SheetRow> rows = new ArrayList<>();
            cursor.forEachRemaining(rows::add);
            return rows;
        }
    }

    private static SheetRow row(List<SheetRow> rows, int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst().orElseThrow(() -> new AssertionError("no row " + number));
    }

    private static SheetFiles members() {
        return SheetFiles.sheet("党员名单")
                .row("城东社区报到党员名单").mergeLastRow(0, 4)
                .blankRow()
                .row("序号", "姓名", "身份证号", "报到日期", "人数")
                .row(1, "张伟", "630102198001010011", LocalDate.of(2023, 5, 1), new SheetFiles.Formula("1+2"))
                .row(2, "=李娜", "630102198001010011", "2023/5/1", new SheetFiles.Formula("\"合计\"&\"3\""));
    }

    @Test
    void xlsxRowsKeepExcelNumbersTypesDatesAndCachedFormulaValues() throws IOException {
        List<SheetRow> rows = rows(members().xlsx(dir.resolve("a.xlsx")));
        assertEquals("城东社区报到党员名单", row(rows, 1).cell(0).display());
        SheetRow header = row(rows, 3);
        assertEquals("身份证号", header.cell(2).display());
        SheetRow first = row(rows, 4);
        assertEquals(CellValue.Kind.NUMBER, first.cell(0).kind());
        assertEquals("1", first.cell(0).display());
        assertEquals(CellValue.Kind.DATE, first.cell(3).kind());
        assertEquals(LocalDate.of(2023, 5, 1), first.cell(3).date().toLocalDate());
        assertEquals("2023-05-01", first.cell(3).display());
        assertEquals("3", first.cell(4).display(), "a formula is read by its cached value");
        SheetRow second = row(rows, 5);
        assertEquals("=李娜", second.cell(1).display(), "text that looks like a formula stays text");
        assertEquals("合计3", second.cell(4).display());
    }

    @Test
    void xlsRowsAreReadTheSameWay() throws IOException {
        List<SheetRow> rows = rows(members().xls(dir.resolve("a.xls")));
        assertEquals("序号", row(rows, 3).cell(0).display());
        SheetRow first = row(rows, 4);
        assertEquals("张伟", first.cell(1).display());
        assertEquals(LocalDate.of(2023, 5, 1), first.cell(3).date().toLocalDate());
        assertEquals("3", first.cell(4).display());
        assertEquals("=李娜", row(rows, 5).cell(1).display());
        assertEquals("合计3", row(rows, 5).cell(4).display());
    }

    @Test
    void aLongNumberKeepsItsDigitsAsExcelStoredThem() throws IOException {
        Path file = SheetFiles.sheet("s").row("身份证号").row(630102198001010011d).row(13812345678d).xlsx(dir.resolve("n.xlsx"));
        List<SheetRow> rows = rows(file);
        CellValue id = rows.get(1).cell(0);
        assertEquals(CellValue.Kind.NUMBER, id.kind());
        assertEquals(18, id.display().length());
        assertTrue(!id.display().equals("630102198001010011"), "a double cannot hold 18 digits");
        assertEquals("13812345678", rows.get(2).cell(0).display());
    }

    @Test
    void csvInGbkWithCommasQuotesAndLineBreaks() throws IOException {
        Path file = SheetFiles.sheet("s")
                .row("姓名", "工作单位", "特长")
                .row("张伟", "市教育局,办公室", "法律咨询\n心理疏导")
                .row("李娜", "说\"好\"的", "")
                .csv(dir.resolve("gbk.csv"), Charset.forName("GBK"), ',', false);
        try (Spreadsheet sheet = Spreadsheets.open(file)) {
            assertEquals(CsvSpreadsheet.GB18030, ((CsvSpreadsheet) sheet).charset());
        }
        List<SheetRow> rows = rows(file);
        assertEquals(1, rows.get(0).number(), "the header is record 1");
        assertEquals("姓名", rows.get(0).cell(0).display());
        assertEquals("市教育局,办公室", rows.get(1).cell(1).display());
        assertEquals("法律咨询\n心理疏导", rows.get(1).cell(2).display());
        assertEquals(3, rows.get(2).number(), "a record spanning two lines is still one record");
        assertEquals("说\"好\"的", rows.get(2).cell(1).display());
    }

    @Test
    void csvInUtf8WithAndWithoutBomAndOtherDelimiters() throws IOException {
        SheetFiles data = SheetFiles.sheet("s").row("姓名", "单位").row("王芳", "区卫健委;医院").row("=SUM(1)", "+86");
        Path bomSemicolon = data.csv(dir.resolve("bom.csv"), StandardCharsets.UTF_8, ';', true);
        Path plainTab = data.csv(dir.resolve("tab.csv"), StandardCharsets.UTF_8, '\t', false);
        for (Path file : List.of(bomSemicolon, plainTab)) {
            try (Spreadsheet sheet = Spreadsheets.open(file)) {
                assertEquals(StandardCharsets.UTF_8, ((CsvSpreadsheet) sheet).charset(), file.toString());
            }
            List<SheetRow> rows = rows(file);
            assertEquals("姓名", rows.get(0).cell(0).display(), "no BOM left in the first cell");
            assertEquals("区卫健委;医院", rows.get(1).cell(1).display());
            assertEquals("=SUM(1)", rows.get(2).cell(0).display());
            assertEquals("+86", rows.get(2).cell(1).display());
        }
        try (Spreadsheet sheet = Spreadsheets.open(plainTab)) {
            assertEquals('\t', ((CsvSpreadsheet) sheet).delimiter());
        }
    }

    @Test
    void csvBlankLinesKeepTheNumbering() throws IOException {
        Path file = dir.resolve("blank.csv");
        Files.writeString(file, "名单\r\n\r\n姓名,身份证号\r\n张伟,1\r\n", StandardCharsets.UTF_8);
        List<SheetRow> rows = rows(file);
        assertEquals(3, rows.stream().filter(r -> r.cell(0).display().equals("姓名")).findFirst().orElseThrow().number());
        assertTrue(rows.get(1).isBlank());
    }

    @Test
    void headerIsFoundBelowTitleAndBlankRowsInAnyOrder() throws IOException {
        Path file = SheetFiles.sheet("s")
                .row("某某单位在职党员到社区报到名单").mergeLastRow(0, 5)
                .blankRow()
                .row("填表日期：2023年5月")
                .row("备注", "联系电话", "公民身份号码", "姓 名", "党支部")
                .row("", "13812345678", "x", "张伟", "一支部")
                .xlsx(dir.resolve("h.xlsx"));
        HeaderDetector<String> detector = new HeaderDetector<>(t -> switch (t.replace(" ", "")) {
            case "姓名" -> "NAME";
            case "公民身份号码" -> "ID";
            case "联系电话" -> "PHONE";
            default -> null;
        }, "ID", 2);
        try (Spreadsheet sheet = Spreadsheets.open(file)) {
            HeaderDetector.Header<String> header = detector.find(sheet, 0).orElseThrow();
            assertEquals(4, header.rowNumber());
            assertEquals(3, header.columns().get("NAME"));
            assertEquals(2, header.columns().get("ID"));
            assertEquals(1, header.columns().get("PHONE"));
        }
    }

    // ---- refusals ----

    private static String refusal(Path file) {
        SpreadsheetException e = assertThrows(SpreadsheetException.class, () -> rows(file));
        return e.messageKey();
    }

    @Test
    void notASpreadsheetIsRefused() throws IOException {
        Path random = dir.resolve("photo.xlsx");
        Files.write(random, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertEquals("import.refused.notSpreadsheet", refusal(random));

        Path docx = dir.resolve("letter.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("import.refused.notSpreadsheet", refusal(docx));

        Path web = dir.resolve("export.xls");
        Files.writeString(web, "<html><body><table><tr><td>姓名</td></tr></table></body></html>");
        assertEquals("import.refused.webPage", refusal(web));

        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertEquals("import.refused.empty", refusal(empty));
    }

    @Test
    void corruptFilesAreRefused() throws IOException {
        byte[] whole = Files.readAllBytes(members().xlsx(dir.resolve("whole.xlsx")));
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals("import.refused.corrupt", refusal(cut));

        byte[] xls = Files.readAllBytes(members().xls(dir.resolve("whole.xls")));
        Path cutXls = dir.resolve("cut.xls");
        Files.write(cutXls, java.util.Arrays.copyOf(xls, 1024));
        assertEquals("import.refused.corrupt", refusal(cutXls));
    }

    @Test
    void passwordProtectedXlsxAndXlsAreRefused() throws Exception {
        byte[] plain = Files.readAllBytes(members().xlsx(dir.resolve("plain.xlsx")));
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
        assertEquals("import.refused.encrypted", refusal(encrypted));

        Path xls = dir.resolve("secret.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue("姓名");
            Biff8EncryptionKey.setCurrentUserPassword("123456");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertEquals("import.refused.encrypted", refusal(xls));
    }

    @Test
    void aDecompressionBombIsRefusedWithoutInflatingIt() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 64; i++) { // 64 MiB of spaces, about 64 KiB compressed
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        long started = System.nanoTime();
        assertEquals("import.refused.bomb", refusal(bomb));
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "refused early, not after inflating it all");
    }

    @Test
    void xmlWithADoctypeOrExternalEntityIsRefused() throws IOException {
        Path good = members().xlsx(dir.resolve("good.xlsx"));
        Path evil = dir.resolve("xxe.xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
                    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                            + xml.replaceFirst("张伟", "&xxe;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
        assertEquals("import.refused.doctype", refusal(evil));
    }

    @Test
    void aCsvQuoteThatNeverClosesIsRefusedNotSwallowed() throws IOException {
        Path file = dir.resolve("quote.csv");
        StringBuilder text = new StringBuilder("姓名,身份证号\n张伟,\"630102");
        String filler = "这一行没有结束引号，后面的内容都被当作同一个字段，".repeat(10) + "\n";
        while (text.length() < 3 * 1024 * 1024) {
            text.append(filler);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertEquals("import.refused.csvQuote", refusal(file));
    }

    @Test
    void tooManyRowsAreRefused() throws IOException {
        Path file = dir.resolve("many.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] line = "张伟,1\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i <= Limits.MAX_ROWS; i++) {
            bytes.write(line);
        }
        Files.write(file, bytes.toByteArray());
        assertEquals("import.refused.tooManyRows", refusal(file));
    }
}
