package org.zerodistance.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Sheet data compressed while it is written, so the final zip needs no compressing of its own for the big parts.
 *
 * <p>SXSSF writes each sheet's rows to a temporary file and, when the workbook is saved, copies every file into the zip
 * through one deflater: for a large report that is a second or two on one core after the sheets are done. Here each
 * sheet's thread compresses its own rows as it writes them (SheetDataWriter's hook for temporary files) into a raw
 * deflate stream that ends on a byte boundary without a final block; at saving, the sheet's entry is the compressed
 * part before the rows (from SXSSF's template), these bytes as they are, and the compressed part after, joined into
 * one deflate stream, with the CRC-32 of the whole worked out from the three parts' CRCs. The XML is SXSSF's own.
 */
final class DeflatedSheets {

    /** An empty final block (fixed Huffman codes): ends a stream that was only flushed, for reading it back. */
    private static final byte[] FINAL_BLOCK = {3, 0};
    private static final String EMPTY_SHEET_DATA = "<sheetData/>";
    private static final String SHEET_DATA_END = "</sheetData>";

    private DeflatedSheets() {
    }

    /** Compresses what a sheet writer writes into {@code file}, counting and checksumming the bytes on the way. */
    static final class DeflatingStream extends OutputStream {
        private final OutputStream file;
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        private final CRC32 crc = new CRC32();
        private final byte[] buffer = new byte[1 << 16];
        private long size;
        private long compressedSize;
        private boolean closed;

        DeflatingStream(FileOutputStream file) {
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            crc.update(bytes, offset, length);
            size += length;
            deflater.setInput(bytes, offset, length);
            while (!deflater.needsInput()) {
                drain(Deflater.NO_FLUSH);
            }
        }

        private int drain(int flush) throws IOException {
            int n = deflater.deflate(buffer, 0, buffer.length, flush);
            file.write(buffer, 0, n);
            compressedSize += n;
            return n;
        }

        /** Flushes the deflater to a byte boundary (no final block: more compressed data follows in the entry). */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                while (drain(Deflater.SYNC_FLUSH) == buffer.length) {
                    // more output waiting
                }
            } finally {
                deflater.end();
                file.close();
            }
        }

        long crc() {
            return crc.getValue();
        }

        long size() {
            return size;
        }

        long compressedSize() {
            return compressedSize;
        }
    }

    /**
     * A sheet's data read back: inflated for any reader (as SXSSF would read its temporary file), or taken compressed
     * as it is by {@link #writeSheet}.
     */
    static final class SheetData extends InflaterInputStream {
        private final FileInputStream file;
        private final DeflatingStream written;

        SheetData(FileInputStream file, DeflatingStream written) {
            super(new SequenceInputStream(file, new ByteArrayInputStream(FINAL_BLOCK)), new Inflater(true));
            this.file = file;
            this.written = written;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                inf.end();
            }
        }
    }

    /**
     * Writes the zip entry {@code name} of a sheet: SXSSF's {@code template} of the sheet with {@code data} put in place
     * of its empty {@code <sheetData/>}, exactly as SXSSF puts it. Data that was not compressed on the way (no
     * {@link SheetData}) is compressed here.
     */
    static void writeSheet(ZipArchiveOutputStream zip, ZipArchiveEntry templateEntry, InputStream template, InputStream data)
            throws IOException {
        String xml = new String(template.readAllBytes(), StandardCharsets.UTF_8);
        String head;
        String tail;
        int empty = xml.indexOf(EMPTY_SHEET_DATA);
        int end = xml.indexOf(SHEET_DATA_END);
        if (empty >= 0) {
            head = xml.substring(0, empty) + "<sheetData>\n";
            tail = SHEET_DATA_END + xml.substring(empty + EMPTY_SHEET_DATA.length());
        } else if (end >= 0) {
            head = xml.substring(0, end);
            tail = xml.substring(end);
        } else {
            head = xml + "<sheetData>\n";
            tail = SHEET_DATA_END;
        }
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        ZipArchiveEntry entry = new ZipArchiveEntry(templateEntry.getName());
        if (templateEntry.getTime() >= 0) {
            entry.setTime(templateEntry.getTime());
        }
        if (!(data instanceof SheetData sheet)) {
            zip.putArchiveEntry(entry);
            zip.write(headBytes);
            data.transferTo(zip);
            zip.write(tailBytes);
            zip.closeArchiveEntry();
            return;
        }
        byte[] headDeflated = deflate(headBytes, false);
        byte[] tailDeflated = deflate(tailBytes, true);
        DeflatingStream rows = sheet.written;
        long crc = crc32Combine(crc32Combine(crc(headBytes), rows.crc(), rows.size()), crc(tailBytes), tailBytes.length);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(headBytes.length + rows.size() + tailBytes.length);
        entry.setCompressedSize(headDeflated.length + rows.compressedSize() + tailDeflated.length);
        entry.setCrc(crc);
        zip.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(headDeflated), sheet.file, new ByteArrayInputStream(tailDeflated)))));
    }

    /** {@code bytes} as raw deflate data: ending on a byte boundary ({@code last} false) or with the final block. */
    static byte[] deflate(byte[] bytes, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * The CRC-32 of two byte sequences one after the other, from their CRCs and the second one's length (zlib's
     * crc32_combine: appending {@code length} bytes is a linear map over GF(2), applied by repeated squaring).
     */
    static long crc32Combine(long crc1, long crc2, long length) {
        if (length <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1;
        long remaining = length;
        do {
            square(even, odd); // the first pass gives one zero byte
            if ((remaining & 1) != 0) {
                crc = times(even, crc);
            }
            remaining >>= 1;
            if (remaining == 0) {
                break;
            }
            square(odd, even);
            if ((remaining & 1) != 0) {
                crc = times(odd, crc);
            }
            remaining >>= 1;
        } while (remaining != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
