package org.zerodistance.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.zerodistance.domain.TextNormalizer;

/**
 * Date pickers that accept what clerks type ({@code 2026-03-01}, {@code 2026/3/1}, {@code 2026.3.1}, {@code 20260301},
 * {@code 2026年3月1日}) and show ISO dates; text that is not a date leaves the value empty instead of failing.
 */
public final class LenientDates {

    private static final Pattern PARTS = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private LenientDates() {
    }

    /** Parses a typed date, or null when the text is blank or not a date. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = TextNormalizer.toHalfWidth(text).strip();
        Matcher m = PARTS.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
        }
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Gives {@code picker} the lenient converter and commits typed text when focus leaves it. */
    public static void apply(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        });
        picker.setPromptText("2026-03-01");
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(picker);
            }
        });
    }

    /**
     * Takes the typed text into the value (a picker only does so on Enter by itself); text that is not a date is
     * replaced by the value still held, so the clerk sees it was not taken.
     */
    public static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate typed = parse(text);
        if (typed != null || text == null || text.isBlank()) {
            picker.setValue(typed);
        } else {
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        }
    }
}
