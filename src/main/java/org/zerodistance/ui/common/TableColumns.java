package org.zerodistance.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.zerodistance.domain.Money;

/**
 * Fills table columns from a row's values: text, dates (sorted as dates) and yuan amounts (right-aligned, sorted as
 * numbers); keeps a table's selection and a view model's chosen row in step.
 */
public final class TableColumns {

    private TableColumns() {
    }

    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    public static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** A yuan amount shown as {@code 1,234.50}, blank when absent. */
    public static <S> void money(TableColumn<S, BigDecimal> column, Function<S, BigDecimal> value) {
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

    public static <S> void number(TableColumn<S, Number> column, Function<S, Number> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** Keeps the table's selected row and {@code selected} the same, whichever of the two changes. */
    public static <S> void followSelection(TableView<S> table, Property<S> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != selected.getValue()) {
                selected.setValue(now);
            }
        });
        selected.addListener((obs, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                    table.scrollTo(now);
                }
            }
        });
    }
}
