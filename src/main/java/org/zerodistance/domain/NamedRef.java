package org.zerodistance.domain;

/** Something to pick from a list: an id and the text that names it (a team, a wish). */
public record NamedRef(long id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
