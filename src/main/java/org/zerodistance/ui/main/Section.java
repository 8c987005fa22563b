package org.zerodistance.ui.main;

/** A section of the sidebar: its id (also the message key suffix) and the view that shows it. */
public record Section(String id, Class<?> viewClass) {

    public String titleKey() {
        return "nav." + id;
    }
}
