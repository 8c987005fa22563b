package org.zerodistance.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet compressed while written makes a zip entry that any zip reader inflates and checks to the same bytes. */
class DeflatedSheetsTest {

    @TempDir
    Path folder;

    @Test
    void combinedChecksumsAreTheChecksumOfTheWhole() {
        SplittableRandom random = new SplittableRandom(8);
        for (int length : new int[] {0, 1, 7, 1000, 70_000}) {
            byte[] first = new byte[random.nextInt(3000)];
            byte[] second = new byte[length];
            random.nextBytes(first);
            random.nextBytes(second);
            CRC32 whole = new CRC32();
            whole.update(first);
            whole.update(second);
            assertEquals(whole.getValue(), DeflatedSheets.crc32Combine(crc(first), crc(second), length), "length " + length);
        }
    }

    @Test
    void aSheetEntryHoldsTheTemplateWithTheRowsInPlace() throws IOException {
        StringBuilder rows = new StringBuilder();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 1; i <= 20_000; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\" t=\"inlineStr\"><is><t>王")
                    .append(random.nextInt(1_000_000)).append("</t></is></c></row>\n");
        }
        String template = "<?xml version=\"1.0\"?><worksheet><dimension ref=\"A1\"/><sheetData/><pageMargins/></worksheet>";
        String expected = "<?xml version=\"1.0\"?><worksheet><dimension ref=\"A1\"/><sheetData>\n" + rows
                + "</sheetData><pageMargins/></worksheet>";

        for (boolean compressedOnTheWay : new boolean[] {true, false}) {
            Path data = folder.resolve("rows-" + compressedOnTheWay);
            Path zipFile = folder.resolve("book-" + compressedOnTheWay + ".zip");
            DeflatedSheets.DeflatingStream deflating = new DeflatedSheets.DeflatingStream(new FileOutputStream(data.toFile()));
            try (OutputStream out = deflating) {
                out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream sheet = compressedOnTheWay ? new DeflatedSheets.SheetData(new FileInputStream(data.toFile()), deflating)
                    : new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8));
                 ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(zipFile))) {
                DeflatedSheets.writeSheet(zip, new ZipArchiveEntry("xl/worksheets/sheet1.xml"),
                        new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), sheet);
            }
            try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
                byte[] read = zip.getInputStream(entry).readAllBytes(); // java.util.zip checks the CRC at the end
                assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), read);
                assertEquals(crc(expected.getBytes(StandardCharsets.UTF_8)), entry.getCrc());
            }
            // Read front to back as well, the way POI opens a workbook.
            try (ZipArchiveInputStream zip = new ZipArchiveInputStream(Files.newInputStream(zipFile))) {
                assertEquals("xl/worksheets/sheet1.xml", zip.getNextEntry().getName());
                assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), zip.readAllBytes());
                assertEquals(null, zip.getNextEntry());
            }
        }
    }

    @Test
    void compressedRowsReadBackInflated() throws IOException {
        Path data = folder.resolve("rows");
        byte[] rows = "<row r=\"1\"/>\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        DeflatedSheets.DeflatingStream deflating = new DeflatedSheets.DeflatingStream(new FileOutputStream(data.toFile()));
        try (OutputStream out = deflating) {
            out.write(rows);
        }
        try (InputStream in = new DeflatedSheets.SheetData(new FileInputStream(data.toFile()), deflating)) {
            assertArrayEquals(rows, in.readAllBytes());
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
