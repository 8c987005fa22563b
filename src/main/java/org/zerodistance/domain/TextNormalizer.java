package org.zerodistance.domain;

/** Folds what spreadsheets and input methods produce (full-width digits and letters, odd spaces) into plain ASCII. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to a space. */
    public static String toHalfWidth(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Removes every kind of white space, including no-break and zero-width spaces. */
    public static String withoutSpaces(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
