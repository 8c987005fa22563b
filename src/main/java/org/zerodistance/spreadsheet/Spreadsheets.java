package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a file as a spreadsheet by what it holds, not by its name: a zip package is read as xlsx, an OLE2 file as xls
 * (or refused as password-protected), plain text named .csv/.txt/.tsv as CSV. Anything else is refused with a reason.
 */
public final class Spreadsheets {

    private static final Logger LOG = LoggerFactory.getLogger(Spreadsheets.class);

    private Spreadsheets() {
    }

    public static Spreadsheet open(Path file) {
        byte[] head;
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new SpreadsheetException("import.refused.notFound", file.getFileName());
            }
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(512);
            }
        } catch (NoSuchFileException e) {
            throw SpreadsheetException.because(e, "import.refused.notFound", file.getFileName());
        } catch (IOException e) {
            LOG.warn("Could not read the file chosen for import", e);
            throw SpreadsheetException.because(e, "import.refused.unreadable");
        }
        if (head.length == 0) {
            throw new SpreadsheetException("import.refused.empty");
        }
        if (isZip(head)) {
            if (size > Limits.MAX_XLSX_BYTES) {
                throw new SpreadsheetException("import.refused.tooLarge");
            }
            return XlsxSpreadsheet.open(file);
        }
        if (isOle2(head)) {
            return openOle2(file, size);
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<html") || start.startsWith("<!doctype html") || start.contains("<table")
                || start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            throw new SpreadsheetException("import.refused.webPage");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) && looksLikeText(head)) {
            return CsvSpreadsheet.open(file);
        }
        throw new SpreadsheetException("import.refused.notSpreadsheet");
    }

    private static Spreadsheet openOle2(Path file, long size) {
        if (size > Limits.MAX_XLS_BYTES) {
            throw new SpreadsheetException("import.refused.xlsTooLarge", Limits.MAX_XLS_BYTES / (1024 * 1024));
        }
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Refused an OLE2 file that POI could not open", e);
            throw SpreadsheetException.because(e, "import.refused.corrupt");
        }
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new SpreadsheetException("import.refused.encrypted");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new SpreadsheetException("import.refused.notSpreadsheet");
            }
            XlsSpreadsheet xls = XlsSpreadsheet.open(root);
            return xls;
        } finally {
            try {
                fs.close();
            } catch (IOException e) {
                LOG.warn("Could not close an OLE2 file", e);
            }
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head) {
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** No NUL bytes (unless UTF-16 with a BOM) and few control characters. */
    private static boolean looksLikeText(byte[] head) {
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (utf16) {
            return true;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        return control * 20 < head.length;
    }
}
