package org.zerodistance.ui.common;

import javafx.scene.Node;

/**
 * A part of a detail pane contributed by another feature (a member's pairings, claims, teams, posts, points; a
 * household's pairings and wishes). The composition root hands the list of parts to the screen, which places each
 * part's node under its title and tells it which record is selected.
 *
 * @param <T> what the detail pane shows (e.g. {@code MemberSummary}, {@code HouseholdSummary})
 */
public interface DetailPart<T> {

    /** Bundle key of the part's title, e.g. {@code pairing.detail.title}. */
    String titleKey();

    /** The part's node; built once and kept. */
    Node node();

    /** Called on the FX thread when the selection changes; {@code selected} is null when nothing is selected. */
    void show(T selected);
}
