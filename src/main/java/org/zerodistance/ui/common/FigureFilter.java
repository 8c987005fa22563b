package org.zerodistance.ui.common;

import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Figure;
import org.zerodistance.i18n.Messages;

/**
 * A list screen's filter by a dashboard figure: the {@link ListFilter} it was opened with, the ids of the records the
 * figure counts (worked out by the figure's own conditions, once per load, in the background) and the banner above the
 * list that says so. Without a filter every record is accepted and the banner is empty.
 */
public final class FigureFilter {

    private final ReadOnlyObjectWrapper<ListFilter> filter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private Set<Long> ids;

    /** Filters by {@code latest} (null: no filter); its records are unknown until {@link #idsLoaded}. */
    public void set(ListFilter latest) {
        filter.set(latest);
        active.set(latest != null);
        ids = null;
        banner.set("");
    }

    /** Back to the whole list. */
    public void clear() {
        set(null);
    }

    public ListFilter get() {
        return filter.get();
    }

    public boolean isActive() {
        return filter.get() != null;
    }

    /** The figure whose records are listed: a rate lists its numerator's records. */
    public Figure figure() {
        return listed(filter.get().figure());
    }

    /** The figure whose records a link from {@code figure} lists (a rate: the records it counts, its numerator). */
    public static Figure listed(Figure figure) {
        return figure.kind() == Figure.Kind.RATE ? figure.numerator() : figure;
    }

    /** The ids of the records behind the figure, as the load found them. */
    public void idsLoaded(Set<Long> loaded) {
        ids = loaded == null ? null : Set.copyOf(loaded);
    }

    /** Whether the record with {@code id} is shown: always without a filter; with one, only the figure's records. */
    public boolean accepts(long id) {
        if (filter.get() == null) {
            return true;
        }
        return ids != null && ids.contains(id);
    }

    /**
     * Writes the banner: quarter, figure (and the chart's detail, e.g. a status word), the community the list follows
     * and how many records the filter holds; {@code total} (e.g. yuan or points) is added when not null.
     */
    public void describe(Community community, String detailText, long count, String total) {
        ListFilter f = filter.get();
        if (f == null) {
            banner.set("");
            return;
        }
        banner.set(text(f, community, detailText, count, total));
    }

    /** The banner's words for {@code f} (see {@link #describe}). */
    public static String text(ListFilter f, Community community, String detailText, long count, String total) {
        String quarter = DisplayConverters.quarter(f.quarter());
        String what = Messages.get(listed(f.figure()).labelKey());
        if (detailText != null && !detailText.isBlank()) {
            what = Messages.get("filter.detail", what, detailText);
        }
        String where = community == null ? Messages.get("main.allCommunities") : community.name();
        return total == null ? Messages.get("filter.banner", quarter, what, where, count)
                : Messages.get("filter.bannerTotal", quarter, what, where, count, total);
    }

    public ReadOnlyObjectProperty<ListFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The banner text; empty without a filter. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }
}
