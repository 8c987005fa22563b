package org.zerodistance.spreadsheet;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.zerodistance.domain.CommitmentLetter;

/**
 * Lays a commitment letter out as a Word document ready to print on A4: a centred title, indented paragraphs,
 * the commitments, then the lines to sign and date by hand. Runs name a Chinese font for East Asian text
 * (宋体 for the body, 黑体 for the title), so Word does not fall back to a Western font.
 */
public final class CommitmentLetterDocument {

    public static final String BODY_FONT = "宋体";
    public static final String TITLE_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";
    /** Twentieths of a point: A4 is 11906 × 16838, margins 2.5 cm / 2.2 cm. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;

    private CommitmentLetterDocument() {
    }

    /** Writes {@code letter} to {@code target} (through a temporary file, so a failure leaves no half document). */
    public static void write(CommitmentLetter letter, Path target) throws IOException {
        try (XWPFDocument document = build(letter)) {
            SafeFiles.write(target, document::write);
        }
    }

    static XWPFDocument build(CommitmentLetter letter) {
        XWPFDocument document = new XWPFDocument();
        pageSetup(document);

        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingAfter(480);
        run(title, letter.title(), TITLE_FONT, 22, true);

        for (String text : letter.paragraphs()) {
            body(document, text, true);
        }
        if (letter.commitmentsIntro() != null) {
            body(document, letter.commitmentsIntro(), true);
        }
        for (String commitment : letter.commitments()) {
            body(document, commitment, true);
        }
        if (letter.closing() != null) {
            body(document, letter.closing(), true);
        }

        XWPFParagraph signature = document.createParagraph();
        signature.setAlignment(ParagraphAlignment.RIGHT);
        signature.setSpacingBefore(960);
        signature.setSpacingAfter(360);
        run(signature, letter.signatureLine(), BODY_FONT, 14, false);

        XWPFParagraph date = document.createParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        run(date, letter.dateLine(), BODY_FONT, 14, false);

        if (letter.footer() != null) {
            XWPFParagraph footer = document.createParagraph();
            footer.setAlignment(ParagraphAlignment.RIGHT);
            footer.setSpacingBefore(600);
            run(footer, letter.footer(), BODY_FONT, 14, false);
        }
        return document;
    }

    private static void body(XWPFDocument document, String text, boolean indent) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setSpacingBetween(1.5);
        paragraph.setSpacingAfter(120);
        if (indent) {
            paragraph.setIndentationFirstLine(560); // two characters of 14 pt
        }
        run(paragraph, text, BODY_FONT, 14, false);
    }

    private static void run(XWPFParagraph paragraph, String text, String eastAsiaFont, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1417));
        margins.setBottom(BigInteger.valueOf(1417));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1247));
    }
}
