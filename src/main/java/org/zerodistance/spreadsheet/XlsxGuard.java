package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an xlsx package before the streaming reader sees it. fastexcel-reader has no zip-bomb guard, so every part
 * is inflated once here, counting the bytes it really yields (declared sizes can lie): a part that inflates more than
 * 100× its compressed size past 1 MiB, or a package over the limits, is refused. XML parts are searched for a
 * DOCTYPE or entity declaration, which a real workbook never has (it is how external-entity attacks start).
 */
final class XlsxGuard {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxGuard.class);
    private static final byte[][] FORBIDDEN = {
        "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII), "<!ENTITY".getBytes(StandardCharsets.US_ASCII)};
    private static final int SCAN_PROLOG_BYTES = 64 * 1024;

    private XlsxGuard() {
    }

    /** Returns normally when the package looks like a harmless workbook; otherwise a refusal saying why. */
    static void check(Path file) {
        boolean hasWorkbook = false;
        boolean hasContentTypes = false;
        boolean encryptedMarker = false;
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > Limits.MAX_ZIP_ENTRIES) {
                throw new SpreadsheetException("import.refused.bomb");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                hasWorkbook |= lower.equals("xl/workbook.xml");
                hasContentTypes |= name.equals("[Content_Types].xml");
                encryptedMarker |= lower.equals("encryptioninfo") || lower.equals("encryptedpackage");
                boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long inflated = 0;
                int prologMatched0 = 0;
                int prologMatched1 = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        if (xml && inflated < SCAN_PROLOG_BYTES) {
                            int limit = (int) Math.min(n, SCAN_PROLOG_BYTES - inflated);
                            for (int i = 0; i < limit; i++) {
                                prologMatched0 = match(FORBIDDEN[0], prologMatched0, buffer[i]);
                                prologMatched1 = match(FORBIDDEN[1], prologMatched1, buffer[i]);
                                if (prologMatched0 == FORBIDDEN[0].length || prologMatched1 == FORBIDDEN[1].length) {
                                    LOG.warn("Refused an xlsx whose part {} declares a DOCTYPE or entity", name);
                                    throw new SpreadsheetException("import.refused.doctype");
                                }
                            }
                        }
                        inflated += n;
                        total += n;
                        if (inflated > Limits.RATIO_GRACE_BYTES && (double) compressed / inflated < Limits.MIN_INFLATE_RATIO) {
                            LOG.warn("Refused an xlsx whose part {} inflates more than {}x", name, (int) (1 / Limits.MIN_INFLATE_RATIO));
                            throw new SpreadsheetException("import.refused.bomb");
                        }
                        if (total > Limits.MAX_XLSX_INFLATED_BYTES
                                || (lower.endsWith("sharedstrings.xml") && inflated > Limits.MAX_SHARED_STRINGS_BYTES)) {
                            LOG.warn("Refused an xlsx that inflates past the limits (part {})", name);
                            throw new SpreadsheetException("import.refused.tooLarge");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            LOG.warn("Refused an xlsx that is not a readable zip package", e);
            throw SpreadsheetException.because(e, "import.refused.corrupt");
        } catch (IOException e) {
            LOG.warn("Refused an xlsx that could not be read", e);
            throw SpreadsheetException.because(e, "import.refused.corrupt");
        }
        if (encryptedMarker) {
            throw new SpreadsheetException("import.refused.encrypted");
        }
        if (!hasContentTypes || !hasWorkbook) {
            throw new SpreadsheetException("import.refused.notSpreadsheet");
        }
    }

    /** One step of a naive case-sensitive search for {@code needle}: returns how many bytes now match. */
    private static int match(byte[] needle, int matched, byte b) {
        if (b == needle[matched]) {
            return matched + 1;
        }
        return b == needle[0] ? 1 : 0;
    }
}
