package org.zerodistance.ui.common;

import org.zerodistance.i18n.Language;

/** Changes the UI language, remembers it, and redraws the window in it. */
@FunctionalInterface
public interface LanguageSwitcher {
    void switchTo(Language language);
}
