package org.zerodistance.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;

/** Display-only text for items in choice boxes and combo boxes, and lists joined the way the language writes them. */
public final class DisplayConverters {

    private DisplayConverters() {
    }

    /** Shows items as {@code text} gives them (blank for none); never parses text back. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** {@code 空巢老人、残疾人} in Chinese, {@code a, b} in English. */
    public static String joined(List<String> parts) {
        return String.join(Messages.get("ui.listSeparator"), parts);
    }

    /** A household as pickers show it: head, address and categories (never the phone). */
    public static String household(Household h) {
        return h.categories().isEmpty() ? Messages.get("ui.householdChoice", h.headName(), h.address())
                : Messages.get("ui.householdChoiceWithCategories", h.headName(), h.address(), joined(h.categories()));
    }

    /** A quarter as pickers and banners show it: 2026年第3季度. */
    public static String quarter(Quarter q) {
        return Messages.get("dashboard.quarterName", String.valueOf(q.year()), q.number());
    }
}
