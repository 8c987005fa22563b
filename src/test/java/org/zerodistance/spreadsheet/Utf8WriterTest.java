package org.zerodistance.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The report's sheet writer encodes exactly as the JDK does, whichever way SXSSF hands it the characters. */
class Utf8WriterTest {

    private static final String SAMPLE = "<c r=\"A1\" s=\"5\"><is><t>王小明 · 3栋2单元401 &amp; café 𠀋𝄞 ok</t></is></c>\n";

    @Test
    void encodesTextAsStringGetBytesDoes() throws IOException {
        assertArrayEquals(SAMPLE.getBytes(StandardCharsets.UTF_8), written(SAMPLE, 0));
    }

    @Test
    void encodesUnpairedSurrogatesAsQuestionMarks() throws IOException {
        String broken = "a\uD800b\uDC00c\uD83D\uD83D\uDE00" + "end\uD800";
        for (int way = 0; way < 3; way++) {
            assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), written(broken, way));
        }
    }

    /** Far more than the buffer holds, so multi-byte characters and surrogate pairs fall across its boundary. */
    @Test
    void keepsCharactersWholeAcrossTheBuffer() throws IOException {
        SplittableRandom random = new SplittableRandom(8);
        StringBuilder text = new StringBuilder();
        String[] pieces = {"a", "<row r=\"12\">", "é", "王", "𠀋", "\uD800", "\uDC00", "\n", "&lt;"};
        while (text.length() < 300_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        String all = text.toString();
        for (int way = 0; way < 3; way++) {
            assertArrayEquals(all.getBytes(StandardCharsets.UTF_8), written(all, way));
        }
    }

    /** {@code way}: 0 a character at a time, 1 as strings, 2 as char arrays (in uneven pieces). */
    private static byte[] written(String text, int way) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QuarterReportWorkbook.Utf8Writer writer = new QuarterReportWorkbook.Utf8Writer(bytes)) {
            int i = 0;
            int piece = 1;
            while (i < text.length()) {
                int end = Math.min(text.length(), i + piece);
                switch (way) {
                    case 0 -> writer.write(text.charAt(i++));
                    case 1 -> {
                        writer.write(text, i, end - i);
                        i = end;
                    }
                    default -> {
                        writer.write(text.substring(i, end).toCharArray());
                        i = end;
                    }
                }
                piece = piece % 7 + 1;
            }
        }
        return bytes.toByteArray();
    }
}
