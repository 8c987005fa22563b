package org.zerodistance.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.zerodistance.i18n.Messages;

/**
 * The banner above a list opened from a dashboard figure ("已筛选：… · 共 12 条 [清除筛选]"); hidden without a filter.
 * Placed in FXML above the table and bound to the view model's {@link FigureFilter}.
 */
public final class FilterBar extends HBox {

    private final Label text = new Label();
    private final Hyperlink clear = new Hyperlink(Messages.get("filter.clear"));

    public FilterBar() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setId("filter-bar");
        getStyleClass().add("filter-banner");
        setStyle("-fx-background-color: #fff4d6; -fx-padding: 4 8 4 8; -fx-background-radius: 4;");
        text.setId("filter-banner");
        text.setWrapText(true);
        clear.setId("filter-clear");
        getChildren().addAll(text, clear);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows {@code filter}'s banner; the link runs {@code onClear}. */
    public void bind(FigureFilter filter, Runnable onClear) {
        text.textProperty().bind(filter.bannerProperty());
        visibleProperty().bind(filter.bannerProperty().isNotEmpty());
        clear.setOnAction(e -> {
            clear.setVisited(false);
            onClear.run();
        });
    }
}
