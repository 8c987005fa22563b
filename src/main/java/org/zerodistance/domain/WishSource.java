package org.zerodistance.domain;

import java.util.Locale;

/** How the office heard of a wish: 入户走访, 座谈会, 来访, 电话, 其他. */
public enum WishSource {
    HOME_VISIT, FORUM, DROP_IN, PHONE, OTHER;

    /** Lower-case code used by JSON output: {@code home_visit}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "wish.source." + code();
    }
}
