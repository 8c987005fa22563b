package org.zerodistance.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.zerodistance.domain.TextNormalizer;

/** Dates as {@code 2026-07-01} in pickers and tables, the form the clerk's spreadsheets and the CLI use. */
public final class IsoDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Also reads 2026-7-1, 2026/7/1, 2026.7.1 (after {@link #parse} has folded the other forms into it). */
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 2026-2-30 is refused, not moved to 2-28
    private static final java.util.regex.Pattern COMPACT = java.util.regex.Pattern.compile("\\d{8}");

    private IsoDates() {
    }

    /** Makes {@code picker} show and accept {@code yyyy-mm-dd}; text it cannot read leaves the value as it was. */
    public static void use(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                LocalDate typed = parse(text);
                return typed != null ? typed : picker.getValue();
            }
        });
        picker.setPromptText("2026-07-01");
    }

    /**
     * A typed date ({@code 2026-07-01}, {@code 2026/7/1}, {@code 2026.7.1}, {@code 2026年7月1日}, {@code 20260701},
     * full-width digits too), or null when the text is blank or not a date.
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = TextNormalizer.toHalfWidth(text).strip().replace('/', '-').replace('.', '-').replace('年', '-').replace('月', '-')
                .replace("日", "").replace(" ", "");
        if (COMPACT.matcher(s).matches()) {
            s = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6);
        }
        try {
            return LocalDate.parse(s, LENIENT);
        } catch (DateTimeParseException e) {
            return null; // not a date: the caller keeps what it had
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
