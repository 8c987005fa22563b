package org.zerodistance.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Facade over the message bundles: every visible string comes from here. */
public final class Messages {

    public static final String BUNDLE = "org.zerodistance.i18n.messages";

    private static volatile Language current = Language.CHINESE;

    private Messages() {
    }

    public static Language language() {
        return current;
    }

    public static void setLanguage(Language language) {
        current = language;
    }

    /** The bundle for the current language (Chinese is the base bundle, so no system-locale fallback). */
    public static ResourceBundle bundle() {
        return bundle(current);
    }

    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key} in the current language, with {@code args} filled in by MessageFormat. */
    public static String get(String key, Object... args) {
        return get(current, key, args);
    }

    public static String get(Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug caught by the i18n test; show the key rather than crash a clerk's screen.
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Whether the bundles define {@code key}. */
    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    public static Locale locale() {
        return current.locale();
    }
}
