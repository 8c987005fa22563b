package org.zerodistance.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.zerodistance.domain.Money;
import org.zerodistance.i18n.Messages;

/** Small helpers for tables bound to a view model. */
public final class Tables {

    private Tables() {
    }

    /**
     * What an empty table says: that its rows are being read while {@code loading}, else {@code emptyText} (which tells
     * the clerk what to do when nothing matches). Without this a list still loading said that nothing matched.
     */
    public static void placeholder(TableView<?> table, ObservableBooleanValue loading, String emptyText) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(Bindings.when(loading).then(Messages.get("list.loading")).otherwise(emptyText));
        table.setPlaceholder(label);
    }

    /** A column showing the text {@code value} gives for each row. */
    public static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A column of dates, shown as {@code 2026-07-01} and sorted as dates (blank first). */
    public static <T> void date(TableColumn<T, LocalDate> column, Function<T, LocalDate> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** A column of yuan amounts shown as {@code 1,234.50}, right-aligned, sorted as numbers, blank when absent. */
    public static <T> void money(TableColumn<T, BigDecimal> column, Function<T, BigDecimal> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Money.format(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
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
