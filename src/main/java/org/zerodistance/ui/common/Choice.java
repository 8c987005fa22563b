package org.zerodistance.ui.common;

/** An entry of a filter box: a value (null for "all") and the words shown for it. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
