package org.zerodistance.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small helpers for tables bound to a view model. */
public final class Tables {

    private Tables() {
    }

    /** A column showing the text {@code value} gives for each row. */
    public static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /**
     * Keeps the table's selection and the view model's choice in step: a row the clerk picks goes to {@code pick};
     * a choice the view model makes (or clears) is shown in the table. Emptying the list does not clear the choice.
     */
    public static <T> void followSelection(TableView<T> table, ObservableValue<T> chosen, Consumer<T> pick) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null && now != chosen.getValue()) {
                pick.accept(now);
            }
        });
        chosen.addListener((obs, before, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }
}
