package org.zerodistance.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;

/** The communities to pick from and the one chosen in the toolbar (null: all communities); every screen follows it. */
public final class CommunityScope {

    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> selected = new SimpleObjectProperty<>();

    public ObservableList<Community> communities() {
        return communities;
    }

    public ObjectProperty<Community> selectedProperty() {
        return selected;
    }

    /** The chosen community, or null for all. */
    public Community selected() {
        return selected.get();
    }

    /** Replaces the list, keeping the choice when that community is still there. */
    public void replaceAll(java.util.List<Community> latest) {
        Community chosen = selected.get();
        communities.setAll(latest.stream().filter(c -> !c.archived()).toList());
        if (chosen != null) {
            selected.set(communities.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null));
        }
    }
}
