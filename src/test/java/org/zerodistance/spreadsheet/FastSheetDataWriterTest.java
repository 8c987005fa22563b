package org.zerodistance.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The report's sheet writer escapes text exactly as POI's own SheetDataWriter does. */
class FastSheetDataWriterTest {

    /** POI's writer, with its escaping made callable. */
    private static final class Poi extends SheetDataWriter {
        Poi(Writer writer) throws IOException {
            super(writer);
        }

        void escape(String text) throws IOException {
            outputEscapedString(text);
        }
    }

    @Test
    void escapesEveryKindOfCharacterAsPoiDoes() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "plain", "王小明 3栋2单元401", "<a href=\"x\">&amp;</a>",
                "line\nbreak\r\ttab\u00A0nbsp", "ctrl\u0001\u001F\u0000end", "\uFFFE\uFFFF\uFFFD", "𠀋𝄞 pairs",
                "lone \uD800 high", "lone \uDC00 low", "high at end \uD83D", "\uDE00\uD83D reversed", " spaces "));
        SplittableRandom random = new SplittableRandom(8);
        char[] alphabet = "a<>&\"\n\r\t\u00A0\u0001 王\uD800\uDC00\uFFFE\uFFFF\u007F\u0080".toCharArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            StringWriter poi = new StringWriter();
            new Poi(poi).escape(text);
            StringWriter ours = new StringWriter();
            new QuarterReportWorkbook.FastSheetDataWriter(ours).outputEscapedString(text);
            assertEquals(poi.toString(), ours.toString(), () -> "escaping " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
