package org.zerodistance.spreadsheet;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mozilla.universalchardet.UniversalDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CSV file: encoding (UTF-8 with or without BOM, UTF-16 with BOM, else GBK/GB18030 as detected) and delimiter
 * (comma, semicolon or tab) found from the file itself; quoted fields may hold delimiters and line breaks.
 * Records are numbered from 1 including empty lines, so the numbers match the rows Excel shows for the file.
 */
final class CsvSpreadsheet implements Spreadsheet {

    private static final Logger LOG = LoggerFactory.getLogger(CsvSpreadsheet.class);
    private static final int SNIFF_BYTES = 256 * 1024;
    static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final String sheetName;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;

    private CsvSpreadsheet(Path file, Charset charset, int bomLength, char delimiter) {
        this.file = file;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.sheetName = dot > 0 ? name.substring(0, dot) : name;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
    }

    static CsvSpreadsheet open(Path file) {
        try {
            if (Files.size(file) > Limits.MAX_CSV_BYTES) {
                throw new SpreadsheetException("import.refused.tooLarge");
            }
            byte[] head = readHead(file);
            int bom = 0;
            Charset charset;
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                bom = 3;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            } else {
                charset = detect(file, head);
            }
            String text = new String(head, bom, head.length - bom, charset);
            return new CsvSpreadsheet(file, charset, bom, delimiterOf(text));
        } catch (IOException e) {
            LOG.warn("Could not read a CSV file", e);
            throw SpreadsheetException.because(e, "import.refused.unreadable");
        }
    }

    /** UTF-8 when the whole file decodes as UTF-8; otherwise what the detector says, GB18030 (a superset of GBK) by default. */
    static Charset detect(Path file, byte[] head) throws IOException {
        if (isUtf8(file)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(head, 0, head.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null && (name.equalsIgnoreCase("BIG5") || name.equalsIgnoreCase("UTF-16LE") || name.equalsIgnoreCase("UTF-16BE"))
                && Charset.isSupported(name)) {
            return Charset.forName(name);
        }
        // GB18030 for GB2312/GBK/GB18030 and for anything else a Chinese office produces without saying so.
        return GB18030;
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            byte[] chunk = new byte[64 * 1024];
            ByteBuffer bytes = ByteBuffer.allocate(chunk.length * 2);
            CharBuffer chars = CharBuffer.allocate(chunk.length * 2);
            int n;
            while ((n = in.read(chunk)) > 0) {
                bytes.put(chunk, 0, n);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError() && !bytes.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The candidate seen most often outside quotes in the first lines; comma when there is none. */
    static char delimiterOf(String text) {
        char[] candidates = {',', ';', '\t'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < 50; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public Format format() {
        return Format.CSV;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheetName);
    }

    @Override
    public RowCursor rows(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        CSVParser parser;
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            in.skipNBytes(bomLength);
            Reader reader = new RecordLengthGuard(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setTrim(false)
                    .get();
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException e) {
            LOG.warn("Could not open a CSV file", e);
            throw SpreadsheetException.because(e, "import.refused.unreadable");
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new RowCursor() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw translate(e);
                }
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw translate(e);
                }
                if (record.getRecordNumber() > Limits.MAX_ROWS) {
                    throw new SpreadsheetException("import.refused.tooManyRows", Limits.MAX_ROWS);
                }
                int width = Math.min(record.size(), Limits.MAX_COLUMNS);
                List<CellValue> cells = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    cells.add(CellValue.text(Cells.clip(record.get(i))));
                }
                return new SheetRow((int) record.getRecordNumber(), cells);
            }

            @Override
            public void close() {
                try {
                    parser.close();
                } catch (IOException e) {
                    LOG.warn("Could not close a CSV file", e);
                }
            }
        };
    }

    private static RuntimeException translate(UncheckedIOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLongException) {
                return new SpreadsheetException("import.refused.csvQuote", Limits.MAX_CSV_RECORD_CHARS);
            }
        }
        LOG.warn("A CSV file broke off while reading", e);
        return SpreadsheetException.because(e, "import.refused.corrupt");
    }

    @Override
    public void close() {
        // each cursor closes its own reader
    }

    /** Thrown inside the parser's reader when a record grows past the limit (a quote that never closes). */
    private static final class RecordTooLongException extends IOException {
        RecordTooLongException() {
            super("CSV record longer than " + Limits.MAX_CSV_RECORD_CHARS + " characters");
        }
    }

    /** Counts characters since the last line break outside quotes; quotes are toggled by every {@code "} (RFC 4180). */
    private static final class RecordLengthGuard extends FilterReader {
        private boolean quoted;
        private int sinceBreak;

        RecordLengthGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) throws IOException {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                sinceBreak = 0;
                return;
            }
            if (++sinceBreak > Limits.MAX_CSV_RECORD_CHARS) {
                throw new RecordTooLongException();
            }
        }
    }
}
