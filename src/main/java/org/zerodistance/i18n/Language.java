package org.zerodistance.i18n;

import java.util.Locale;

/** The languages the UI speaks; Chinese is the default. */
public enum Language {
    CHINESE("zh", Locale.SIMPLIFIED_CHINESE, "中文"),
    ENGLISH("en", Locale.ENGLISH, "English");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Language(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, shown in the language picker. */
    public String nativeName() {
        return nativeName;
    }

    /** The language with this code, or Chinese for anything unknown. */
    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return CHINESE;
    }

    @Override
    public String toString() {
        return nativeName;
    }
}
