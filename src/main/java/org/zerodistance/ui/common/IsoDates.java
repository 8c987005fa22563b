package org.zerodistance.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates as {@code 2026-07-01} in pickers and tables, the form the clerk's spreadsheets and the CLI use. */
public final class IsoDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Also reads 2026-7-1, 2026/7/1 and 2026.7.1. */
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("uuuu-M-d");

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
                try {
                    return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'), LENIENT);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.setPromptText("2026-07-01");
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
